/**
 * Classes of phrasing and layout that whole real reports force (issue 10), one describe per class.
 * Every text here is written for the test, after the pattern of many reports, not copied from one.
 */
import { describe, it, expect } from 'vitest';
import { extract } from './index';
import { normalize } from './normalize';
import { meta, outcomes } from './styles.fixtures';

describe('scraped text', () => {
	it('reads the escapes \\r\\n and HTML entities as the text they stand for, with offsets kept', () => {
		const src = '各位代表：\\r\\n&nbsp;\\r\\n一、2022年工作回顾\\r\\n全县地区生产总值增长6%。';
		const n = normalize(src);
		expect(n.text).toBe('各位代表：\n \n一、2022年工作回顾\n全县地区生产总值增长6%。');
		const at = n.text.indexOf('增长6%');
		expect(src.slice(n.toOriginal(at), n.toOriginal(at + 4))).toBe('增长6%');
		expect(normalize('城乡&ldquo;两个&rdquo;&#8220;统筹&#x201d;').text).toBe('城乡“两个”“统筹”');
	});
	it('drops characters the scraper lost (????) and the page chrome above the report', () => {
		const src = [
			'工作报告',
			'某某县2021年政府工作报告',
			'时间：2023-03-30????\t\t作者：某网????\t\t来源：政府官网????\t\t阅读：',
			'175',
			'评论：',
			'0',
			'内容摘要：',
			'政 府 工 作 报 告——2021年2月5日在某某县第十届人民代表大会第五次会议上各位代表：现在，我代表......',
			'政 府 工 作 报 告',
			'——2021年2月5日在某某县第十届人民代表大会第五次会议上',
			'某某县人民政府县长?? ?? 王?? 明'
		].join('\n');
		expect(normalize(src).text).toBe(
			[
				'工作报告',
				'某某县2021年政府工作报告',
				'政府工作报告',
				'——2021年2月5日在某某县第十届人民代表大会第五次会议上',
				'某某县人民政府县长  王明'
			].join('\n')
		);
	});
	it('keeps a line of fields that is not at the top of the page', () => {
		const body =
			'一、2022年工作回顾\n' + '过去一年，全县经济稳中向好。\n'.repeat(30) + '时间：全年\n';
		expect(normalize(body).text).toContain('时间：全年');
	});
	it('joins figures broken by spaces in a text that pads its figures with spaces', () => {
		const padded = '全县生产总值完成 119.8 亿元，增长 8 %。'.repeat(12);
		expect(normalize(padded + '工业增加值完成40.8 2 亿元，2 016 年').text).toContain(
			'工业增加值完成40.82亿元，2016年'
		);
		// figures side by side in a text that does not pad them stay apart
		expect(normalize('推进“1 10 100”工程').text).toBe('推进“1 10 100”工程');
	});
	it('reads a one-line scraped report as the report', () => {
		const x = extract(
			'各位代表：\\r\\n现在，我代表某某县人民政府向大会作工作报告，请予审议。\\r\\n&nbsp;\\r\\n一、2022年工作回顾\\r\\n&nbsp;\\r\\n2022年是极不平凡的一年。预计全年地区生产总值增长6%，固定资产投资增长10%。\\r\\n二、2023年工作安排\\r\\n'
		);
		expect(meta(x)).toEqual(['某某县', 'work_report', 2022, 2023]);
		expect(outcomes(x)).toEqual([
			[2022, 'gdp', 'growth', 6, null, true],
			[2022, 'fixed_asset_investment', 'growth', 10, null, true]
		]);
	});
});
