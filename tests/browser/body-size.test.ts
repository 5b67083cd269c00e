import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, signIn, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const passwords = inject('passwords');
const origin = new URL(url('/')).origin;
// the test server runs with BODY_SIZE_LIMIT=6M, as `npm run serve` does
const LIMIT_TEXT = '超过了 6 MB 的上限';

async function editorCookie(): Promise<string> {
	const response = await fetch(url('/login'), {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username: 'editor1', password: passwords.editor })
	});
	return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

function largeForm(megabytes: number): FormData {
	const form = new FormData();
	form.set('file', new Blob(['a'.repeat(megabytes * 1024 * 1024)]), 'huge.csv');
	return form;
}

describe('a body over the limit', () => {
	it('is answered 413 with the limit beside the form, for the imports and sign-in', async () => {
		const cookie = await editorCookie();
		for (const path of ['/outcomes/import?/check', '/import?/review', '/import?/read', '/login']) {
			const response = await fetch(url(path), {
				method: 'POST',
				headers: { origin, accept: 'text/html', ...(path === '/login' ? {} : { cookie }) },
				body: largeForm(50)
			});
			expect(response.status, path).toBe(413);
			const html = await response.text();
			expect(html, path).toMatch(new RegExp(`role="alert"[^>]*>[^<]*${LIMIT_TEXT}`));
		}
	});

	it('is a failure with the limit for an enhanced form', async () => {
		const response = await fetch(url('/outcomes/import?/check'), {
			method: 'POST',
			headers: {
				origin,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				cookie: await editorCookie()
			},
			body: largeForm(7)
		});
		const result = await response.json();
		expect(result).toMatchObject({ type: 'failure', status: 413 });
		expect(result.data).toContain(LIMIT_TEXT);
	});

	it('shows the limit on the import page when a file and pasted text together pass it', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await signIn(page, 'editor1', passwords.editor);
		await page.goto(url('/outcomes/import'));
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		// under the 5 MB file limit the page checks itself, over the 6 MB the server allows
		await page.setInputFiles('input[type=file]', {
			name: 'outcomes.csv',
			mimeType: 'text/csv',
			buffer: Buffer.alloc(4.5 * 1024 * 1024, 'a')
		});
		await page.evaluate(() => {
			const text = document.querySelector('textarea[name=text]') as HTMLTextAreaElement;
			text.value = 'b'.repeat(2 * 1024 * 1024);
		});
		await page.click('button:has-text("预检")');
		await expect
			.poll(() => page.locator('[role=alert]').allInnerTexts())
			.toContainEqual(expect.stringContaining(LIMIT_TEXT));
		await context.close();
	});

	it('is a JSON error on the API', async () => {
		const response = await fetch(url('/api/regions'), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: 'x'.repeat(7 * 1024 * 1024)
		});
		expect(response.status).toBe(413);
		expect((await response.json()).error).toContain(LIMIT_TEXT);
	});
});

describe('the largest report the server takes', () => {
	// the server runs with the heap's limit of `npm run serve` (package.json): a file just under
	// the 5 MB upload limit, of real report text, is read and its review rendered within it
	it('is reviewed within the heap limit of npm run serve, and the server goes on', async () => {
		const seeds = resolve(import.meta.dirname, '../../seeds');
		const texts = readdirSync(seeds)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => readFileSync(resolve(seeds, f), 'utf8'));
		const parts: string[] = [];
		for (let i = 0, bytes = 0; ; i++) {
			const part = `${texts[i % texts.length]}\n`;
			bytes += Buffer.byteLength(part);
			if (bytes >= 4.9 * 1024 * 1024) break;
			parts.push(part);
		}
		const text = parts.join('');
		const form = new FormData();
		form.set('file', new Blob([text]), 'largest.txt');
		const response = await fetch(url('/import?/review'), {
			method: 'POST',
			headers: { origin, accept: 'text/html', cookie: await editorCookie() },
			body: form
		});
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toMatch(/<form[^>]*class="review/);
		expect((html.match(/name="[^"]+\.indicator"/g) ?? []).length).toBeGreaterThan(500);
		expect((await fetch(url('/healthz'))).status).toBe(200);
	}, 120_000);
});
