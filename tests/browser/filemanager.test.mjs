// The HestiaCP file manager in a real browser: Debian's chromium, headless, driven by
// playwright-core, against the harness client area (php -S on loopback) and, in turn, the
// HestiaCP simulator (whose homes are a folder on disk) and the real HestiaCP of
// tests/real-hestia (its private root, seen through /proc), whose files this test reads to
// check real bytes.
//
//   node --test tests/browser/   (make test runs it; needs build/whmcs_oxide.so and the sim)

import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { chromium } from 'playwright-core';
import { repo, startServer as startHarness } from './serve.mjs';

const artifacts = join(repo, 'tests', 'artifacts');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

let browser;

function startServer(target) {
    const real = target === 'real';
    // The real panel is set up first.
    return startHarness('clientarea/serve.php', real ? 120000 : 20000, { OXIDE_HESTIA_TARGET: real ? 'real' : '' });
}

/** A zip with stored (uncompressed) members, as any zip tool could have made it. */
function storedZip(files) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const [name, text] of Object.entries(files)) {
        const data = Buffer.from(text);
        const fname = Buffer.from(name);
        const crc = crc32(data) >>> 0;
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(data.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(fname.length, 26);
        locals.push(local, fname, data);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(data.length, 20);
        central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(fname.length, 28);
        central.writeUInt32LE(offset, 42);
        centrals.push(central, fname);
        offset += 30 + fname.length + data.length;
    }
    const cd = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Object.keys(files).length, 8);
    end.writeUInt16LE(Object.keys(files).length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, cd, end]);
}

/** Every file of the homes and /tmp outside `home`, and /etc/passwd, with its bytes: what must not change. */
function outside(root, home) {
    const seen = { [join(root, 'etc/passwd')]: readFileSync(join(root, 'etc/passwd')).toString('base64') };
    const walk = (dir) => {
        for (const name of readdirSync(dir)) {
            const p = join(dir, name);
            if (p === home) continue;
            const st = statSync(p, { throwIfNoEntry: false });
            if (st && st.isDirectory()) walk(p);
            else if (st && /^whmcs-oxide-fm-[0-9a-f]{24}$/.test(name)) {
                // The module's own transfer file: HestiaCP's API cannot delete it, the module empties it.
                assert.equal(readFileSync(p, 'utf8'), '\n', `${p} holds no client data`);
            } else if (st) seen[p] = readFileSync(p).toString('base64');
        }
    };
    walk(join(root, 'home'));
    walk(join(root, 'tmp'));
    return seen;
}

before(async () => {
    browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        timeout: 30000,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            // playwright gives every launch a fresh temporary --user-data-dir of its own.
            '--disable-dev-shm-usage'],
    });
});

after(async () => {
    if (browser) await browser.close();
});

async function login(page, env) {
    await page.goto(`${env.url}/login.php`);
    await page.fill('#inputEmail', env.email);
    await page.fill('#inputPassword', env.password);
    await Promise.all([page.waitForURL(/clientarea\.php/), page.click('#login')]);
}

async function answer(page, value) {
    await page.waitForSelector('#ofm-dialog:not([hidden])');
    if (value !== null) await page.fill('#ofm-dialog-input', value);
    await page.click('#ofm-dialog-ok');
    await page.waitForSelector('#ofm-dialog', { state: 'hidden' });
}

const row = (path) => `#ofm-rows tr[data-path="${path}"]`;

async function select(page, ...paths) {
    for (const p of paths) await page.check(`${row(p)} .ofm-select`);
}

async function statusSays(page, re) {
    await page.waitForFunction((src) => new RegExp(src).test(document.getElementById('ofm-status').textContent),
        re.source, { timeout: 10000 });
}

for (const target of ['simulator', 'real']) describe(target === 'real' ? 'the real HestiaCP' : 'the HestiaCP simulator', () => {
    let env; // serve.php's ready line
    let server;

    before(async () => {
        const s = await startServer(target);
        server = s.proc;
        env = s.ready;
    });

    after(() => {
        if (server) server.stdin.end();
    });

    test('a client manages files of an active service in the browser', async () => {
        const home = join(env.fsRoot, 'home', env.users.ada);
        const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        page.setDefaultTimeout(10000);
        await login(page, env);

        // The service page offers the button; the button opens the file manager.
        await page.goto(`${env.url}/clientarea.php?action=productdetails&id=${env.services.ada}`);
        await Promise.all([page.waitForURL(/a=FileManager/), page.click('#module-buttons >> text=File Manager')]);
        await page.waitForSelector(row('web'));
        // The simulated server's tree exists from the first listing on: snapshot what lies outside.
        const untouched = outside(env.fsRoot, home);
        assert.ok(Object.keys(untouched).some((p) => p.endsWith('/etc/passwd')));

        // Create a folder, go in.
        await page.click('#ofm-new-folder');
        await answer(page, 'docs');
        await page.waitForSelector(row('docs'));
        assert.ok(statSync(join(home, 'docs')).isDirectory());
        await page.click(`${row('docs')} a.ofm-open`);
        await page.waitForFunction(() => document.getElementById('ofm-crumbs').textContent.includes('docs'));

        // Upload two text files at once; the bytes arrive as sent.
        const hello = 'Hello from the browser\nline two\n';
        await page.setInputFiles('#ofm-upload', [
            { name: 'hello.txt', mimeType: 'text/plain', buffer: Buffer.from(hello) },
            { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Notes\n\n- one\n') },
        ]);
        await statusSays(page, /Uploaded 2 file/);
        await page.waitForSelector(row('docs/notes.md'));
        assert.equal(readFileSync(join(home, 'docs/hello.txt'), 'utf8'), hello);

        // Edit and save.
        await page.click(`${row('docs/hello.txt')} a.ofm-open`);
        await page.waitForSelector('#ofm-editor:not([hidden])');
        assert.equal(await page.inputValue('#ofm-text'), hello);
        const edited = 'Hello, edited in the browser\nline two\nline three\n';
        await page.fill('#ofm-text', edited);
        await page.click('#ofm-save');
        await statusSays(page, /^Saved docs\/hello\.txt/);
        assert.equal(readFileSync(join(home, 'docs/hello.txt'), 'utf8'), edited);
        await page.click('#ofm-close');

        // Archive the two files, extract the archive into a new folder.
        await select(page, 'docs/hello.txt', 'docs/notes.md');
        await page.click('#ofm-archive');
        await answer(page, 'bundle.tar.gz');
        await page.waitForSelector(row('docs/bundle.tar.gz'));
        await select(page, 'docs/bundle.tar.gz');
        await page.click('#ofm-extract');
        await answer(page, 'docs/unpacked');
        await page.waitForSelector(row('docs/unpacked'));
        assert.equal(readFileSync(join(home, 'docs/unpacked/docs/hello.txt'), 'utf8'), edited);

        // A zip made elsewhere (e.g. uploaded by SFTP) is extracted too.
        writeFileSync(join(home, 'docs/site.zip'), storedZip({ 'site/index.html': '<h1>zip</h1>\n', 'site/a.css': 'p{}\n' }));
        await page.click('[data-cmd="refresh"]');
        await select(page, 'docs/site.zip');
        await page.click('#ofm-extract');
        await answer(page, 'docs/fromzip');
        await page.waitForSelector(row('docs/fromzip'));
        assert.equal(readFileSync(join(home, 'docs/fromzip/site/index.html'), 'utf8'), '<h1>zip</h1>\n');

        // Download: the same bytes as on the server.
        const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.click(`${row('docs/hello.txt')} .ofm-download`),
        ]);
        assert.equal(download.suggestedFilename(), 'hello.txt');
        const got = readFileSync(await download.path());
        assert.deepEqual(got, readFileSync(join(home, 'docs/hello.txt')));

        mkdirSync(artifacts, { recursive: true });
        await page.screenshot({ path: join(artifacts, target === 'real' ? 'filemanager-real-hestia.png' : 'filemanager.png'), fullPage: true });

        // Delete (confirmed in the dialog).
        await select(page, 'docs/unpacked', 'docs/bundle.tar.gz', 'docs/site.zip');
        await page.click('#ofm-delete');
        await answer(page, null);
        await page.waitForSelector(row('docs/unpacked'), { state: 'detached' });
        assert.ok(!existsSync(join(home, 'docs/unpacked')));
        assert.ok(!existsSync(join(home, 'docs/bundle.tar.gz')));
        assert.ok(existsSync(join(home, 'docs/hello.txt')));

        // Escapes typed into the API from the page are refused; nothing outside the home changed.
        const refusals = await page.evaluate(async () => {
            const root = document.getElementById('ofm');
            const out = [];
            for (const path of ['../fmbob', '/etc', '%2e%2e/fmbob', 'docs/../../fmbob']) {
                const body = new URLSearchParams({ token: root.dataset.token, action: 'list', path });
                const r = await fetch(root.dataset.api, { method: 'POST', body });
                out.push(await r.json());
            }
            return out;
        });
        for (const r of refusals) {
            assert.equal(r.success, false);
            assert.equal(r.kind, 'denied');
        }
        assert.deepEqual(outside(env.fsRoot, home), untouched);
        await context.close();
    });

    test('suspended and foreign services show no file manager', async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        page.setDefaultTimeout(10000);
        await login(page, env);

        await page.goto(`${env.url}/clientarea.php?action=productdetails&id=${env.services.ada_suspended}`);
        assert.equal(await page.textContent('#service-status'), 'Suspended');
        assert.equal(await page.locator('#module-buttons').count(), 0);
        await page.goto(`${env.url}/clientarea.php?action=productdetails&id=${env.services.ada_suspended}&modop=custom&a=FileManager`);
        assert.equal(await page.locator('#ofm').count(), 0);
        assert.match(await page.textContent('#page-message'), /active services only/);

        const r = await page.goto(`${env.url}/clientarea.php?action=productdetails&id=${env.services.bob}&modop=custom&a=FileManager`);
        assert.equal(r.status(), 404);
        assert.equal(await page.locator('#ofm').count(), 0);
        await context.close();
    });
});
