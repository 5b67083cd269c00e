import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { request } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launch, signIn, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const passwords = inject('passwords');

/** Every CSP violation the page reports, from the console or the DOM event. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (m) => {
		if (/content security policy/i.test(m.text())) console.push(m.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	return async () => [
		...console,
		...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations))
	];
}

const drawn = (page: Page) =>
	page.$eval('.chart canvas', (canvas) => {
		const c = canvas as HTMLCanvasElement;
		if (!c.width || !c.height) return false;
		const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
		return false;
	});

describe('content security policy', () => {
	it('blocks inline scripts but lets every page work without a violation', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const violations = await watchViolations(page);
		const visit = async (path: string) => {
			const response = await page.goto(url(path));
			expect(response?.status(), path).toBe(200);
			await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
			const csp = response!.headers()['content-security-policy'];
			expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(csp).toContain("frame-ancestors 'none'");
		};
		await visit('/');
		// revalidated from the browser's cache: the kept page keeps its policy and works
		const asked: (string | undefined)[] = [];
		page.on('request', async (r) => {
			if (r.resourceType() === 'document') asked.push((await r.allHeaders())['if-none-match']);
		});
		await page.reload();
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		expect(asked).toEqual([expect.stringMatching(/"/)]);
		await visit('/regions/500242/2022');
		await visit('/regions/500242');
		await expect.poll(() => drawn(page)).toBe(true);
		await visit('/compare?regions=500242,520323&indicator=gdp');
		await expect.poll(() => drawn(page)).toBe(true);
		await visit('/login');
		await signIn(page, 'editor1', passwords.editor);
		await visit('/import');
		await visit('/outcomes/import');
		const id = (await (await fetch(url('/api/regions/500242/scorecard/2022'))).json())
			.commitments[0].id;
		await visit(`/commitments/${id}`);
		// a client-side navigation loads data and code after the first page
		await page.click('nav a:has-text("比较")');
		await expect.poll(() => page.url()).toContain('/compare');
		expect(await violations()).toEqual([]);
		await context.close();
	});

	it('refuses a script injected into the page', async () => {
		const page = await browser.newPage();
		const violations = await watchViolations(page);
		await page.goto(url('/'));
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.injected = true';
			document.body.append(s);
		});
		expect(await page.evaluate(() => 'injected' in window)).toBe(false);
		expect((await violations()).join('\n')).toMatch(/script-src/);
		await page.close();
	});
});

describe('security headers', () => {
	it('sends nosniff, a strict referrer policy and no framing on every answer, HSTS only over https', async () => {
		for (const path of ['/', '/api/regions', '/api/regions?format=csv', '/login', '/nowhere']) {
			const response = await fetch(url(path));
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
			expect(response.headers.get('content-security-policy'), path).toContain(
				"frame-ancestors 'none'"
			);
			expect(response.headers.get('strict-transport-security'), path).toBeNull();
		}
	});
});

/** A sign-in from another loopback address than the other tests', so they are not slowed. */
function signInFrom(
	address: string,
	username: string,
	password: string
): Promise<{ status: number; retryAfter: number | null; message: string }> {
	const target = new URL(url('/login'));
	const body = new URLSearchParams({ username, password }).toString();
	return new Promise((done, reject) => {
		const req = request(
			target,
			{
				method: 'POST',
				localAddress: address,
				headers: {
					origin: target.origin,
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body),
					accept: 'application/json',
					'x-sveltekit-action': 'true'
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (text += d));
				res.on('end', () => {
					const result = JSON.parse(text) as { status: number; data?: string };
					const header = res.headers['retry-after'];
					done({
						status: result.status,
						retryAfter: header ? Number(header) : null,
						message: result.data ?? ''
					});
				});
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

describe('sign-in throttle', () => {
	it('slows spraying 40 names from one address with growing waits, and not other addresses', async () => {
		const from = '127.0.0.2';
		const names = ['admin', 'editor1', 'viewer1', ...Array.from({ length: 37 }, (_, i) => `u${i}`)];
		const answers = [];
		for (let round = 0; round < 4; round++) {
			for (const name of names) answers.push(await signInFrom(from, name, `wrong-${round}`));
		}
		const refused = answers.filter((a) => a.status === 429);
		expect(answers.slice(0, 10).every((a) => a.status === 400)).toBe(true);
		expect(refused.length).toBeGreaterThanOrEqual(140);
		expect(refused.every((a) => a.retryAfter! > 0)).toBe(true);
		expect(refused[0]!.message).toContain('尝试次数过多');

		// waiting as told and trying again doubles the wait each time
		const waits = [];
		for (let i = 0; i < 3; i++) {
			const { retryAfter } = await signInFrom(from, 'admin', 'still wrong');
			waits.push(retryAfter!);
			await new Promise((r) => setTimeout(r, retryAfter! * 1000 + 50));
			expect((await signInFrom(from, 'admin', 'still wrong')).status).toBe(400);
		}
		expect(waits[1]).toBeGreaterThan(waits[0]!);
		expect(waits[2]).toBeGreaterThan(waits[1]!);

		// even the right password waits; another address signs in at once
		expect((await signInFrom(from, 'editor1', passwords.editor)).status).toBe(429);
		expect((await signInFrom('127.0.0.3', 'editor1', passwords.editor)).status).toBe(303);
	}, 90_000);
});
