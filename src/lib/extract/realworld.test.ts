/**
 * Phrasings met in real reports of other provinces and layouts (scraped pages, annual plans,
 * bulletins, news of a session). Every text here is written for the test, not copied.
 */
import { describe, it, expect } from 'vitest';
import { extract } from './index';
import { normalize } from './normalize';
import { findRegion } from './region';
import { matchIndicator } from './indicators';
import { parseSentence } from './measures';
import { detectMeta } from './sections';
import { headline, meta, outcomes, tasks } from './styles.fixtures';

const code = (name: string) => matchIndicator(name)?.code ?? null;
const items = (s: string) =>
	parseSentence(s, { keepOther: true }).map((m) => [m.indicator, m.metric, m.value]);

describe('region as the title or subtitle names it', () => {
	it('reads a one-character county (叶县, 莒县), not a word for a county', () => {
		expect(findRegion('——2024年1月5日在梁县第九届人民代表大会第二次会议上').region).toBe('梁县');
		expect(findRegion('2023年沛县国民经济和社会发展统计公报').region).toBe('沛县');
		expect(findRegion('2023年全县地区生产总值增长5%').region).toBe(null);
		expect(findRegion('2021年末全县户籍总人口为50万人').region).toBe(null);
	});
	it('drops the verbs before the name (现将…, 关于下达…, 向大会报告…)', () => {
		expect(
			findRegion('受县人民政府委托，现将青禾县2023年国民经济和社会发展计划执行情况报告如下').region
		).toBe('青禾县');
		expect(
			findRegion('某政发〔2024〕2号 关于下达青禾县2024年国民经济和社会发展计划的通知').region
		).toBe('青禾县');
		expect(
			findRegion('向大会书面报告宁州市白塔区2023年国民经济和社会发展计划执行情况').region
		).toBe('白塔区');
	});
	it('reads the name before 第N届 when 人民代表大会 is on the next line', () => {
		expect(findRegion('——2025年2月20日在石门县第十七届\n人民代表大会第五次会议上').region).toBe(
			'石门县'
		);
	});
	it('does not take the session number for a name (代表十八届县人民政府)', () => {
		expect(findRegion('现在，我代表十八届县人民政府，向大会报告工作').region).toBe(null);
	});
});

describe('scraped text: ASCII commas, wrapped lines, a space before %', () => {
	it('joins a line broken inside a list of figures written with ASCII commas', () => {
		expect(normalize('固定资产投资、社会消费品零售总额分别增长5.1%、6.2%和\n7.3%。').text).toBe(
			'固定资产投资、社会消费品零售总额分别增长5.1%、6.2%和7.3%。'
		);
		expect(normalize('一年来,地区生产总值增长6.1%,固定资产投资\n完成22亿元。').text).toBe(
			'一年来,地区生产总值增长6.1%,固定资产投资完成22亿元。'
		);
	});
	it('drops a space between a figure and its percent sign, and around a decimal point', () => {
		expect(normalize('比增8.5 %').text).toBe('比增8.5%');
		expect(normalize('增长7 . 5%左右').text).toBe('增长7.5%左右');
	});
});

describe('names of catalogue indicators as written', () => {
	it('reads the variants', () => {
		expect(code('地方生产总值')).toBe('gdp');
		expect(code('社会消费品零售')).toBe('retail_sales');
		expect(code('本级一般公共预算收入')).toBe('budget_revenue');
		expect(code('一般财政公共预算收入')).toBe('budget_revenue');
		expect(code('公共预算收入')).toBe('budget_revenue');
		expect(code('进出口贸易总额')).toBe('import_export');
		expect(code('规模以上工业企业增加值')).toBe('industrial_va');
		expect(matchIndicator('限额以上固定资产投资')).toEqual({
			code: 'fixed_asset_investment',
			scope: '限额以上'
		});
		expect(code('牧区常住居民人均可支配收入')).toBe('rural_income');
		expect(code('粮食生产面积')).toBe('grain_area');
		expect(code('能耗强度降低')).toBe('energy_intensity');
		expect(code('经济')).toBe('gdp');
		expect(code('民营经济')).toBe(null);
	});
	it('takes the indicator of a threshold written in words for the figure after it', () => {
		expect(items('预计全县地区生产总值突破百亿元，达到103.5亿元，增长6.2%')).toEqual([
			['gdp', 'level', 103.5],
			['gdp', 'growth', 6.2]
		]);
	});
	it('reads a colon after a figure with its unit as punctuation, not a ratio', () => {
		expect(items('一般公共预算收入完成8.6亿元：预计全年完成9亿元')).toEqual([
			['budget_revenue', 'level', 8.6],
			['budget_revenue', 'level', 9]
		]);
		expect(items('三次产业结构为12:40:48')).toEqual([]);
	});
	it('reads 比增 as a growth', () => {
		expect(items('固定资产投资52.3亿元，比增11.4%')).toEqual([
			['fixed_asset_investment', 'level', 52.3],
			['fixed_asset_investment', 'growth', 11.4]
		]);
	});
	it('reads the counterpart after 和 (一般公共预算收入和支出)', () => {
		expect(items('一般公共预算收入和支出分别达3.2亿元、15.6亿元')).toEqual([
			['budget_revenue', 'level', 3.2],
			['other', 'level', 15.6]
		]);
	});
	it('reads an indicator named with its target (地区生产总值预期目标增长7%)', () => {
		expect(items('地区生产总值预期目标增长7%')).toEqual([['gdp', 'growth', 7]]);
	});
});

describe('figures that are not the indicator’s', () => {
	it('skips a completion ratio with the planned amount in it', () => {
		expect(items('地区生产总值210亿元，完成年计划230亿元的91.3%，增长3.4%')).toEqual([
			['gdp', 'level', 210],
			['gdp', 'growth', 3.4]
		]);
	});
	it('skips the overshoot of the year’s task', () => {
		expect(items('固定资产投资完成26亿元，超额完成年度任务1.5亿元，增长9.2%')).toEqual([
			['fixed_asset_investment', 'level', 26],
			['fixed_asset_investment', 'growth', 9.2]
		]);
	});
	it('ends a 其中 part that is a quantity of its own (其中城镇人口…)', () => {
		const r = parseSentence(
			'年末常住人口40.2万人，其中城镇人口18.1万人，常住人口城镇化率为45.02%',
			{ keepOther: true }
		);
		expect(
			r.filter((m) => m.indicator !== 'other').map((m) => [m.indicator, m.metric, m.value])
		).toEqual([['urbanization_rate', 'rate', 45.02]]);
	});
});

describe('review: results stated in other ways', () => {
	it('reads the region’s own name before the indicator and the results beside a plan figure', () => {
		const x =
			extract(`关于青禾县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告
一、2023年国民经济和社会发展计划执行情况
初步预计，青禾地区生产总值180亿元，完成年计划195亿元的92.3%（主要是工业未达预期目标），增长3.6%。其中，第一产业增加值21亿元，完成年计划21亿元的100%，增长3.9%。
二、2024年计划草案`);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 180, null, true],
			[2023, 'gdp', 'growth', 3.6, null, true],
			[2023, 'primary_va', 'level', 21, null, false],
			[2023, 'primary_va', 'growth', 3.9, null, false]
		]);
	});
	it('reads a target : result dash list (targets of the review year, results after the colon)', () => {
		const x =
			extract(`关于白塔区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告
一、2023年国民经济和社会发展计划执行情况
——全年地区生产总值预期目标增长6%：预计全年实现增长5.8%左右。
——全社会固定资产投资完成210亿元：预计全年完成225亿元左右。
——城镇居民人均可支配收入计划与经济保持同步增长：预计与经济增长同步。
二、2024年国民经济和社会发展计划`);
		expect(headline(x)).toEqual([
			[2023, 'gdp', 'growth', '=', 6, null, null],
			[2023, 'fixed_asset_investment', 'level', '=', 210, null, null],
			[2023, 'urban_income', 'relative', '=', null, null, 'gdp']
		]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'growth', 5.8, null, true],
			[2023, 'fixed_asset_investment', 'level', 225, null, true]
		]);
	});
	it('leaves out figures of another year heading the sentence, with its parts after ；', () => {
		const x = extract(`2024年沙河县国民经济和社会发展统计公报
一、综合
初步核算，全年全县生产总值120.5亿元，增长5.1%。
2023年经济普查修订结果：生产总值118.2亿元，其中：第一产业增加值20.1亿元；第二产业增加值35.3亿元。`);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'level', 120.5, null, false],
			[2024, 'gdp', 'growth', 5.1, null, false]
		]);
	});
	it('starts the review at a summary of the year put before the first heading', () => {
		const x = extract(`关于全县2022年国民经济和社会发展计划执行情况及2023年计划草案的报告
各位代表：
2022年，全县地区生产总值同比增长4.6%；固定资产投资完成12.3亿元，同比增长18.2%；城镇居民人均可支配收入同比增长4.1%。
一、2022年国民经济和社会发展计划执行情况
（一）农业稳定发展`);
		expect(outcomes(x)).toEqual([
			[2022, 'gdp', 'growth', 4.6, null, false],
			[2022, 'fixed_asset_investment', 'level', 12.3, null, false],
			[2022, 'fixed_asset_investment', 'growth', 18.2, null, false],
			[2022, 'urban_income', 'growth', 4.1, null, false]
		]);
	});
	it('does not read a commitment opened by 力争 as a result', () => {
		const x = extract(
			`2023年，该县先后获评多项荣誉。2024年，该县力争实现地区生产总值增长9%以上，固定资产投资增长12%以上。`
		);
		expect(x.outcomes).toEqual([]);
	});
});

describe('plan documents and texts that open in the plan part', () => {
	it('reads the annual plan itself: plan year from the title, no review year unless named', () => {
		expect(detectMeta('青禾县2024年国民经济和社会发展计划\n一、总体要求')).toEqual({
			documentType: 'plan_report',
			reviewYear: null,
			planYear: 2024
		});
		expect(
			detectMeta('宁州市2024年国民经济和社会发展计划\n一、2023年国民经济和社会发展计划执行情况')
		).toEqual({
			documentType: 'plan_report',
			reviewYear: 2023,
			planYear: 2024
		});
	});
	it('reads the targets under a heading of their own (二、经济社会发展预期目标)', () => {
		const x = extract(`青禾县2024年国民经济和社会发展计划
一、经济社会发展总体要求
全年工作要坚持稳中求进。
二、经济社会发展预期目标
地区生产总值增长 6%，固定资产投资增长 7%；城乡居民人均可支配收入分别增长 6%和 8%；主要污染物排放控制在市定目标范围内。
三、经济社会发展主要任务`);
		expect(meta(x)).toEqual(['青禾县', 'plan_report', null, 2024]);
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '=', 6, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 7, null, null],
			[2024, 'urban_income', 'growth', '=', 6, null, null],
			[2024, 'rural_income', 'growth', '=', 8, null, null],
			// 主要污染物排放控制在市定目标范围内
			[2024, 'other', 'qualitative', '=', null, null, null]
		]);
	});
	it('reads a targets passage put before the heading of the year’s work', () => {
		const x =
			extract(`今年经济社会发展主要预期目标是：全县地区生产总值增长7%左右，一般公共预算收入增长6%左右，城镇调查失业率控制在5.5%以内。
三、2025年主要工作安排
（一）保障粮食安全。粮食播种面积稳定在12万亩以上，新建高标准农田0.8万亩。力争实现30%的村集体年收入超20万元。`);
		expect(meta(x)).toEqual([null, 'work_report', null, 2025]);
		expect(headline(x)).toEqual([
			[2025, 'gdp', 'growth', '~', 7, null, null],
			[2025, 'budget_revenue', 'growth', '~', 6, null, null],
			[2025, 'unemployment_rate', 'rate', '<=', 5.5, null, null]
		]);
		expect(tasks(x)).toEqual([
			['grain_area', 'level', '>=', 12, '万亩'],
			['other', 'level', '=', 0.8, '万亩']
		]);
	});
	it('reads a news report of a session: the year named before the targets is planned', () => {
		const x = extract(`1月8日，白塔区第十届人民代表大会第四次会议召开。
2025年是“十四五”规划的收官之年。
经济社会发展主要预期目标是：地区生产总值增长6%以上，规模以上工业增加值增长8%以上，城乡居民人均可支配收入分别增长5%、6%以上。完成能耗强度降低和煤炭消费压减任务。`);
		expect([x.reviewYear, x.planYear]).toEqual([null, 2025]);
		expect(headline(x)).toEqual([
			[2025, 'gdp', 'growth', '>=', 6, null, null],
			[2025, 'industrial_va', 'growth', '>=', 8, null, null],
			[2025, 'urban_income', 'growth', '>=', 5, null, null],
			[2025, 'rural_income', 'growth', '>=', 6, null, null],
			[2025, 'energy_intensity', 'qualitative', '=', null, null, null],
			[2025, 'other', 'qualitative', '=', null, null, null]
		]);
		expect(x.outcomes).toEqual([]);
	});
	it('reads the plan year of a session report headed 政府工作报告 from the year of its targets', () => {
		const x = extract(`白塔区政府工作报告要点
2月3日，白塔区第十届人民代表大会第五次会议开幕，区长作政府工作报告。
报告提出，2025年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业1.2万人以上；完成市下达的节能减排降碳约束性指标和环境质量改善目标。`);
		expect(meta(x)).toEqual(['白塔区', 'work_report', null, 2025]);
		expect(headline(x)).toEqual([
			[2025, 'gdp', 'growth', '~', 6, null, null],
			[2025, 'new_urban_jobs', 'level', '>=', 1.2, null, null],
			[2025, 'other', 'qualitative', '=', null, null, null],
			[2025, 'other', 'qualitative', '=', null, null, null]
		]);
	});
	it('reads a qualitative target completed as the year’s task, not a generic one', () => {
		const x = extract(`青禾县2024年国民经济和社会发展计划
主要预期目标为：地区生产总值增长6%左右，节能减排约束性指标完成年度任务，确保完成全年各项目标任务。`);
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 6, null, null],
			[2024, 'other', 'qualitative', '=', null, null, null]
		]);
		expect(x.targets[1]!.name).toBe('节能减排约束性指标');
	});
});

describe('bulletins and digests: sectors, parts and changes', () => {
	it('reads the sectors named without 增加值, one by one or as a list', () => {
		expect(items('第一产业完成12.5亿元，增长3.1%')).toEqual([
			['primary_va', 'level', 12.5],
			['primary_va', 'growth', 3.1]
		]);
		expect(
			items('其中一、二、三产业分别实现20.1亿元、30.2亿元、40.3亿元，分别增长2.1%、3.2%、4.3%').map(
				(r) => r[0]
			)
		).toEqual([
			'primary_va',
			'secondary_va',
			'tertiary_va',
			'primary_va',
			'secondary_va',
			'tertiary_va'
		]);
		expect(items('第二产业增长7.5%达55.2亿元')).toEqual([
			['secondary_va', 'growth', 7.5],
			['secondary_va', 'level', 55.2]
		]);
	});
	it('reads more names as written', () => {
		expect(items('地区生产总值(现价)88.2亿元，按不变价计算增长4.5%')).toEqual([
			['gdp', 'level', 88.2],
			['gdp', 'growth', 4.5]
		]);
		expect(code('地方税收收入')).toBe('tax_revenue');
		expect(matchIndicator('规模以上固定资产投资')).toEqual({
			code: 'fixed_asset_investment',
			scope: '规模以上'
		});
		expect(items('国民经济全年实现地区生产总值120.3亿元')).toEqual([['gdp', 'level', 120.3]]);
	});
	it('keeps a catalogue indicator that is a part of a total of everything (其中粮食…, 其中规模以上…)', () => {
		expect(
			items('全年农作物播种面积80万亩，其中：粮食作物播种面积52.3万亩').filter(
				(r) => r[0] !== 'other'
			)
		).toEqual([['grain_area', 'level', 52.3]]);
		expect(
			items('全年工业增加值增长5.1%，其中规模以上工业增加值增长6.8%').filter(
				(r) => r[0] !== 'other'
			)
		).toEqual([['industrial_va', 'growth', 6.8]]);
		// …but not a part of a total of another scope
		expect(
			items('民营经济增加值60亿元，其中第一产业增加值9亿元').filter((r) => r[0] !== 'other')
		).toEqual([]);
	});
	it('skips the change after a level and the threshold before the exact figure', () => {
		expect(items('粮食播种面积40.5千公顷，增加0.2千公顷，增长0.5%')).toEqual([
			['grain_area', 'level', 40.5],
			['grain_area', 'growth', 0.5]
		]);
		expect(items('地区生产总值突破300亿元大关，达到312亿元，净增20.5亿元，同比增长6.1%')).toEqual([
			['gdp', 'level', 312],
			['gdp', 'growth', 6.1]
		]);
	});
	it('does not join a long paragraph that lacks its final 。 to the next one', () => {
		const long =
			'初步核算，全县生产总值150亿元，按可比价格计算，比上年增长5%。其中第一产业增加值20亿元，增长3%；第二产业增加值60亿元，增长6%；第三产业增加值70亿元，增长5%。人均生产总值52000元。三次产业结构为13.3:40:46.7';
		expect(normalize(`${long}\n全年居民消费价格上涨1.2%。`).text).toBe(
			`${long}\n全年居民消费价格上涨1.2%。`
		);
	});
});

describe('what a text reports on', () => {
	it('reads no results from a review of half a year', () => {
		const x = extract(`关于青禾县2024年上半年国民经济和社会发展计划执行情况的报告
上半年，全县地区生产总值完成40.2亿元，占年计划的45.1%，同比增长5.3%；固定资产投资完成18亿元，同比增长6%。`);
		expect([x.reviewYear, x.planYear]).toEqual([2024, null]);
		expect(x.outcomes).toEqual([]);
	});
	it('reads the years of a news report of the session (回顾了2024年的工作)', () => {
		expect(
			detectMeta(
				'山东白塔县第十届人民代表大会第四次会议开幕\n县长代表县人民政府向大会作政府工作报告。\n报告回顾了2024年的工作。'
			)
		).toMatchObject({ reviewYear: 2024, planYear: 2025 });
		expect(findRegion('山东白塔县第十届人民代表大会第四次会议开幕').region).toBe('白塔县');
	});
	it('does not take a year further in the sentence for the title’s (《政府工作报告》时，对2021年…)', () => {
		expect(
			detectMeta(
				'县长在作《政府工作报告》时，对2021年及本届政府工作作了全面回顾，对2022年的工作作了部署。'
			)
		).toMatchObject({
			reviewYear: 2021,
			planYear: 2022
		});
	});
});
