import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** The GDP growth target of each row, as a number (its lower figure), or null where none. */
const gdpTargets = (page: Page) =>
	page.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => {
			const text = tr.querySelector('td[data-key="gdp|growth"] summary')?.textContent ?? '';
			const figure = text.match(/\d+(?:\.\d+)?/);
			return figure ? Number(figure[0]) : null;
		})
	);

describe('the provinces side by side', () => {
	it('shows the 2026 GDP growth targets with their quotes, and sorts by them', async () => {
		const page = await browser.newPage();
		await page.goto(url('/national'));
		expect(new URL(page.url()).pathname).toBe('/national/2026');
		const rows = page.locator('tbody tr');
		expect(await rows.count()).toBeGreaterThan(20);
		expect(await page.locator('thead th').nth(1).innerText()).toContain('地区生产总值');
		const first = page.locator('td[data-key="gdp|growth"] summary').first();
		expect(await first.innerText()).toMatch(/\d%/);
		expect(await first.getAttribute('title')).toContain('生产总值');
		await first.click();
		expect(await page.locator('td[data-key="gdp|growth"] details[open] q').innerText()).toContain(
			'增长'
		);
		expect(await page.locator('tbody .machine').count()).toBe(await rows.count());
		await screenshot(page, 'national');

		await page.click('thead a:has-text("地区生产总值")');
		await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('gdp|growth');
		const descending = await gdpTargets(page);
		const stated = descending.filter((v): v is number => v !== null);
		expect(stated.length).toBeGreaterThan(10);
		expect(stated).toEqual([...stated].sort((a, b) => b - a));
		expect(descending.slice(stated.length).every((v) => v === null)).toBe(true);
		await page.click('thead a:has-text("地区生产总值")');
		await expect.poll(() => new URL(page.url()).searchParams.get('dir')).toBe('asc');
		const ascending = (await gdpTargets(page)).filter((v): v is number => v !== null);
		expect(ascending).toEqual([...stated].sort((a, b) => a - b));
		await page.close();
	});

	it('sorts without JavaScript: the headers are links', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/national/2026'));
		await Promise.all([
			page.waitForURL(/[?&]sort=/),
			page.click('thead a:has-text("地区生产总值")')
		]);
		expect(new URL(page.url()).searchParams.get('sort')).toBe('gdp|growth');
		const stated = (await gdpTargets(page)).filter((v): v is number => v !== null);
		expect(stated.length).toBeGreaterThan(10);
		expect(stated).toEqual([...stated].sort((a, b) => b - a));
		await context.close();
	});

	it('links each province to its scorecard and report, and downloads the table', async () => {
		const page = await browser.newPage();
		await page.goto(url('/national/2026'));
		const province = page.locator('tbody th a').first();
		expect(await province.getAttribute('href')).toMatch(/regions\/\d{6}\/2026$/);
		expect(await page.locator('tbody th a:has-text("报告")').count()).toBeGreaterThan(20);
		const csvHref = await page.locator('a:has-text("CSV")').getAttribute('href');
		const response = await fetch(new URL(csvHref!, page.url()));
		expect(response.status).toBe(200);
		const records = parse((await response.text()).replace(/^\uFEFF/, ''), {
			columns: true
		}) as Record<string, string>[];
		const gdp = records.filter((r) => r['列'] === 'gdp|growth');
		expect(gdp.length).toBeGreaterThan(10);
		expect(gdp.every((r) => /生产总值|经济增长/.test(r['目标原文']!))).toBe(true);
		const body = await (await fetch(url('/api/national/2026?sort=gdp|growth'))).json();
		expect(body.shown[0]).toBe('gdp|growth');
		expect((await fetch(url('/api/national/1999'))).status).toBe(404);
		expect((await fetch(url('/api/national/2026?sort=x;y'))).status).toBe(400);
		const html = await (await fetch(url('/national/2026'))).text();
		expect(html.length).toBeLessThan(300_000);
		await page.close();
	});
});
