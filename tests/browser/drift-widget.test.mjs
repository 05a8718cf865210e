// The drift dashboard widget in a real browser: Debian's chromium, headless, driven by
// playwright-core, on the harness admin dashboard (php -S on loopback). The daily check ran
// against a HestiaCP simulator and an unreachable server; the simulator is stopped before the
// page is served, so the widget renders from the stored result alone.
//
//   node --test tests/browser/   (make test runs it; needs build/whmcs_oxide.so and the sim)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

let server;
let ready;
let browser;

before(async () => {
    ({ proc: server, ready } = await startServer('admin/serve-drift.php', 30000));
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
});

after(async () => {
    await browser?.close();
    server?.stdin.end();
});

test('the dashboard widget shows counts per kind, the unreachable server and links to services', async () => {
    const page = await browser.newPage();
    const resp = await page.goto(`${ready.url}/admin/index.php`);
    assert.equal(resp.status(), 200);
    const widget = page.locator('section.widget', { hasText: 'Provisioning drift (whmcs-oxide)' });
    await widget.waitFor({ state: 'visible' });
    const count = async (kind) => (await widget.locator(`table.oxide-drift-counts tr[data-kind="${kind}"] td`).nth(1).innerText()).trim();
    assert.equal(await count('status'), '1');
    assert.equal(await count('missing'), '1');
    assert.equal(await count('orphan'), '1');
    assert.equal(await count('terminated'), '0');
    assert.match(await widget.locator('.oxide-drift-summary').innerText(), /3 drift\(s\) on 2 server\(s\), 1 unreachable/);
    assert.match(await widget.locator('.oxide-drift-servers').innerText(), /Hestia down \(oxide_hestiacp\): unreachable/);
    const link = widget.locator(`table.oxide-drift-list tr[data-kind="status"] a`);
    assert.equal(await link.getAttribute('href'), `clientsservices.php?userid=${ready.clientId}&id=${ready.services.susp}`);
    assert.match(await widget.locator('table.oxide-drift-list tr[data-kind="orphan"]').innerText(), /account stray \(no service\)/);
    assert.equal(await widget.locator('table.oxide-drift-list tr[data-kind="orphan"] a').count(), 0, 'an orphan has no service to link to');
    await page.close();
});

test('names holding markup (a server name, an account name) stay text in the widget', async () => {
    const { proc, ready: r } = await startServer('admin/serve-drift.php', 30000, { OXIDE_DRIFT_HOSTILE: '1' });
    try {
        const page = await browser.newPage();
        const dialogs = [];
        page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
        const resp = await page.goto(`${r.url}/admin/index.php`);
        assert.equal(resp.status(), 200);
        const widget = page.locator('section.widget', { hasText: 'Provisioning drift (whmcs-oxide)' });
        await widget.waitFor({ state: 'visible' });
        await page.waitForLoadState('load');
        assert.equal(await widget.locator('img, script').count(), 0, 'no element from a name');
        assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from a name ran');
        assert.deepEqual(dialogs, []);
        const markup = ' <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
        assert.ok((await widget.locator('.oxide-drift-servers').innerText()).includes(`Hestia down${markup} (oxide_hestiacp): unreachable`));
        assert.ok((await widget.locator('table.oxide-drift-list tr[data-kind="orphan"]').innerText()).includes(`account stray${markup} (no service)`));
        await page.close();
    } finally {
        proc.stdin.end();
    }
});
