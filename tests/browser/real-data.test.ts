import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, screenshot, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('the real reports, loops closed by the next year’s report', () => {
	it('walks from the home page to 清苑区 2021: met and missed from two reports, each with its source', async () => {
		const page = await browser.newPage();
		await page.goto(url('/'));
		await page.click('ul.provinces a:text-is("河北省")');
		await page.click('table a:text-is("保定市")');
		await expect.poll(() => page.locator('h1').innerText()).toBe('保定市');
		expect(await page.locator('#ranking').innerText()).toMatch(/\d{4}年主要目标完成率排名/);
		await screenshot(page, 'prefecture-baoding');

		await page.click('table a:text-is("清苑区")');
		await expect.poll(() => page.locator('h1').innerText()).toBe('清苑区');
		expect(await page.innerText('body')).toContain('清苑县');
		const gdp = page.locator('section.series', { hasText: '地区生产总值历年' }).first();
		const rows = await gdp.locator('tbody tr').allInnerTexts();
		for (const year of ['2021', '2023'])
			expect(rows.find((r) => r.startsWith(year))).toMatch(/未达成|达成|超额/);
		await screenshot(page, 'region-qingyuan');

		await page.goto(url('/regions/130608/2021'));
		expect(await page.locator('.machine-note').innerText()).toContain('机器识别，未经人工核对');
		const statuses = await page.locator('table.scorecard .badge').allInnerTexts();
		expect(statuses.filter((s) => s === '达成').length).toBeGreaterThanOrEqual(2);
		expect(statuses.filter((s) => s === '未达成').length).toBeGreaterThanOrEqual(1);
		const gdpRow = page.locator('table.scorecard tr', { hasText: '地区生产总值增长9%' });
		const sources = gdpRow.locator('a.quote');
		expect(await sources.count()).toBe(2);
		expect(await sources.nth(1).innerText()).toContain('同比增长7%');
		await screenshot(page, 'scorecard-qingyuan-2021');

		await sources.nth(1).click();
		await expect.poll(() => page.locator('h1').innerText()).toContain('2022年政府工作报告');
		expect(await page.locator('dl.meta').innerText()).toContain('保定市各县政府工作报告.xlsx');
		expect(await page.locator('article mark').count()).toBeGreaterThan(10);
		await screenshot(page, 'report-qingyuan-2022');
		await page.close();
	}, 90_000);

	it("shows a prefecture's divisions for the latest years, earlier years a link away, without JavaScript", async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/regions/130600'));
		const heatYears = () => page.locator('table.heat thead th.num').allInnerTexts();
		const latest = await heatYears();
		expect(latest.length).toBeLessThanOrEqual(8);
		expect(latest.at(-1)).toBe('2025');
		const windows = page.locator('nav[aria-label="对比的年份"] a');
		expect(await windows.count()).toBeGreaterThan(1);
		expect(await windows.last().getAttribute('aria-current')).toBe('true');
		await Promise.all([page.waitForURL(/[?&]heat=\d{4}/), windows.first().click()]);
		const earliest = await heatYears();
		expect(Number(earliest.at(-1))).toBeLessThan(Number(latest[0]));
		expect(await page.locator('table.heat tbody th a', { hasText: '清苑区' }).count()).toBe(1);
		await context.close();
	});
});
