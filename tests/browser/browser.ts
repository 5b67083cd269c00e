import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium, or CHROMIUM_PATH; a browser download never works on our machines. */
export function chromiumPath(): string {
	const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`No Chromium at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`
		);
	}
	return path;
}

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

export const url = (path: string) => new URL(path, inject('baseUrl')).href;

export async function signIn(page: Page, username: string, password: string): Promise<void> {
	await page.goto(url('/login'));
	await page.fill('input[name=username]', username);
	await page.fill('input[name=password]', password);
	await Promise.all([
		page.waitForURL((u) => !u.pathname.startsWith('/login')),
		page.click('button[type=submit]')
	]);
}

const shotDir = resolve(import.meta.dirname, '../.tmp/screenshots');

/** With SCREENSHOTS=1, saves the page at phone and desktop width for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
	if (!process.env.SCREENSHOTS) return;
	mkdirSync(shotDir, { recursive: true });
	const size = page.viewportSize();
	for (const [label, width] of [
		['phone', 360],
		['desktop', 1280]
	] as const) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: join(shotDir, `${name}-${label}.png`), fullPage: true });
	}
	if (size) await page.setViewportSize(size);
}
