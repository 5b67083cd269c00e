import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, screenshot, signIn, url } from './browser';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const passwords = inject('passwords');
const fixtures = resolve(import.meta.dirname, '../../src/lib/server/import/fixtures');

const WUHUA_2025 = `2025年昆明市五华区人民政府工作报告

——2025年1月8日在五华区第十八届人民代表大会第五次会议上

各位代表：

现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

一、2024年工作回顾

2024年，面对复杂严峻的外部环境，全区上下坚持稳中求进工作总基调，经济运行总体平稳。预计全年地区生产总值增长4.5%，规模以上工业增加值增长6.2%，社会消费品零售总额增长3.1%，一般公共预算收入完成52.3亿元、增长2.4%，城镇居民人均可支配收入增长4.8%，城镇新增就业1.2万人。

二、2025年工作安排

2025年经济社会发展的主要预期目标是：地区生产总值增长5%左右；规模以上工业增加值增长7%；社会消费品零售总额增长5%；一般公共预算收入增长3%；城镇居民人均可支配收入增长5%；城镇新增就业1.3万人以上；城镇调查失业率控制在5.5%以内。
`;

const BOZHOU_BULLETIN_2025 = `遵义市播州区2025年国民经济和社会发展统计公报

遵义市播州区统计局
2026年3月20日

一、综合

初步核算，2025年全区地区生产总值412.6亿元，按可比价格计算，比上年增长6.2%。其中，第一产业增加值70.3亿元，增长4.1%；第二产业增加值165.2亿元，增长7.0%；第三产业增加值177.1亿元，增长5.9%。

二、国内贸易

全年社会消费品零售总额108.4亿元，比上年增长5.1%。

三、财政

全年一般公共预算收入12.7亿元，比上年增长3.4%。
`;

const PANLONG_2025 = `2025年昆明市盘龙区人民政府工作报告

一、2024年工作回顾

预计全年地区生产总值增长4.8%，一般公共预算收入增长3.2%。

二、2025年主要预期目标

地区生产总值增长5%以上；一般公共预算收入增长3%；城镇新增就业8000人。
`;

const YOUYANG_2024 = `2024年酉阳土家族苗族自治县人民政府工作报告

一、2023年工作回顾

预计全年地区生产总值增长5.1%，社会消费品零售总额增长7.2%。

二、2024年主要预期目标

地区生产总值增长6%左右；社会消费品零售总额增长8%。
`;

async function editorPage(
	options: { javaScriptEnabled?: boolean } = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await signIn(page, 'editor1', passwords.editor);
	return { context, page };
}

/** The review item whose label starts with this text, within a group of the list. */
const itemOf = (page: Page, label: string) =>
	page.locator('li.item').filter({ has: page.locator('a.label', { hasText: label }) });

async function paste(page: Page, text: string): Promise<void> {
	await page.goto(url('/import'));
	await page.fill('textarea[name=text]', text);
	await page.click('button:has-text("识别")');
	await page.waitForSelector('form.review');
}

const save = (page: Page, button: string) =>
	Promise.all([page.waitForURL(/\/reports\/\d+$/), page.click(`button:has-text("${button}")`)]);

describe('import', () => {
	it('is for editors: signed out goes to sign-in, a viewer is refused', async () => {
		const anonymous = await browser.newPage();
		await anonymous.goto(url('/import'));
		const to = new URL(anonymous.url());
		expect(to.pathname).toBe('/login');
		expect(to.searchParams.get('redirectTo')).toBe('/import');
		await anonymous.close();

		const context = await browser.newContext();
		const viewer = await context.newPage();
		await signIn(viewer, 'viewer1', passwords.viewer);
		expect(await viewer.locator('header').innerText()).not.toContain('导入报告');
		expect((await viewer.goto(url('/import')))?.status()).toBe(403);
		await context.close();

		const post = await fetch(url('/import?/confirm'), {
			method: 'POST',
			headers: {
				origin: new URL(url('/')).origin,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'text=x&regionCode=530102'
		});
		expect(post.status).toBe(401);
	});

	it('imports a report end to end: review, reject one, edit one, confirm; then knows it is stored', async () => {
		const { context, page } = await editorPage();
		await page.goto(url('/'));
		await page.click('header a:has-text("导入报告")');
		await page.waitForURL(/\/import$/);
		await screenshot(page, 'import-start');
		await page.fill('textarea[name=text]', WUHUA_2025);
		await page.click('button:has-text("识别")');
		await page.waitForSelector('form.review');

		expect(await page.locator('input[name=regionCode]:checked').inputValue()).toBe('530102');
		expect(await page.locator('select[name=kind]').inputValue()).toBe('work_report');
		expect(await page.inputValue('input[name=planYear]')).toBe('2025');
		const marks = page.locator('.text mark');
		expect(await marks.count()).toBeGreaterThanOrEqual(10);
		expect(await page.locator('.text mark.target').first().innerText()).toContain(
			'地区生产总值增长5%左右'
		);

		const industry = itemOf(page, '2025年目标：规模以上工业增加值');
		await industry.locator('input[type=checkbox][name$=".accept"]').uncheck();
		expect(await industry.getAttribute('class')).toContain('rejected');
		const gdp = itemOf(page, '2025年目标：地区生产总值');
		await gdp.locator('select[name$=".comparator"]').selectOption('>=');
		await gdp.locator('a.label').click();
		await expect.poll(() => page.locator('mark.flash').count()).toBeGreaterThan(0);
		await screenshot(page, 'import-review');

		await save(page, '保存报告和已接受的');
		const reportUrl = page.url();
		expect(await page.locator('h1').innerText()).toBe('2025年昆明市五华区人民政府工作报告');
		expect(await page.locator('article mark').count()).toBeGreaterThanOrEqual(12);
		await screenshot(page, 'import-stored-report');

		await page.goto(url('/regions/530102'));
		const targets = await page.locator('details:has-text("2025年") table').first().innerText();
		expect(targets).toContain('地区生产总值');
		expect(targets).toContain('≥5%');
		expect(targets).toContain('城镇调查失业率');
		expect(targets).not.toContain('规模以上工业增加值');

		await page.goto(url('/import'));
		await page.fill('textarea[name=text]', WUHUA_2025);
		await page.click('button:has-text("识别")');
		const notice = page.locator('.duplicate');
		await notice.waitFor();
		expect(await notice.innerText()).toContain('已经保存过');
		await screenshot(page, 'import-duplicate');
		const links = await notice
			.locator('a')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(links).toEqual([reportUrl, `${reportUrl}/review`]);
		expect(await notice.locator('a.remaining').innerText()).toContain('1 项');
		expect(await page.locator('form.review').count()).toBe(0);
		await context.close();
	});

	it('accepting the matches keeps the rest: next year’s targets are stored, and what was left out can be added later', async () => {
		const { context, page } = await editorPage();
		expect((await fetch(url('/regions/500242/2024'))).status).toBe(404);
		await paste(page, YOUYANG_2024);
		expect(await page.locator('li.item:has(.match)').count()).toBe(2);
		const retail = itemOf(page, '2024年目标：社会消费品零售总额');
		await retail.locator('input[type=checkbox][name$=".accept"]').uncheck();
		await save(page, '全部接受对应项并保存');
		const reportUrl = page.url();
		const scorecard = await fetch(url('/regions/500242/2024'));
		expect(scorecard.status).toBe(200);
		expect(await scorecard.text()).toContain('地区生产总值');

		const remaining = page.locator('.remaining');
		expect(await remaining.innerText()).toContain('还有 1 项没有保存');
		await screenshot(page, 'report-remaining');
		await Promise.all([page.waitForURL(`${reportUrl}/review`), remaining.locator('a').click()]);
		expect(await page.locator('li.item a.label').allInnerTexts()).toEqual([
			expect.stringContaining('2024年目标：社会消费品零售总额')
		]);
		expect(await page.locator('input[name=title]').count()).toBe(0);
		await screenshot(page, 'report-review-remaining');
		await Promise.all([
			page.waitForURL(`${reportUrl}?added=1`),
			page.click('button:has-text("保存已接受的 1 项")')
		]);
		expect(await page.locator('[role=status]').first().innerText()).toContain('已补充保存 1 项');
		expect(await page.locator('.remaining').innerText()).toContain('识别出的条目都已保存');
		expect(await (await fetch(url('/regions/500242/2024'))).text()).toContain('社会消费品零售总额');

		await page.goto(url('/import'));
		await page.fill('textarea[name=text]', YOUYANG_2024);
		await page.click('button:has-text("识别")');
		await page.locator('.duplicate').waitFor();
		expect(await page.locator('.duplicate').innerText()).toContain('识别出的条目都已保存');
		await context.close();
	});

	it('closes the loop: a bulletin’s results fill in the scorecard of the targets already stored', async () => {
		const { context, page } = await editorPage();
		await paste(page, BOZHOU_BULLETIN_2025);
		const matching = page.locator('li.item:has(.match)');
		expect(await matching.count()).toBe(3);
		const gdp = matching.filter({ hasText: '2025年实际：地区生产总值 6.2%' });
		const match = await gdp.locator('.match').innerText();
		expect(match).toContain('2025年 地区生产总值 6.5%左右');
		expect(match).toMatch(/现在\s*待定\s*→\s*导入后\s*达成/);
		const retail = await matching
			.filter({ hasText: '社会消费品零售总额 5.1%' })
			.locator('.match')
			.innerText();
		expect(retail).toMatch(/现在\s*待定\s*→\s*导入后\s*未达成/);
		await screenshot(page, 'import-matching');

		await save(page, '全部接受对应项并保存');
		await page.goto(url('/regions/520304/2025'));
		const row = page.locator('table.scorecard tbody tr', {
			has: page.locator('td strong', { hasText: /^地区生产总值$/ })
		});
		expect(await row.locator('.badge').innerText()).toBe('达成');
		expect(await row.locator('td[data-label="实际"]').innerText()).toMatch(/^6\.2%/);
		await context.close();
	});

	it('uploads a GB18030 file, showing progress, and breaks the 城关区 tie by the parent', async () => {
		const { context, page } = await editorPage();
		await page.goto(url('/import'));
		await page.route(
			(u) => u.pathname === '/import' && u.search === '?/review',
			async (route) => {
				await new Promise((r) => setTimeout(r, 600));
				await route.continue();
			}
		);
		await page.setInputFiles('input[name=file]', resolve(fixtures, 'chengguan-2025.gb18030.txt'));
		await page.click('button:has-text("识别")');
		await expect.poll(() => page.locator('.progress progress').count()).toBe(1);
		await expect
			.poll(() => page.locator('.progress').innerText())
			.toContain('正在识别目标和实际数据');
		expect(await page.locator('.stages .done').allInnerTexts()).toEqual(['上传并读取文件']);
		expect(await page.locator('.stages .current').innerText()).toBe('识别目标和实际数据');
		await screenshot(page, 'import-progress');
		await page.waitForSelector('form.review');
		expect(await page.locator('input[name=regionCode]:checked').inputValue()).toBe('620102');
		expect(await page.locator('fieldset.region').innerText()).toContain('甘肃省 › 兰州市 › 城关区');
		expect(await page.locator('.text').innerText()).toContain('地区生产总值增长5.5%左右');
		await context.close();
	});

	it('shows why a file or text cannot be imported, beside the input', async () => {
		const { context, page } = await editorPage();
		await page.goto(url('/import'));
		await page.setInputFiles('input[name=file]', resolve(fixtures, 'report.docx'));
		await page.click('button:has-text("识别")');
		await page.locator('#file-error').waitFor({ timeout: 5000 });
		expect(await page.locator('#file-error').innerText()).toContain('不能导入');
		await page.setInputFiles('input[name=file]', []);
		await page.fill('textarea[name=text]', '今天天气很好。');
		await page.click('button:has-text("识别")');
		await page.locator('#text-error').waitFor({ timeout: 5000 });
		expect(await page.locator('#text-error').innerText()).toContain('不能导入');
		expect(await page.inputValue('textarea[name=text]')).toBe('今天天气很好。');
		await context.close();
	});

	it('works without JavaScript: errors beside the fields keep every value, nothing is stored until fixed', async () => {
		const { context, page } = await editorPage({ javaScriptEnabled: false });
		await paste(page, PANLONG_2025);
		const first = page.locator('li.item').first();
		await first.locator('input[name$=".value"]').fill('五以上');
		await first.locator('input[name$=".year"]').fill('25');
		await page.fill('input[name=regionOther]', '12345');
		await page.click('button:has-text("保存报告和已接受的")');
		await page.waitForSelector('.error.summary');
		expect(await first.locator('input[name$=".value"]').inputValue()).toBe('五以上');
		const code = (field: string) =>
			first.locator(`[id$="-${field}-error"]`).getAttribute('data-code');
		expect(await code('value')).toBe('not_a_number');
		expect(await code('year')).toBe('not_a_year');
		expect(await first.locator('[id$="-value-error"]').innerText()).toContain('五以上');
		expect(await page.locator('#region-error').getAttribute('data-code')).toBe('not_a_region_code');
		await screenshot(page, 'import-errors');
		expect(await (await fetch(url('/regions/530103'))).text()).toContain('还没有这个地区的报告');

		await first.locator('input[name$=".value"]').fill('5');
		await first.locator('input[name$=".year"]').fill('2025');
		await page.fill('input[name=regionOther]', '');
		await page.check('input[name=regionCode][value="530103"]');
		await save(page, '保存报告和已接受的');
		expect(await page.locator('h1').innerText()).toContain('盘龙区');
		await context.close();
	});
});
