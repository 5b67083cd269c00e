import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, screenshot, signIn, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const passwords = inject('passwords');

describe('foundation', () => {
	it('walks from the home page by province and prefecture down to a county and its report', async () => {
		const page = await browser.newPage();
		await page.goto(url('/'));
		const provinces = await page.locator('ul.provinces a').allInnerTexts();
		for (const name of ['重庆市', '贵州省', '四川省', '山西省', '河北省'])
			expect(provinces).toContain(name);
		await screenshot(page, 'home');
		await page.click('ul.provinces a:text-is("山西省")');
		await expect.poll(() => page.locator('h1').innerText()).toBe('山西省');
		await page.click('table a:text-is("大同市")');
		await expect.poll(() => page.locator('h1').innerText()).toBe('大同市');
		await page.click('table a:text-is("浑源县")');
		await expect.poll(() => page.url()).toContain('/regions/140225');
		expect(await page.locator('h1').innerText()).toBe('浑源县');
		await screenshot(page, 'region');
		await page.click('ul.reports a');
		expect(await page.locator('article').innerText()).toContain('政府工作');
		await screenshot(page, 'report');
		await page.close();
	});

	it('shows an error beside the form for a bad password', async () => {
		const page = await browser.newPage();
		await page.goto(url('/login'));
		await page.fill('input[name=username]', 'admin');
		await page.fill('input[name=password]', 'not the password');
		await page.click('button[type=submit]');
		await expect
			.poll(() => page.locator('[role=alert]').textContent())
			.toContain('用户名或密码不正确');
		expect(await page.inputValue('input[name=username]')).toBe('admin');
		await screenshot(page, 'login-error');
		await page.close();
	});

	it('keeps what was typed before the page finished loading its scripts', async () => {
		const page = await browser.newPage();
		let release!: () => void;
		const scriptsHeld = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/**', async (route) => {
			await scriptsHeld;
			await route.continue();
		});
		await page.goto(url('/login'), { waitUntil: 'commit' });
		await page.waitForSelector('input[name=password]');
		await page.fill('input[name=username]', 'admin');
		await page.fill('input[name=password]', passwords.admin);
		release();
		await page.waitForLoadState('load');
		await page.waitForFunction(() => document.querySelector('body')?.dataset.hydrated === 'true');
		expect(await page.inputValue('input[name=username]')).toBe('admin');
		expect(await page.inputValue('input[name=password]')).toBe(passwords.admin);
		await page.close();
	});

	it('signs the admin in, shows user management, and signs out', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await signIn(page, 'admin', passwords.admin);
		expect(await page.locator('header').innerText()).toContain('admin');
		const cookie = (await context.cookies()).find((c) => c.name === 'duixian-session');
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
		await page.goto(url('/admin/users'));
		const table = await page.locator('table').innerText();
		expect(table).toContain('editor1');
		expect(table).toContain('viewer1');
		await screenshot(page, 'admin-users');
		await page.click('header button:has-text("退出")');
		await expect.poll(() => page.locator('header').innerText()).toContain('登录');
		expect((await context.cookies()).find((c) => c.name === 'duixian-session')).toBeUndefined();
		await context.close();
	});

	it('sends a signed-in user only to pages of this site after sign-in', async () => {
		const page = await browser.newPage();
		await signIn(page, 'viewer1', passwords.viewer);
		for (const target of ['/\\evil.example', '//evil.example', 'https://evil.example/x']) {
			await page.goto(url(`/login?redirectTo=${encodeURIComponent(target)}`));
			expect(new URL(page.url()).origin).toBe(new URL(url('/')).origin);
		}
		await page.goto(url(`/login?redirectTo=${encodeURIComponent('/compare?indicator=gdp')}`));
		expect(page.url()).toBe(url('/compare?indicator=gdp'));
		await page.close();
	});

	it('keeps viewers out of user management', async () => {
		const page = await browser.newPage();
		await signIn(page, 'viewer1', passwords.viewer);
		const response = await page.goto(url('/admin/users'));
		expect(response?.status()).toBe(403);
		await page.close();
	});

	it('refuses an anonymous POST to a mutating route', async () => {
		const post = (path: string) =>
			fetch(url(path), {
				method: 'POST',
				headers: {
					origin: new URL(url('/')).origin,
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'application/json',
					'x-sveltekit-action': 'true'
				},
				body: 'id=1&role=viewer'
			});
		const response = await post('/admin/users?/setRole');
		expect(response.status).toBe(401);
		const plain = await fetch(url('/admin/users?/setRole'), {
			method: 'POST',
			headers: {
				origin: new URL(url('/')).origin,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'id=1&role=viewer'
		});
		expect(plain.status).toBe(401);
	});
});
