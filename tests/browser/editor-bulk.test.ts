import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, signIn, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const passwords = inject('passwords');
const HEADER =
	'region_code,year,indicator,metric,value,unit,kind,bound,source_url,source_report_id,source_quote,source_date,note';
// 播州区 2025: its seeded headline target 规模工业增加值增长10%以上, which no other test touches
const GOOD =
	'520304,2025,industrial_va,growth,7.2,%,final,,https://example.gov.cn/bozhou.html,,规模以上工业增加值增长7.2%,,';

async function signedIn(username: string, password: string): Promise<Page> {
	const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
	await signIn(page, username, password);
	return page;
}

/** The rows of 播州区 in the outcomes export, superseded ones included. */
async function exportedOutcomes(page: Page): Promise<Record<string, string>[]> {
	const response = await page.context().request.get(url('/outcomes/export/outcomes'));
	expect(response.status()).toBe(200);
	const rows = parse(await response.text(), { bom: true, columns: true }) as Record<
		string,
		string
	>[];
	return rows.filter((r) => r.region_code === '520304');
}

async function industryTarget(): Promise<{ id: number; status: string }> {
	const body = await (await fetch(url('/api/regions/520304/scorecard/2025'))).json();
	return body.commitments.find(
		(c: { indicator: string; metric: string; headline: boolean }) =>
			c.indicator === 'industrial_va' && c.metric === 'growth' && c.headline
	);
}

describe('bulk import of outcomes', () => {
	it('the dry run shows each bad row with its line and reason, and writes nothing', async () => {
		const page = await signedIn('editor1', passwords.editor);
		const before = await exportedOutcomes(page);
		await page.goto(url('/outcomes/import'));
		await page.fill(
			'textarea[name=text]',
			[
				HEADER,
				GOOD,
				'520304,2025,gdp,level,九十,亿元,final,,https://example.gov.cn/b.html,,九十亿元,,',
				'999999,2025,gdp,growth,6,%,final,,,,原文,,'
			].join('\n')
		);
		await page.click('button:has-text("预检")');
		await page.locator('table.problems').waitFor({ timeout: 10_000 });
		const codes = (line: number) =>
			page
				.locator(`#line-${line} li[data-code]`)
				.evaluateAll((items) => items.map((li) => li.getAttribute('data-code')));
		expect(await codes(3)).toEqual(['not_a_number']);
		expect(await page.locator('#line-3').innerText()).toMatch(/第 3 行[\s\S]*value[\s\S]*九十/);
		expect(await codes(4)).toEqual(['unknown_region', 'source_missing', 'quote_without_figure']);
		expect(await page.locator('[role=alert]').first().innerText()).toContain('没有写入任何数据');
		expect(await page.locator('form[action="?/write"]').count()).toBe(0);
		expect(await page.inputValue('textarea[name=text]')).toContain('九十');
		await screenshot(page, 'bulk-dry-run-errors');
		expect(await exportedOutcomes(page)).toEqual(before);
		expect((await industryTarget()).status).toBe('pending');
		await page.context().close();
	});

	it('a valid file is checked, then written, and the scorecard shows the new status', async () => {
		const page = await signedIn('editor1', passwords.editor);
		const target = await industryTarget();
		await page.goto(url('/outcomes/import'));
		await page.setInputFiles('input[name=file]', {
			name: '播州区.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(`\uFEFF${HEADER}\r\n${GOOD}\r\n`)
		});
		await page.click('button:has-text("预检")');
		const plan = page.locator('table.plan');
		await plan.waitFor({ timeout: 10_000 });
		expect(await plan.innerText()).toContain(`#${target.id} 规模工业增加值 ≥10%`);
		expect(await plan.innerText()).toContain('新数据，将生效');
		expect(await page.locator('form[action="?/write"] textarea').isVisible()).toBe(false);
		await screenshot(page, 'bulk-dry-run-ok');
		await page.click('button:has-text("写入 1 条")');
		await page.locator('.done').waitFor({ timeout: 10_000 });
		expect(await page.locator('.done').innerText()).toContain('已写入 1 条实际数据');
		await screenshot(page, 'bulk-written');
		await page.click('.done a:has-text("播州区 2025年")');
		await page.waitForURL('**/regions/520304/2025');
		expect(await page.locator(`#c${target.id} .badge`).innerText()).toBe('未达成');
		const rows = await exportedOutcomes(page);
		expect(rows.filter((r) => r.year === '2025' && r.indicator === 'industrial_va')).toEqual([
			expect.objectContaining({
				value: '7.2',
				kind: 'final',
				recorded_by: 'editor1',
				source_quote: '规模以上工业增加值增长7.2%',
				superseded_by: ''
			})
		]);
		await page.context().close();
	});

	it('takes its own export back: every row checks, and nothing needs writing', async () => {
		const page = await signedIn('editor1', passwords.editor);
		await page.goto(url('/outcomes/export'));
		await screenshot(page, 'outcomes-export');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click('a[href$="outcomes/export/outcomes"]')
		]);
		const buffer = readFileSync((await download.path())!);
		expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		await page.goto(url('/outcomes/import'));
		await page.setInputFiles('input[name=file]', {
			name: download.suggestedFilename(),
			mimeType: 'text/csv',
			buffer
		});
		await page.click('button:has-text("预检")');
		await page.locator('#dry-run-title').waitFor({ timeout: 10_000 });
		expect(await page.locator('table.problems').count()).toBe(0);
		expect(await page.locator('[role=status]').last().innerText()).toContain('没有需要写入的数据');
		await page.context().close();
	});

	it('works without JavaScript too', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, 'editor1', passwords.editor);
		await page.goto(url('/outcomes/import'));
		const row =
			'520304,2025,gdp,level,395.1,亿元,estimated,,https://example.gov.cn/c.html,,地区生产总值预计达到395.1亿元,,无脚本';
		await page.fill('textarea[name=text]', `${HEADER}\n${row}`);
		await Promise.all([
			page.waitForURL('**/outcomes/import?/check'),
			page.click('button:has-text("预检")')
		]);
		expect(await page.locator('table.plan').innerText()).toContain('395.1亿元');
		await Promise.all([
			page.waitForURL('**/outcomes/import?/write'),
			page.click('button:has-text("写入 1 条")')
		]);
		expect(await page.locator('.done').innerText()).toContain('已写入 1 条实际数据');
		const stored = (await exportedOutcomes(page)).filter((r) => r.note === '无脚本');
		expect(stored).toEqual([
			expect.objectContaining({ metric: 'level', value: '395.1', unit: '亿元', kind: 'estimated' })
		]);
		await context.close();
	});

	it('keeps viewers and anonymous visitors out: no page, no form, and their POST is refused', async () => {
		const origin = new URL(url('/')).origin;
		const headers = { origin, accept: 'application/json', 'x-sveltekit-action': 'true' };
		const fields = { text: `${HEADER}\n${GOOD}`, digest: 'x', expected: '1' };
		const post = (page: Page, action: string) =>
			page
				.context()
				.request.post(url(`/outcomes/import?/${action}`), { headers, multipart: fields });
		const anonymousPost = (action: string) => {
			const body = new FormData();
			for (const [name, value] of Object.entries(fields)) body.set(name, value);
			return fetch(url(`/outcomes/import?/${action}`), { method: 'POST', headers, body });
		};
		const viewer = await signedIn('viewer1', passwords.viewer);
		for (const path of ['/outcomes/import', '/outcomes/export', '/admin/audit']) {
			expect((await viewer.goto(url(path)))?.status()).toBe(403);
			expect(await viewer.locator('form[action="?/check"]').count()).toBe(0);
		}
		expect((await viewer.context().request.get(url('/outcomes/export/outcomes'))).status()).toBe(
			403
		);
		expect((await post(viewer, 'check')).status()).toBe(403);
		expect((await post(viewer, 'write')).status()).toBe(403);
		await viewer.context().close();

		const anonymous = await (await browser.newContext()).newPage();
		await anonymous.goto(url('/outcomes/import'));
		expect(anonymous.url()).toBe(url('/login?redirectTo=%2Foutcomes%2Fimport'));
		expect((await anonymousPost('check')).status).toBe(401);
		expect((await anonymousPost('write')).status).toBe(401);
		expect((await fetch(url('/outcomes/export/outcomes'))).status).toBe(401);
		await anonymous.context().close();

		const editor = await signedIn('editor1', passwords.editor);
		expect((await editor.goto(url('/admin/audit')))?.status()).toBe(403);
		await editor.context().close();
	});

	it('the audit log lists an import and filters by region', async () => {
		const editor = await signedIn('editor1', passwords.editor);
		await editor.goto(url('/outcomes/import'));
		const row =
			'520304,2024,retail_sales,growth,5.5,%,final,,https://example.gov.cn/audit.html,,社会消费品零售总额增长5.5%,,审计';
		await editor.fill('textarea[name=text]', `${HEADER}\n${row}`);
		await editor.click('button:has-text("预检")');
		await editor.click('button:has-text("写入 1 条")');
		await editor.locator('.done').waitFor({ timeout: 10_000 });
		await editor.context().close();

		const page = await signedIn('admin', passwords.admin);
		await page.goto(url('/admin/audit'));
		await page.fill('input[name=region]', '520304');
		await page.selectOption('select[name=table]', 'outcomes');
		await Promise.all([
			page.waitForURL('**/admin/audit?*region=520304*'),
			page.click('button:has-text("筛选")')
		]);
		const rows = await page.locator('table.audit tbody tr').allInnerTexts();
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => r.includes('520304') && r.includes('outcomes#'))).toBe(true);
		const imported = rows.find((r) => r.includes('editor1') && r.includes('retail_sales'));
		expect(imported).toMatch(/新增[\s\S]*播州区[\s\S]*value[\s\S]*5\.5/);
		await page.locator('table.audit details').first().click();
		await screenshot(page, 'admin-audit');
		await page.goto(url('/admin/audit?region=140225&table=outcomes&user=editor1&to=2000-01-01'));
		expect(await page.locator('table.audit').count()).toBe(0);
		expect(await page.locator('.notice').innerText()).toContain('没有符合条件的记录');
		await page.context().close();
	});
});
