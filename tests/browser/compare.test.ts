import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, screenshot, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('compare, ambition against delivery', () => {
	it('offers the counties of 保定市 in one click and shows their targets against results', async () => {
		const page = await browser.newPage();
		await page.goto(url('/compare'));
		expect(await page.locator('table').count()).toBe(0);
		await screenshot(page, 'compare-empty');
		await page.click('a:has-text("保定市各县")');
		await expect.poll(() => page.url()).toContain('regions=');
		const rows = page.locator('table.ambition tbody tr');
		expect(await rows.count()).toBeGreaterThan(10);
		expect(await rows.first().locator('th .machine').getAttribute('title')).toBe(
			'机器识别，未经人工核对'
		);
		const assessed = page.locator('table.ambition td.missed, table.ambition td.met');
		expect(await assessed.count()).toBeGreaterThan(5);
		expect(await assessed.first().innerText()).toMatch(/实际[\s\S]*个百分点/);
		expect(await page.locator('p.summary').innerText()).toMatch(
			/^\d+ 次未完成之后，\d+ 次下调了次年目标/
		);
		expect(await page.locator('table.misses tbody tr').count()).toBeGreaterThan(3);
		await screenshot(page, 'compare-ambition');
		const html = await (await fetch(page.url())).text();
		expect(html.length).toBeLessThan(300_000);

		const csvHref = await page.locator('a[href*="table=ambition"]').getAttribute('href');
		const response = await fetch(new URL(csvHref!, page.url()));
		const records = parse((await response.text()).replace(/^\uFEFF/, ''), {
			columns: true
		}) as Record<string, string>[];
		expect(records.filter((r) => r['状态'] === 'missed').length).toBeGreaterThan(3);
		await page.close();
	});

	it('finds a region by name and adds it to the comparison', async () => {
		const page = await browser.newPage();
		await page.goto(url('/compare?regions=130636'));
		await page.fill('input[name=q]', '清苑');
		await page.click('button:has-text("查找")');
		await page.click('.found a:has-text("添加")');
		await expect.poll(() => page.url()).toContain('regions=130636,130608');
		expect(await page.locator('.chosen').innerText()).toMatch(/顺平县[\s\S]*清苑区/);
		expect(await page.locator('table.ambition tbody tr').count()).toBe(2);
		await page.close();
	});

	it('asks for regions and caps them, in the API as on the page', async () => {
		const none = await fetch(url('/api/compare'));
		expect(none.status).toBe(400);
		expect((await none.json()).error).toContain('regions is required');
		const many = Array.from({ length: 31 }, (_, i) => 130601 + i).join(',');
		const capped = await fetch(url(`/api/compare?regions=${many}`));
		expect(capped.status).toBe(400);
		expect((await capped.json()).error).toContain('at most 30');
		expect((await fetch(url(`/compare?regions=${many}`))).status).toBe(400);
		const body = await (await fetch(url('/api/compare?regions=130608,130636'))).json();
		expect(body.ambition.length).toBeGreaterThan(3);
		expect(body.afterMissSummary.missed).toBe(body.afterMisses.length);
	});
});
