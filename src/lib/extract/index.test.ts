import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
	extract,
	extractReport,
	normalize,
	NotAReportError,
	toContractJson,
	INDICATORS
} from './index';

const REPORT = `某某县2025年政府工作报告
——2025年1月9日在某某县第十届人民代表大会第四次会议上
一、2024年工作回顾
过去一年，全县地区生产总值预计达到98.6亿元，增长5.2%，增速居全市第4；社会消费品零售总额增长4.8%；城乡居民人均可支配收入分别增长4.1%、6.3%。城镇新增就业3200人。
二、2025年工作安排
今年全县经济社会发展的主要预期目标是：
1.地区生产总值增长6%左右；
2.规模以上工业增加值增长8%以上；
3.一般公共预算收入增长3%、力争5%；
4.城乡居民人均可支配收入增长与经济增长同步；
5.节能减排完成市下达任务。
重点抓好以下工作：新建农村公路120公里，改造老旧小区15个。`;

describe('extract on a work report with a numbered targets list', () => {
	const x = extract(REPORT);
	it('reads region and years', () => {
		expect([x.region, x.documentType, x.reviewYear, x.planYear]).toEqual([
			'某某县',
			'work_report',
			2024,
			2025
		]);
	});
	it('reads every headline target', () => {
		const h = x.targets
			.filter((t) => t.headline)
			.map((t) => [t.indicator, t.metric, t.comparator, t.value, t.stretch, t.relativeTo]);
		expect(h).toEqual([
			['gdp', 'growth', '~', 6, null, null],
			['industrial_va', 'growth', '>=', 8, null, null],
			['budget_revenue', 'growth', '=', 3, 5, null],
			['urban_income', 'relative', '=', null, null, 'gdp'],
			['rural_income', 'relative', '=', null, null, 'gdp'],
			['other', 'qualitative', '=', null, null, null]
		]);
	});
	it('reads tasks as non-headline targets', () => {
		expect(x.targets.filter((t) => !t.headline).map((t) => [t.value, t.unit])).toEqual([
			[120, '公里'],
			[15, '个']
		]);
	});
	it('reads the outcomes of the review year', () => {
		expect(x.outcomes.map((o) => [o.year, o.indicator, o.metric, o.value, o.estimated])).toEqual([
			[2024, 'gdp', 'level', 98.6, true],
			[2024, 'gdp', 'growth', 5.2, true],
			[2024, 'retail_sales', 'growth', 4.8, false],
			[2024, 'urban_income', 'growth', 4.1, false],
			[2024, 'rural_income', 'growth', 6.3, false],
			[2024, 'new_urban_jobs', 'level', 3200, false]
		]);
	});
	it('writes the contract fields, then the editor’s (guesses, questions)', () => {
		const j = toContractJson(x) as {
			targets: Record<string, unknown>[];
			outcomes: Record<string, unknown>[];
		};
		expect(Object.keys(j)).toEqual([
			'region',
			'documentType',
			'reviewYear',
			'planYear',
			'targets',
			'outcomes',
			'questions'
		]);
		expect(j.targets[0]).not.toHaveProperty('span');
		expect(j.targets.find((t) => t.metric === 'qualitative')!.comparator).toBeNull();
	});
});

describe('extractReport', () => {
	it('refuses texts that are not reports', () => {
		expect(() => extractReport('')).toThrow(NotAReportError);
		expect(() => extractReport('hello world 2024')).toThrow(/Chinese/);
		expect(() =>
			extractReport(
				'今天天气很好，我们去公园散步，看到很多花草树木，还有小朋友在玩耍，大家都很开心快乐。'
			)
		).toThrow(NotAReportError);
	});
});

describe('INDICATORS', () => {
	it('lists the catalogue with other last', () => {
		expect(INDICATORS[0]!.code).toBe('gdp');
		expect(INDICATORS[INDICATORS.length - 1]!.code).toBe('other');
		expect(INDICATORS.find((i) => i.code === 'unemployment_rate')!.higherIsBetter).toBe(false);
	});
});

const cjkish = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				...'地区生产总值增长以上左右以内力争分别和、，。；：%万亿元人个家亩吨年月预计完成实现城乡居民人均可支配收入主要预期目标是为——\n一二三'.split(
					''
				)
			),
			fc.integer({ min: 0, max: 9 }).map(String),
			fc.constantFrom(
				'.',
				' ',
				'\t',
				'（',
				'）',
				'2024年',
				'2025年',
				'增长8%',
				'、力争10%',
				'以上',
				'下降3.5%',
				'提高1个百分点'
			)
		),
		{ maxLength: 200 }
	)
	.map((a) => a.join(''));

describe('properties', () => {
	it('never throws, on any string', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), cjkish), (s) => {
				const x = extract(s);
				expect(Array.isArray(x.targets)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
	it('quotes are slices of the normalised text; spans map into the original; values appear in quotes', () => {
		fc.assert(
			fc.property(
				fc.oneof(cjkish, fc.constant(REPORT)),
				fc.string({ maxLength: 20 }),
				(body, noise) => {
					const s = `某某县2025年政府工作报告\n一、2024年工作回顾\n${body}\n二、2025年工作安排\n主要预期目标是：${body}${noise}`;
					const n = normalize(s);
					const x = extract(s);
					for (const it of [...x.targets, ...x.outcomes]) {
						expect(n.text.includes(it.quote)).toBe(true);
						expect(it.span.start).toBeGreaterThanOrEqual(0);
						expect(it.span.end).toBeLessThanOrEqual(s.length);
						expect(it.span.start).toBeLessThanOrEqual(it.span.end);
						for (const v of [it.value, 'stretch' in it ? it.stretch : null]) {
							if (v === null) continue;
							expect(
								it.quote.includes(String(Math.abs(v))) || /[两二三四五六七八九十]/.test(it.quote)
							).toBe(true);
						}
					}
				}
			),
			{ numRuns: 200 }
		);
	});
	it('a quote found at its normalised position maps to a span of the original holding the same figures', () => {
		const s =
			'某某縣2024年政府工作報(bào)告\n一、2023年工作回顧\n全縣地區生產總值增長５．５％。\n二、2024年工作安排\n主要預期目標是：地區生產總值增長６％左右。';
		const n = normalize(s);
		const x = extract(s);
		expect(x.targets.length + x.outcomes.length).toBe(2);
		for (const it of [...x.targets, ...x.outcomes]) {
			const at = n.text.indexOf(it.quote);
			expect(n.text.slice(at, at + it.quote.length)).toBe(it.quote);
			expect(n.toOriginal(at)).toBe(it.span.start);
			expect(normalize(s.slice(it.span.start, it.span.end)).text).toBe(it.quote);
		}
	});
});

describe('targets passage as a list below its heading', () => {
	it('stops at the first heading of the tasks', () => {
		const s = `某某市2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长5%。\n二、2024年工作安排\n今年主要预期目标是：\n（一）地区生产总值增长5.5%左右；\n（二）城镇新增就业1.2万人以上。\n（一）推动工业提质增效。新增规上工业企业20家。`;
		const x = extract(s);
		expect(x.targets.map((t) => [t.indicator, t.value, t.headline])).toEqual([
			['gdp', 5.5, true],
			['new_urban_jobs', 1.2, true],
			['other', 20, false]
		]);
	});
});

describe('annotations after a target', () => {
	it('reads （预期性）/（约束性） as the binding of the target before it', () => {
		const s = `关于某某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n地区生产总值增长5%。\n二、2024年计划草案\n主要预期目标建议为：\n1.地区生产总值增长6%以上（预期性）；\n2.单位地区生产总值能耗降低2.5%（约束性）。`;
		expect(extract(s).targets.map((t) => [t.indicator, t.binding])).toEqual([
			['gdp', 'expected'],
			['energy_intensity', 'binding']
		]);
	});
});
