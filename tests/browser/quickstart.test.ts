/**
 * The README's quick start as a new user meets it: the built app started by `npm run serve`
 * itself (no ORIGIN, no test settings), the admin's password read off the console where the
 * box prints it, and a sign-in through the form on plain http, by name and by address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';

const root = resolve(import.meta.dirname, '../..');
let browser: Browser;
let server: ChildProcess;
let dir: string;
let port: number;
let output = '';

function freePort(): Promise<number> {
	return new Promise((done) => {
		const probe = createServer().listen(0, () => {
			const address = probe.address();
			probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** The environment of a user's shell: none of the settings a test or a proxy would add. */
function userEnvironment(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'HOST', 'ADMIN_PASSWORD'])
		delete env[name];
	for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
	// only where the data lives and which port, so as not to touch a developer's own app
	return { ...env, DATABASE_PATH: join(dir, 'duixian.db'), PORT: String(port) };
}

async function passwordPrinted(): Promise<string> {
	for (let i = 0; i < 150; i++) {
		const found = /password: (\S+)/.exec(output);
		if (found && output.includes('└')) return found[1]!;
		if (server.exitCode !== null) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`npm run serve printed no password:\n${output}`);
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'duixian-quickstart-'));
	port = await freePort();
	server = spawn('npm', ['run', 'serve'], { cwd: root, env: userEnvironment(), detached: true });
	server.stdout?.on('data', (d) => (output += d));
	server.stderr?.on('data', (d) => (output += d));
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	if (server?.pid) process.kill(-server.pid, 'SIGTERM');
	rmSync(dir, { recursive: true, force: true });
});

describe('quick start: npm run serve with nothing set', () => {
	it('prints the admin password last, in a box that says where to sign in', async () => {
		await passwordPrinted();
		const lines = output.trimEnd().split('\n');
		expect(lines.at(-1)).toMatch(/^└─+┘$/);
		expect(output).toContain(`Sign in at http://localhost:${port}/login`);
		expect(output.indexOf('listening')).toBeLessThan(output.indexOf('┌'));
	});

	for (const host of ['localhost', '127.0.0.1']) {
		it(`signs the admin in through the form at http://${host}`, async () => {
			const password = await passwordPrinted();
			const page = await browser.newPage();
			await page.goto(`http://${host}:${port}/login`);
			await page.fill('input[name=username]', 'admin');
			await page.fill('input[name=password]', password);
			await Promise.all([
				page.waitForURL((u) => !u.pathname.startsWith('/login')),
				page.click('button[type=submit]')
			]);
			await expect.poll(() => page.locator('header').innerText()).toContain('admin');
			const cookies = await page.context().cookies();
			expect(cookies.find((c) => c.name === 'duixian-session')?.httpOnly).toBe(true);
			await page.close();
		});
	}

	it('serves the favicon the pages ask for and robots.txt', async () => {
		await passwordPrinted();
		const base = `http://127.0.0.1:${port}`;
		const icon = await fetch(`${base}/favicon.svg`);
		expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
		const robots = await fetch(`${base}/robots.txt`);
		expect(robots.status).toBe(200);
		expect(await robots.text()).toContain('Disallow: /admin');
	});
});
