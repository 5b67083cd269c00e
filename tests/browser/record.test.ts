import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, signIn, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const passwords = inject('passwords');

interface Row {
	id: number;
	indicator: string;
	metric: string;
	headline: boolean;
	status: string;
	actual: number | null;
}

async function scorecard(): Promise<Row[]> {
	const body = await (await fetch(url('/api/regions/140225/scorecard/2024'))).json();
	return body.commitments as Row[];
}

async function commitmentId(indicator: string, metric = 'growth'): Promise<number> {
	const row = (await scorecard()).find(
		(c) => c.indicator === indicator && c.metric === metric && c.headline
	);
	if (!row) throw new Error(`no ${indicator} commitment`);
	return row.id;
}

async function editorPage(username = 'editor1', password = passwords.editor): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, username, password);
	return page;
}

async function fillOutcome(page: Page, value: string) {
	await page.fill('form.record input[name=value]', value);
	await page.check('input[name=sourceType][value=url]');
	await page.fill('input[name=sourceUrl]', 'https://example.gov.cn/hunyuan-2024-bulletin.html');
	await page.fill('textarea[name=sourceQuote]', `全年地区生产总值比上年增长${value}%`);
}

describe('recording an outcome', () => {
	it('an editor records an outcome from the scorecard and the status changes', async () => {
		const id = await commitmentId('gdp');
		expect((await scorecard()).find((c) => c.id === id)?.status).toBe('pending');
		const page = await editorPage();
		await page.goto(url('/regions/140225/2024'));
		await page.click(`#c${id} a.detail`);
		await page.waitForURL(`**/commitments/${id}`);
		await fillOutcome(page, '5.8');
		await screenshot(page, 'record-form');
		await Promise.all([
			page.waitForURL('**/regions/140225/2024?saved=*'),
			page.click('form.record button[type=submit]')
		]);
		expect(await page.locator(`#c${id} .badge`).innerText()).toBe('达成');
		expect(await page.locator(`#c${id}`).innerText()).toContain('5.8%');
		expect((await scorecard()).find((c) => c.id === id)).toMatchObject({
			status: 'met',
			actual: 5.8
		});
		await screenshot(page, 'record-saved');
		await page.context().close();
	});

	it('shows what is wrong beside each field and stores nothing', async () => {
		const id = await commitmentId('fixed_asset_investment');
		const page = await editorPage();
		await page.goto(url(`/commitments/${id}`));
		await page.fill('form.record input[name=value]', '十二');
		await page.fill('form.record input[name=unit]', '亿元');
		await page.check('input[name=sourceType][value=url]');
		await page.click('form.record button[type=submit]');
		const code = (field: string) => page.locator(`#${field}-error`).getAttribute('data-code');
		await expect.poll(() => code('value')).toBe('not_a_number');
		expect(await code('unit')).toBe('unit_mismatch');
		expect(await code('sourceUrl')).toBe('required');
		expect(await page.locator('#value-error').innerText()).toContain('十二');
		expect(await page.inputValue('form.record input[name=value]')).toBe('十二');
		await screenshot(page, 'record-errors');
		expect((await scorecard()).find((c) => c.id === id)?.status).toBe('pending');
		await page.context().close();
	});

	it('a viewer and an anonymous visitor see no form, and their POST is refused', async () => {
		const id = await commitmentId('tertiary_va');
		const viewer = await editorPage('viewer1', passwords.viewer);
		await viewer.goto(url(`/commitments/${id}`));
		expect(await viewer.locator('form[action="?/record"]').count()).toBe(0);
		const cookies = (await viewer.context().cookies())
			.map((c) => `${c.name}=${c.value}`)
			.join('; ');
		const anonymous = await browser.newPage();
		await anonymous.goto(url(`/commitments/${id}`));
		expect(await anonymous.locator('form[action="?/record"]').count()).toBe(0);
		const post = (cookie?: string) =>
			fetch(url(`/commitments/${id}?/record`), {
				method: 'POST',
				headers: {
					origin: new URL(url('/')).origin,
					'content-type': 'application/x-www-form-urlencoded',
					...(cookie ? { cookie } : {})
				},
				body: 'value=9&unit=%25&kind=final&sourceType=url&sourceUrl=https%3A%2F%2Fa.cn&sourceQuote=x&version=1'
			});
		expect((await post(cookies)).status).toBe(403);
		expect((await post()).status).toBe(401);
		expect((await scorecard()).find((c) => c.id === id)?.status).toBe('pending');
		await viewer.context().close();
		await anonymous.close();
	});

	it('tells the second of two editors saving at once that the figure changed, and loses nothing', async () => {
		const id = await commitmentId('retail_sales');
		const first = await editorPage();
		const second = await editorPage('admin', passwords.admin);
		await first.goto(url(`/commitments/${id}`));
		await second.goto(url(`/commitments/${id}`));
		await fillOutcome(first, '7.1');
		await fillOutcome(second, '6.2');
		await Promise.all([
			first.waitForURL('**/regions/140225/2024?saved=*'),
			first.click('form.record button[type=submit]')
		]);
		await second.click('form.record button[type=submit]');
		const notice = second.locator('.notice[role=alert]');
		await expect.poll(() => notice.count()).toBe(1);
		expect(await notice.innerText()).toMatch(/7\.1%[\s\S]*editor1[\s\S]*6\.2/);
		expect(await second.inputValue('form.record input[name=value]')).toBe('6.2');
		await screenshot(second, 'record-conflict');
		await Promise.all([
			second.waitForURL('**/regions/140225/2024?saved=*'),
			second.click('form.record button[type=submit]')
		]);
		await second.goto(url(`/commitments/${id}`));
		const history = await second.locator('table.history tbody tr').allInnerTexts();
		expect(history).toHaveLength(2);
		expect(history[0]).toContain('6.2%');
		expect(history[1]).toContain('7.1%');
		await first.context().close();
		await second.context().close();
	});

	it('an editor judges a qualitative commitment, shown with its author', async () => {
		const id = await commitmentId('other', 'qualitative');
		const page = await editorPage();
		await page.goto(url(`/commitments/${id}`));
		await page.check('input[name=status][value=met]');
		await page.fill('textarea[name=reason]', '市考核通报：约束性指标全部完成');
		await Promise.all([
			page.waitForURL('**/regions/140225/2024?saved=*'),
			page.click('form[action="?/judge"] button')
		]);
		const row = page.locator(`#c${id}`);
		expect(await row.locator('.badge').innerText()).toBe('达成');
		expect(await row.innerText()).toContain('editor1');
		await page.context().close();
	});

	it('an editor corrects an extracted target; the change is audited and a stale form is refused', async () => {
		const id = await commitmentId('budget_revenue');
		const page = await editorPage();
		await page.goto(url(`/commitments/${id}`));
		await page.click('details.correct summary');
		await page.fill('details.correct input[name=value]', '3.5');
		await page.selectOption('details.correct select[name=comparator]', '>=');
		await Promise.all([
			page.waitForURL('**/regions/140225/2024?saved=*'),
			page.click('details.correct button:has-text("保存更正")')
		]);
		expect(await page.locator(`#c${id}`).innerText()).toContain('≥3.5%');
		const stale = await fetch(url(`/commitments/${id}?/edit`), {
			method: 'POST',
			headers: {
				origin: new URL(url('/')).origin,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'version=1&value=9'
		});
		expect(stale.status).toBe(401);
		await page.context().close();
	});

	it('answers a form body that cannot be read with 400 and a reason', async () => {
		const id = await commitmentId('gdp');
		const page = await editorPage();
		const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
		const response = await fetch(url(`/commitments/${id}?/record`), {
			method: 'POST',
			headers: {
				origin: new URL(url('/')).origin,
				'content-type': 'multipart/form-data; boundary=x',
				accept: 'application/json',
				cookie
			},
			body: '--x\r\nbroken'
		});
		expect(response.status).toBe(400);
		expect(JSON.stringify(await response.json())).toContain('无法读取提交的表单');
		await page.context().close();
	});
});
