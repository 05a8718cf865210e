// One harness page server for the browser tests: `php -S` behind a harness script that prints
// one JSON line when it is ready (what it set up), and stops when its stdin closes.

import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ext = process.env.OXIDE_EXT || join(repo, 'build', 'whmcs_oxide.so');

/** Starts tests/harness/<script>; resolves to { proc, ready } with the script's ready line. */
export function startServer(script, waitMs, env = {}) {
    const name = script.split('/').pop();
    return new Promise((resolve, reject) => {
        const proc = spawn('php', ['-d', `extension=${ext}`, join(repo, 'tests/harness', script)], {
            cwd: repo,
            stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, ...env },
        });
        let out = '';
        let err = '';
        const timer = setTimeout(() => reject(new Error(`${name} not ready in ${waitMs / 1000} s: ${err}`)), waitMs);
        proc.stdout.on('data', (d) => {
            out += d;
            const nl = out.indexOf('\n');
            if (nl >= 0) {
                clearTimeout(timer);
                resolve({ proc, ready: JSON.parse(out.slice(0, nl)) });
            }
        });
        proc.stderr.on('data', (d) => { err += d; });
        proc.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${name} exited ${code}: ${err}`)); });
    });
}
