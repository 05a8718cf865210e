// Every module's client area in a real browser: Debian's chromium, headless, driven by
// playwright-core, on the harness client area (php -S on loopback) with a service of each
// module created on its simulator (serve-clientareas.php). For each module, in English and
// German, at desktop (1280 px) and phone (390 px) width:
//   - the module's own output is on the page; a screenshot goes to tests/artifacts/
//   - axe-core (tests/browser/node_modules, injected from disk, no CDN): no serious or
//     critical violation
//   - German: no English string of the module's lang/english.php is left (where German differs)
// And in the generated pseudo language (every string of english.php as ⟦…⟧): every visible
// text of the module's output comes from the language file, except an allow-list of brand and
// technical names, numbers and the service's own data.
//
//   node --test tests/browser/   (make test runs it; needs build/whmcs_oxide.so and the sims)

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repo, startServer } from './serve.mjs';

const artifacts = join(repo, 'tests', 'artifacts');
const axePath = join(repo, 'tests', 'browser', 'node_modules', 'axe-core', 'axe.min.js');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

const MODULES = ['oxide_cpanel', 'oxide_hestiacp', 'oxide_vpncp', 'oxide_storegrid'];
const WIDTHS = { desktop: 1280, phone: 390 };
/** Names no language translates: brands, products, protocols, file types. */
const ALLOWED_NAMES = ['cPanel', 'WHM', 'Webmail', 'HestiaCP', 'StoreGrid', 'puqVPNcp', 'WireGuard', 'OpenVPN',
    'phpMyAdmin', 'Awstats', 'MySQL', 'QR', 'IPv4', 'IPv6', 'IKEv2', 'DNS', 'FTP', 'SSL', 'TLS', 'URL', 'WHMCS'];
/** Elements whose text is data (configuration files, keys, commands), never language. */
const DATA_ELEMENTS = ['CODE', 'PRE', 'TEXTAREA', 'KBD', 'SAMP'];

let server;
let ready;
let browser;

/** A module's language file as PHP reads it: key → text. */
function langFile(module, language) {
    const file = join(repo, 'php', 'modules', 'servers', module, 'lang', `${language}.php`);
    const out = execFileSync('php', ['-r', 'define("WHMCS", 1); $_LANG = []; include $argv[1]; echo json_encode($_LANG);', file]);
    return JSON.parse(out.toString());
}

before(async () => {
    mkdirSync(artifacts, { recursive: true });
    ({ proc: server, ready } = await startServer('clientarea/serve-clientareas.php', 60000));
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
});

after(async () => {
    await browser?.close();
    server?.stdin.end();
});

/** A logged-in page of the given width. */
async function clientPage(width, deviceScaleFactor = 1) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor });
    const page = await context.newPage();
    await page.goto(`${ready.url}/login.php`);
    await page.fill('#inputEmail', ready.email);
    await page.fill('#inputPassword', ready.password);
    await Promise.all([page.waitForURL(/clientarea\.php/), page.click('#login')]);
    return page;
}

async function openService(page, module, language) {
    const resp = await page.goto(`${ready.url}/clientarea.php?action=productdetails&id=${ready.services[module]}&language=${language}`);
    assert.equal(resp.status(), 200);
    const area = page.locator('#module-client-area');
    assert.equal(await area.count(), 1, `${module}: the module's ClientArea output is on the page`);
    return area;
}

/** axe-core's serious and critical violations on the page, one line each. */
async function axeProblems(page) {
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Every visible text of the module's output (text nodes and the attributes people read). */
async function visibleTexts(page) {
    return page.evaluate((dataElements) => {
        const root = document.querySelector('#module-client-area');
        const out = [];
        const shown = (el) => {
            const s = getComputedStyle(el);
            return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
        };
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName) || !shown(el)) continue;
            if (dataElements.some((tag) => el.closest(tag.toLowerCase()))) continue;
            const t = n.textContent.replace(/\s+/g, ' ').trim();
            if (t) out.push(t);
        }
        for (const el of root.querySelectorAll('[placeholder],[title],[aria-label],[alt],input[type=submit],input[type=button]')) {
            for (const a of ['placeholder', 'title', 'aria-label', 'alt']) {
                const v = el.getAttribute(a);
                if (v && v.trim()) out.push(v.trim());
            }
            if (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type) && el.value) out.push(el.value.trim());
        }
        return out;
    }, DATA_ELEMENTS);
}

/** What is left of a text once marked strings, allowed names, user data and numbers go. */
function unmarked(text, userData) {
    // Innermost first: a marked string can hold another (`⟦{used} of {limit}⟧` with `⟦unlimited⟧`).
    let rest = text;
    for (let before = ''; before !== rest;) {
        before = rest;
        rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    rest = rest.replace(/\bhttps?:\/\/\S+/g, ' ');
    for (const v of [...userData].sort((a, b) => b.length - a.length)) {
        rest = rest.split(v).join(' ');
    }
    for (const name of ALLOWED_NAMES) {
        rest = rest.replace(new RegExp(`\\b${name}\\b`, 'g'), ' ');
    }
    // Addresses, dates, sizes and counts: figures with their separators and units.
    rest = rest.replace(/\b\d[\d.,:/-]*\s*(B|KB|MB|GB|TB|Mbit\/s|%)?/g, ' ');
    return rest.replace(/[\s()[\]{}:;,.·•|/@#%+\-–—×*=!?"'’«»…]+/g, ' ').trim();
}

for (const module of MODULES) {
    describe(module, () => {
        test('created on its simulator', () => {
            assert.equal(ready.created[module], 'success', `${module} CreateAccount: ${ready.created[module]}`);
        });

        for (const language of ['english', 'german']) {
            for (const [name, width] of Object.entries(WIDTHS)) {
                test(`${language}, ${name} (${width} px): rendered, screenshot, axe-core clean`, async () => {
                    const page = await clientPage(width);
                    try {
                        await openService(page, module, language);
                        await page.screenshot({ path: join(artifacts, `clientarea-${module}-${language}-${name}.png`), fullPage: true });
                        if (language === 'english' && name === 'desktop') {
                            // The module's part alone, at 60 %: README.md's figure (docs/img/).
                            const small = await clientPage(WIDTHS.desktop, 0.6);
                            try {
                                const smallArea = await openService(small, module, language);
                                await smallArea.screenshot({ path: join(artifacts, `readme-${module}.png`), scale: 'device' });
                            } finally {
                                await small.context().close();
                            }
                        }
                        const problems = await axeProblems(page);
                        assert.deepEqual(problems, [], `${module} ${language} ${name}: serious/critical axe violations`);
                        if (language === 'german') {
                            const en = langFile(module, 'english');
                            const de = langFile(module, 'german');
                            const english = new Set(Object.keys(en).filter((k) => en[k] !== de[k] && /[A-Za-z]{3}/.test(en[k]) && !/\{/.test(en[k])).map((k) => en[k]));
                            const left = (await visibleTexts(page)).filter((t) => english.has(t));
                            assert.deepEqual(left, [], `${module}: English strings left on the German page`);
                        }
                    } finally {
                        await page.context().close();
                    }
                });
            }
        }

        test('pseudo language: every visible text comes from the language file', async () => {
            const page = await clientPage(WIDTHS.desktop);
            try {
                await openService(page, module, 'pseudo');
                await page.screenshot({ path: join(artifacts, `clientarea-${module}-pseudo-desktop.png`), fullPage: true });
                const texts = await visibleTexts(page);
                assert.ok(texts.some((t) => t.includes('⟦')), `${module}: the pseudo language was selected`);
                const bad = texts.filter((t) => unmarked(t, ready.userData) !== '');
                assert.deepEqual(bad, [], `${module}: visible text not from lang/english.php`);
            } finally {
                await page.context().close();
            }
        });
    });
}
