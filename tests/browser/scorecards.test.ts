import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

async function open(path: string): Promise<Page> {
	const page = await browser.newPage({ acceptDownloads: true });
	const response = await page.goto(url(path));
	expect(response?.status()).toBe(200);
	return page;
}

/** Whether the canvas has any pixel that is not transparent. */
const drawn = (page: Page, selector: string) =>
	page.$eval(selector, (canvas) => {
		const c = canvas as HTMLCanvasElement;
		if (!c.width || !c.height) return false;
		const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
		return false;
	});

describe('scorecards', () => {
	it('shows 酉阳县 2022 as in the worked example: 1 of 7 kept, CPI unassessable', async () => {
		const page = await open('/regions/500242/2022');
		expect(await page.locator('.summary').first().innerText()).toMatch(/14\.3%[\s\S]*1 \/ 7/);
		const rows = await page.locator('table.scorecard tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				name: tr.querySelector('td strong')?.textContent,
				status: tr.querySelector('.badge')?.textContent
			}))
		);
		const statusOf = (name: string) => rows.find((r) => r.name === name)?.status;
		expect(statusOf('地区生产总值')).toBe('未达成');
		expect(statusOf('固定资产投资')).toBe('达成');
		expect(statusOf('居民消费价格指数')).toBe('无法判断');
		expect(rows.filter((r) => r.status === '未达成')).toHaveLength(6);
		expect(await page.locator('tr:has-text("居民消费价格指数")').innerText()).toContain('不能判断');
		await screenshot(page, 'scorecard');
		await page.close();
	});

	it('shows years without recorded outcomes as pending, never missed', async () => {
		const page = await open('/regions/520323/2024');
		const statuses = await page.locator('table.scorecard .badge').allInnerTexts();
		expect(statuses.length).toBeGreaterThan(10);
		expect(statuses.every((s) => s === '待定')).toBe(true);
		await page.close();
	});

	it('draws the fulfilment chart, and its table shows the same figures', async () => {
		const page = await open('/regions/500242');
		const chart = page.locator('.chart').first();
		await expect.poll(() => drawn(page, '.chart canvas')).toBe(true);
		const labels = JSON.parse((await chart.getAttribute('data-labels'))!) as string[];
		const [series] = JSON.parse((await chart.getAttribute('data-series'))!) as {
			data: (number | null)[];
		}[];
		const table = await page
			.locator('.pair')
			.first()
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
			);
		// The table lists the newest year first, the chart reads left to right.
		table.reverse();
		expect(table.map((r) => r[0])).toEqual(labels.map((y) => `${y}年`));
		expect(table.map((r) => (r[2] === '—' ? null : Number(r[2]!.replace('%', ''))))).toEqual(
			series!.data
		);
		expect(series!.data[labels.indexOf('2022')]).toBe(14.3);
		await screenshot(page, 'region-history');
		await page.close();
	});

	it('downloads the scorecard as CSV that parses back to the same rows', async () => {
		const page = await open('/regions/500242/2022');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click('a:has-text("CSV")')
		]);
		const text = readFileSync((await download.path())!, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const records = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		const api = (await (await fetch(url('/api/regions/500242/scorecard/2022'))).json()) as {
			commitments: { id: number; status: string; actual: number | null; value: number | null }[];
		};
		expect(records.map((r) => Number(r.id))).toEqual(api.commitments.map((c) => c.id));
		expect(records.map((r) => r['状态'])).toEqual(api.commitments.map((c) => c.status));
		expect(records.map((r) => (r['实际'] === '' ? null : Number(r['实际'])))).toEqual(
			api.commitments.map((c) => c.actual)
		);
		const pageNames = await page.locator('table.scorecard td strong').allInnerTexts();
		expect(records.map((r) => r['指标'])).toEqual(pageNames);
		await page.close();
	});

	it('compares regions and sorts the ranking from the URL', async () => {
		const seeded = ['140225', '500242', '510811', '520304', '520323'];
		const page = await open(`/compare?regions=${seeded.join(',')}&indicator=gdp&sort=name&dir=asc`);
		await expect.poll(() => drawn(page, '.chart canvas')).toBe(true);
		const names = await page
			.locator('h2:has-text("完成率排名") + p + .table-wrap tbody td:nth-child(2)')
			.allInnerTexts();
		expect(names).toHaveLength(5);
		await page.click('th a:has-text("地区")');
		await expect.poll(() => page.url()).toContain('dir=desc');
		const reversed = await page
			.locator('h2:has-text("完成率排名") + p + .table-wrap tbody td:nth-child(2)')
			.allInnerTexts();
		expect(reversed).toEqual([...names].reverse());
		await screenshot(page, 'compare');
		await page.close();
	});
});

describe('JSON API', () => {
	it('answers the scorecard in the documented shape', async () => {
		const body = await (await fetch(url('/api/regions/500242/scorecard/2022'))).json();
		expect(body.region.code).toBe('500242');
		expect(body.fulfilment).toEqual({
			met: 1,
			exceeded: 0,
			missed: 6,
			pending: 0,
			unassessable: 1,
			rate: 1 / 7
		});
		for (const key of [
			'id',
			'indicator',
			'name',
			'metric',
			'comparator',
			'value',
			'stretch',
			'unit',
			'headline',
			'actual',
			'actualEstimated',
			'status',
			'gap',
			'attainment',
			'reason'
		]) {
			expect(body.commitments[0]).toHaveProperty(key);
		}
	});

	it('gives 404 with a reason for an unknown region or year, 400 for a bad query', async () => {
		for (const path of [
			'/api/regions/999999',
			'/api/regions/999999/scorecard/2022',
			'/api/regions/500242/scorecard/1990'
		]) {
			const response = await fetch(url(path));
			expect(response.status).toBe(404);
			expect((await response.json()).error).toMatch(/no /);
		}
		const bad = await fetch(url('/api/compare?indicator=nonsense'));
		expect(bad.status).toBe(400);
		expect((await bad.json()).error).toContain('nonsense');
	});
});
