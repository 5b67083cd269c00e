/**
 * Classes of phrasing and layout that whole real reports force (issue 10), one describe per class.
 * Every text here is written for the test, after the pattern of many reports, not copied from one.
 */
import { describe, it, expect } from 'vitest';
import { extract } from './index';
import { normalize } from './normalize';
import { headline, meta, outcomes } from './styles.fixtures';

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

describe('work reports without the usual title or headings', () => {
	it('takes the years from the session line when there is no title', () => {
		const x = extract(`2013年3月10日在青禾县十五届人民代表大会第二次会议上
青禾县人民政府代县长 王明
各位代表：
现在，我代表青禾县人民政府向大会报告工作，请审议。
一、关于2012年政府工作
2007年以来，全县经济持续增长。2012年完成地方生产总值139.5亿元，同比增长12.1%。`);
		expect(meta(x)).toEqual(['青禾县', 'work_report', 2012, 2013]);
	});
	it('takes a date on a line of its own under the title, not the first year of a history paragraph', () => {
		expect(
			meta(
				extract(`政府工作报告
——在青禾县第十七届人民代表大会第一次会议上
（ 2017年2月26日）
各位代表：
过去五年工作回顾
2012年12月29日，总书记到青禾考察。2013年初，青禾被确定为试点县。`)
			)
		).toEqual(['青禾县', 'work_report', 2016, 2017]);
		expect(
			meta(
				extract(`政府工作报告
2003年4月7日
各位代表：
现在，我代表青禾县人民政府向大会报告工作。
一、过去五年政府工作的简要回顾
1998年以来的五年，全县经济较快发展。`)
			)
		).toEqual(['青禾县', 'work_report', 2002, 2003]);
	});
	it('does not take the date the page was reposted for the session', () => {
		const x = extract(`青禾县2021年政府工作报告
时间：2023年3月30日\t来源：政府官网
各位代表：
一、2020年工作回顾
全县地区生产总值增长5%。`);
		expect(meta(x)).toEqual(['青禾县', 'work_report', 2020, 2021]);
	});
	it('reads the review year of a review heading without a date (关于2014年政府工作)', () => {
		const x = extract(`各位代表：
现在，我代表青禾县人民政府向大会报告工作，请审议。
一、关于2014年政府工作
全县生产总值预计完成160亿元，同比增长6%。`);
		expect(meta(x)).toEqual(['青禾县', 'work_report', 2014, 2015]);
	});
	it('reads a five-year review without date or year headings as ending with its last year', () => {
		const x = extract(`青禾县人民政府县长王明
各位代表：
一、过去五年工作回顾
五年来，全县上下开拓进取，完成了“十二五”预期目标，实现了“十三五”良好开局。2016年，全县生产总值完成119.8亿元，是2011年的1.6倍。`);
		expect(meta(x)).toEqual(['青禾县', 'work_report', 2016, 2017]);
	});
});

describe('regions', () => {
	it('names an autonomous region in full', () => {
		for (const name of ['广西壮族自治区', '宁夏回族自治区', '新疆维吾尔自治区', '内蒙古自治区'])
			expect(
				extract(
					`2026年${name}政府工作报告\n——2026年1月20日在${name}第十四届人民代表大会第五次会议上`
				).region
			).toBe(name);
	});
	it('reads the region after the date of a session line without 在', () => {
		const x = extract('2019年1月29日保定市徐水区第二届人民代表大会第三次会议\n一、2018年工作回顾');
		expect([x.region, x.parentRegion]).toEqual(['徐水区', '保定市']);
	});
	it('takes the county a text names over and over when it never writes its region out', () => {
		const para =
			'全县上下围绕建设和谐武邑，县委县政府带领全县人民，开创武邑发展新局面，武邑特色产业加快发展。\n';
		const x = extract(
			`政府工作报告\n（2013年3月19日）\n各位代表：\n一、2012年工作回顾\n${para.repeat(3)}`
		);
		expect([x.region, x.parentRegion]).toEqual(['武邑县', null]);
		// in the name of its time (the county that became a district), under the prefecture it names
		const old =
			'全县围绕建设保定市清苑新兴工业卫星城，县委县政府带领全县人民，和谐清苑建设，清苑经济加快发展。\n';
		const y = extract(`政府工作报告\n（2008年3月27日）\n一、2007年工作回顾\n${old.repeat(4)}`);
		expect([y.region, y.parentRegion]).toEqual(['清苑县', '保定市']);
	});
	it('guesses no county when no name stands out or the names are ordinary words', () => {
		const x = extract(
			`政府工作报告\n（2013年3月19日）\n一、2012年工作回顾\n${'全县资源合作振兴，新建城区平安惠民。\n'.repeat(10)}`
		);
		expect(x.region).toBeNull();
	});
});

const work = (plan: string) =>
	extract(`青禾县2021年政府工作报告
——2021年1月20日在青禾县第十届人民代表大会第五次会议上
一、2020年工作回顾
过去一年，全县地区生产总值增长5%。
二、2021年工作安排
${plan}`);
const heads = (plan: string) =>
	work(plan)
		.targets.filter((t) => t.headline)
		.map((t) => [t.indicator, t.metric, t.comparator, t.value, t.stretch]);

describe('the first year of a plan period', () => {
	it('reads the targets after 今年是“十四五”开局之年 as the year’s', () => {
		expect(
			heads(
				'今年是“十四五”开局之年，做好今年工作意义重大。经济社会发展主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%。'
			)
		).toEqual([
			['gdp', 'growth', '~', 6, null],
			['budget_revenue', 'growth', '=', 5, null]
		]);
		expect(
			heads(
				'2021年政府工作的总体要求是：坚持稳中求进，确保“十四五”开好局。经济社会发展的主要预期目标是：地区生产总值增长8%；固定资产投资增长10%左右。'
			)
		).toEqual([
			['gdp', 'growth', '=', 8, null],
			['fixed_asset_investment', 'growth', '~', 10, null]
		]);
	});
	it('leaves the targets of the plan period to come out', () => {
		expect(
			heads('“十四五”时期经济社会发展的主要目标是：地区生产总值年均增长6%左右，城镇化率达到60%。')
		).toEqual([]);
		expect(
			heads(
				'今后五年，是全县跨越发展的关键时期。\n奋斗目标是：综合实力实现新跨越。到2025年，地区生产总值达到500亿元，一般公共预算收入达到30亿元。'
			)
		).toEqual([]);
	});
	it('reads a trigger broken across lines (…的\\n主要预期目标\\n是：)', () => {
		expect(
			heads(
				'2021年是“十四五”第一年，开好局起好步十分重要。今年经济社会发展的\n主要预期目标\n是：地区生产总值增长4.5%—5%，在实际工作中争取更好结果；一般公共预算收入增长3%左右。'
			)
		).toEqual([
			['gdp', 'growth', '>=', 4.5, 5],
			['budget_revenue', 'growth', '~', 3, null]
		]);
	});
	it('reads 按增长5%安排 and 继续保持', () => {
		expect(
			heads(
				'今年主要预期目标是：地区生产总值按增长5%安排，在实际工作中努力争取更好结果；粮食产量继续保持10亿斤以上。'
			)
		).toEqual([
			['gdp', 'growth', '=', 5, null],
			['grain_output', 'level', '>=', 10, null]
		]);
	});
});

describe('qualitative items inside a targets passage', () => {
	const qual = (plan: string) =>
		work(`今年主要预期目标是：地区生产总值增长6%；${plan}`)
			.targets.filter((t) => t.headline && t.metric === 'qualitative')
			.map((t) => [t.indicator, t.name]);
	it('reads a state of a measured indicator, one per indicator named', () => {
		expect(qual('粮食产量保持稳定；生态环境质量持续改善；外贸进出口保持正增长。')).toEqual([
			['grain_output', '粮食产量'],
			['other', '生态环境质量'],
			['import_export', '外贸进出口']
		]);
		expect(qual('粮食产量只增不减；农民收入稳步提高。')).toEqual([
			['grain_output', '粮食产量'],
			['rural_income', '农民收入']
		]);
		// not a state of something measured
		expect(qual('经济结构持续优化；营商环境持续改善；进出口促稳提质。')).toEqual([]);
	});
	it('reads a growth compared with a higher region, one per indicator', () => {
		expect(qual('税收收入、社会消费品零售总额增速均快于全省平均。')).toEqual([
			['tax_revenue', '税收收入'],
			['retail_sales', '社会消费品零售总额']
		]);
	});
	it('reads the tasks set from above, however they are worded', () => {
		expect(
			qual(
				'能耗及排放等约束指标完成市定任务；其他约束性指标确保完成省定、市定任务；按照国家要求完成节能减排降碳任务；单位地区生产总值二氧化碳排放降低完成国家下达任务；主要污染物排放完成省市目标任务。'
			)
		).toEqual([
			['other', '能耗及排放等约束指标'],
			['other', '其他约束性指标'],
			['other', '节能减排降碳'],
			['other', '单位地区生产总值二氧化碳排放降低'],
			['other', '主要污染物排放']
		]);
		expect(
			qual('节能减排相关约束性指标达到核定标准；其他约束性指标完成市核任务；水质达到标准。')
		).toEqual([
			['other', '节能减排相关约束性指标'],
			['other', '其他约束性指标']
		]);
	});
	it('reads a group of indicators qualified together as one (反映…和…的各项约束性指标)', () => {
		expect(qual('反映资源节约和环境质量的各项约束性指标不折不扣完成国家下达任务。')).toEqual([
			['other', '反映资源节约和环境质量的各项约束性指标']
		]);
	});
	it('gives a bare 确保完成市定任务 the indicators the clause before it names', () => {
		expect(qual('实际利用外资、外贸进出口和其他约束性指标，确保完成市定任务。')).toEqual([
			['other', '实际利用外资'],
			['import_export', '外贸进出口'],
			['other', '其他约束性指标']
		]);
	});
});

describe('five-year reviews at the end of a plan period', () => {
	const review = (body: string) =>
		outcomes(
			extract(`2021年青禾县政府工作报告
——2021年1月20日在青禾县第十届人民代表大会第五次会议上
一、“十三五”时期和2020年工作回顾
${body}
二、2021年工作安排`)
		);
	it('reads two dated levels of a change from one year to another', () => {
		expect(review('五年来，地区生产总值由2015年的812亿元增加到2020年的1105亿元。')).toEqual([
			[2015, 'gdp', 'level', 812, null, false],
			[2020, 'gdp', 'level', 1105, null, false]
		]);
	});
	it('reads the end level of a change without years as the last year’s, and not its start', () => {
		expect(
			review(
				'“十三五”时期是极不平凡的五年。\n——财政实力增强。一般公共预算收入从7248亿元提高到8865亿元。'
			)
		).toEqual([[2020, 'budget_revenue', 'level', 8865, null, false]]);
	});
	it('takes no growth, change, sum or average of the five years for one year’s outcome', () => {
		expect(
			review(
				'“十三五”时期是极不平凡的五年。\n——经济实力跃升。地区生产总值达到1105亿元，年均增长6.2%；五年累计完成投资2600亿元；城镇新增就业5.2万人；全省贷款余额130亿元，增长83%；常住人口城镇化率61.6%、提高5.1个百分点。'
			)
		).toEqual([
			[2020, 'gdp', 'level', 1105, null, false],
			[2020, 'loans', 'level', 130, null, false],
			[2020, 'urbanization_rate', 'rate', 61.6, null, false]
		]);
	});
	it('reads the end of a change from a dated start, and no sum in a comparison of years', () => {
		expect(
			review(
				'一、过去五年工作回顾\n2020年与2015年相比，全县生产总值从2015年的87.55亿元增长到118.32亿元，年均增长5.02%；累计完成固定资产投资43.79亿元。'
			)
		).toEqual([
			[2015, 'gdp', 'level', 87.55, null, false],
			[2020, 'gdp', 'level', 118.32, null, false]
		]);
	});
	it('takes no change since the end of the last plan or an earlier year, and no level held through the years', () => {
		expect(
			review(
				'“十三五”时期是极不平凡的五年。\n——经济实力跃升。全部财政收入达到15.9亿元，其中一般公共预算收入完成8.89亿元，比“十二五”末分别增长52.4%、76.8%；城镇居民人均可支配收入达到3万元，比2015年增长40%；粮食总产量稳定在55亿斤左右。'
			)
		).toEqual([
			[2020, 'budget_revenue', 'level', 8.89, null, false],
			[2020, 'urban_income', 'level', 3, null, false]
		]);
	});
	it('reads the end of a change from a part of the year (从上半年5.5%降到5.3%)', () => {
		expect(review('2020年，城镇调查失业率从上半年5.5%降到5.3%。')).toEqual([
			[2020, 'unemployment_rate', 'rate', 5.3, null, false]
		]);
	});
	it('gives the figures after a dated start of something else their own name (…由2012年的44.45亿元增长到103.75亿元)', () => {
		expect(
			review(
				'2020年，农村居民人均可支配收入由2012年的3262元增长到2020年的9800元，居民储蓄存款余额由2012年的44.45亿元增长到103.75亿元。'
			)
		).toEqual([
			[2012, 'rural_income', 'level', 3262, null, false],
			[2020, 'rural_income', 'level', 9800, null, false]
		]);
	});
	it('drops a bound that an exact figure of the same year meets (跃上500亿斤台阶 and 515.6亿斤)', () => {
		expect(
			review(
				'“十三五”时期是极不平凡的五年。\n——粮食产量跃上50亿斤台阶，地区生产总值突破3万亿元。\n刚刚过去的2020年，粮食产量51.56亿斤，地区生产总值32765亿元，城镇调查失业率5.2%，控制在5.5%以内。'
			)
		).toEqual([
			[2020, 'grain_output', 'level', 51.56, null, false],
			[2020, 'gdp', 'level', 32765, null, false],
			[2020, 'unemployment_rate', 'rate', 5.2, null, false]
		]);
	});
	it('reads the year again after the five years (刚刚过去的2020年…)', () => {
		expect(
			review(
				'五年来，地区生产总值年均增长6%。\n刚刚过去的2020年，地区生产总值增长3.5%，城镇新增就业5200人。'
			)
		).toEqual([
			[2020, 'gdp', 'growth', 3.5, null, false],
			[2020, 'new_urban_jobs', 'level', 5200, null, false]
		]);
	});
	it('reads a level passed written in characters as one of its magnitude (突破万亿元)', () => {
		expect(
			review(
				'刚刚过去的2020年，旅游综合收入突破万亿元，产业迈入万亿级规模；地区生产总值突破千亿元，达1082亿元。'
			)
		).toEqual([
			[2020, 'tourism_revenue', 'level', 1, '>=', false],
			[2020, 'gdp', 'level', 1082, null, false]
		]);
	});
	it('passes the milestones crossed (迈上…台阶, 首次突破…) to the exact figure', () => {
		expect(
			review(
				'刚刚过去的2020年，地区生产总值连续迈上4个百亿元台阶、达412亿元；农村居民人均可支配收入首次突破2万元、达到20793元。'
			)
		).toEqual([
			[2020, 'gdp', 'level', 412, null, false],
			[2020, 'rural_income', 'level', 20793, null, false]
		]);
	});
});

describe('names as old and new reports write them', () => {
	const named = (s: string) =>
		outcomes(
			extract(
				`青禾县2010年政府工作报告\n——2010年1月20日在青禾县第十届人民代表大会第五次会议上\n一、2009年工作回顾\n${s}\n二、2010年工作安排`
			)
		).map((o) => [o[1], o[2], o[3]]);
	it('reads the catalogue aliases and scopes', () => {
		expect(
			named(
				'农民人均纯收入达到3477元；入统工业完成增加值4亿元；一般公共财政预算收入1.06亿元，可比增长13%；城镇以上投资27亿元；新增城镇就业岗位1420个；服务业增加值增长5.8%；区本级一般公共预算收入增长4%；万元GDP综合能耗下降3%。'
			)
		).toEqual([
			['rural_income', 'level', 3477],
			['industrial_va', 'level', 4],
			['budget_revenue', 'level', 1.06],
			['budget_revenue', 'growth', 13],
			['fixed_asset_investment', 'level', 27],
			['new_urban_jobs', 'level', 1420],
			['tertiary_va', 'growth', 5.8],
			['budget_revenue', 'growth', 4],
			['energy_intensity', 'growth', -3]
		]);
	});
	it('reads a bare name after an indicator as that indicator’s (总额, 增加值, 税收)', () => {
		expect(
			named(
				'外贸进出口增长8.4%，总额突破80亿元；规模以上工业企业达76家、增加值增长3%；税收增长3.9%。'
			)
		).toEqual([
			['import_export', 'growth', 8.4],
			['import_export', 'level', 80],
			['industrial_va', 'growth', 3],
			['tax_revenue', 'growth', 3.9]
		]);
		// …or of the sector its sentence opens with
		expect(
			named('服务业支撑力持续增强，新增入统服务业企业1家、批零企业6家，预计完成增加值72.3亿元。')
		).toEqual([['tertiary_va', 'level', 72.3]]);
		expect(named('新上项目12个、批零企业6家，完成增加值7亿元。')).toEqual([]);
		// …but 税收 after something else is that thing's (烤烟…完成税收)
		expect(named('烤烟收购8.7万担，完成税收3676.9万元。')).toEqual([]);
	});
	it('reads 分别 with one figure as the figure of each name', () => {
		expect(named('城乡居民人均可支配收入分别增长8.5%左右。')).toEqual([
			['urban_income', 'growth', 8.5],
			['rural_income', 'growth', 8.5]
		]);
	});
	it('reads one growth of a list of measured indicators as each one’s, not of a list of other things', () => {
		expect(named('全部财政收入和一般预算收入增长17%以上。')).toEqual([
			['budget_revenue', 'growth', 17]
		]);
		expect(named('甲项目、乙项目和丙项目等增长20%。')).toEqual([]);
	});
	it('completes a bare last name with the head of the first (规上工业产值和增加值)', () => {
		expect(named('规上工业产值和增加值分别增长12%、10%。')).toEqual([
			['industrial_output', 'growth', 12],
			['industrial_va', 'growth', 10]
		]);
	});
	it('reads the indicator after a heading run into the sentence (…稳步增强全年地区生产总值…)', () => {
		expect(named('（一）经济实力稳步增强全年地区生产总值完成120亿元，增长8%。')).toEqual([
			['gdp', 'level', 120],
			['gdp', 'growth', 8]
		]);
		expect(named('全域旅游人次达到300万。')).toEqual([['tourism_visitors', 'level', 300]]);
	});
	it('reads a level after 其中 under growths of the same indicators as a result of its own', () => {
		expect(named('城乡居民收入分别增长9%、10%，其中农村居民人均可支配收入达到20793元。')).toEqual([
			['urban_income', 'growth', 9],
			['rural_income', 'growth', 10],
			['rural_income', 'level', 20793]
		]);
	});
	it('reads 存贷款余额 under the prefixes of its parts (银行机构本外币…)', () => {
		expect(named('银行机构本外币存贷款余额分别达38.7亿元、29.9亿元。')).toEqual([
			['deposits', 'level', 38.7],
			['loans', 'level', 29.9]
		]);
	});
	it('reads a list of figures a scraper spaced out (分别增长10.4%、 12.5%)', () => {
		expect(named('城镇、农村居民人均可支配收入分别增长10.4%、 12.5%。')).toEqual([
			['urban_income', 'growth', 10.4],
			['rural_income', 'growth', 12.5]
		]);
	});
	it('reads 城乡居民人均可支配收入 with one figure as the all-residents figure', () => {
		expect(named('城乡居民人均可支配收入增长7%。')).toEqual([['resident_income', 'growth', 7]]);
		expect(named('城乡居民人均可支配收入分别增长6%、8%。')).toEqual([
			['urban_income', 'growth', 6],
			['rural_income', 'growth', 8]
		]);
	});
});

describe('figures that are not the region’s or not the year’s', () => {
	const review = (body: string) =>
		outcomes(
			extract(
				`青禾县2023年政府工作报告\n——2023年1月10日在青禾县第十届人民代表大会第二次会议上\n一、2022年工作回顾\n${body}\n二、2023年工作安排`
			)
		).map((o) => [o[1], o[2], o[3]]);
	it('leaves out the figures of a part of the region (开发区, 园区) or of a wider area, to the end of the sentence', () => {
		expect(
			review(
				'开发区主营业务收入达到183亿元，同比增长39%；固定资产投资实现翻番，税收收入增速超过50%。全县地区生产总值增长6%。'
			)
		).toEqual([['gdp', 'growth', 6]]);
		expect(review('预计园区主营业务、税收收入分别完成120亿元、4.3亿元。')).toEqual([]);
		expect(review('成渝地区双城经济圈建设走深走实，经济总量超9万亿元。')).toEqual([]);
	});
	it('leaves out the figures of an industrial park named at the head of a sentence', () => {
		expect(
			review(
				'工业园区建设提速，新入驻企业12家，税收收入增长9%。产业园区加快发展，规上工业增加值增长15%。全县社会消费品零售总额增长6%。'
			)
		).toEqual([['retail_sales', 'growth', 6]]);
	});
	it('leaves out the figures of the counties (县域) in a province’s report, not in a county’s', () => {
		const x = extract(
			'青禾省2026年政府工作报告\n——2026年1月20日在青禾省第十四届人民代表大会第五次会议上\n一、2025年工作回顾\n地区生产总值增长5.1%。县域经济增长5.5%以上。\n二、2026年工作安排'
		);
		expect(outcomes(x).map((o) => [o[1], o[3]])).toEqual([['gdp', 5.1]]);
		expect(review('县域经济增长5.5%。')).toEqual([['gdp', 'growth', 5.5]]);
	});
	it('takes no ratio to a wider region for a figure of the region (分别约为全国平均的70%、60%)', () => {
		expect(
			review(
				'地区生产总值增长6%，单位地区生产总值能耗、主要污染物排放强度分别约为全国平均的70%、60%。'
			)
		).toEqual([['gdp', 'growth', 6]]);
	});
	it('reads the growth on a base in brackets as the growth alone', () => {
		expect(review('一般公共预算收入在去年市核任务（5.55亿元）的基础上增长8.1%。')).toEqual([
			['budget_revenue', 'growth', 8.1]
		]);
	});
	it('takes no averages or growths over several years (年均分别, 5年增长)', () => {
		expect(
			review(
				'一般公共预算收入、税收收入年均分别增长4.5%、3%；常住人口城镇化率达到67.5%、5年提高4.5个百分点。'
			)
		).toEqual([['urbanization_rate', 'rate', 67.5]]);
	});
	it('reads a review of five years opened after a sentence about the year (2022年是“十三五”收官之年。五年来…)', () => {
		expect(
			review(
				'全县地区生产总值增长6%。\n各位代表！2022年是“十四五”开局以来的关键一年。五年来，我们砥砺奋进。\n——经济实力跃升。居民人均可支配收入增长34.3%，一般公共预算收入累计完成37亿元，常住人口城镇化率达到67.5%。'
			)
		).toEqual([
			['gdp', 'growth', 6],
			['urbanization_rate', 'rate', 67.5]
		]);
	});
	it('reads a percent sign written as _M_M_ by a scraper', () => {
		expect(normalize('增长12_M_M_以上').text).toBe('增长12%以上');
	});
});

describe('other words for the targets passage', () => {
	it('reads 预定目标是 and 发展的目标是 as the trigger of the year’s targets', () => {
		expect(
			heads(
				'今年全县经济社会发展的总体要求是：稳中求进。预定目标是：地方生产总值增长12%，固定资产投资增长30%。'
			)
		).toEqual([
			['gdp', 'growth', '=', 12, null],
			['fixed_asset_investment', 'growth', '=', 30, null]
		]);
		expect(
			heads('今年全县经济社会发展的目标是：地区生产总值增长6%，一般公共预算收入增长5%。')
		).toEqual([
			['gdp', 'growth', '=', 6, null],
			['budget_revenue', 'growth', '=', 5, null]
		]);
		// …but not a vision of the years to come
		expect(
			heads('全县经济社会发展的远景目标是：地区生产总值达到500亿元，城镇化率达到60%。')
		).toEqual([]);
	});
	it('reads a rate of its own (人口自然增长率) as a rate', () => {
		expect(heads('主要预期目标是：地区生产总值增长6%，人口自然增长率控制在7‰以内。')).toEqual([
			['gdp', 'growth', '=', 6, null],
			['other', 'rate', '<=', 7, null]
		]);
	});
});

describe('news about a report', () => {
	const news = `🔥重磅！青禾县政府工作报告来了👇
来源：青禾发布 2024-01-12 08:30
1月11日上午，青禾县第十八届人民代表大会第三次会议隆重开幕。县长王明代表县人民政府作政府工作报告。
报告回顾了过去一年的工作。过去一年，全县地区生产总值增长5.8%，一般公共预算收入完成12.3亿元、增长6.1%📈。
1️⃣报告提出，今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长10%以上。`;
	it('reads 今年 and 去年 from the date of the page, and says so', () => {
		const x = extract(news);
		expect(meta(x)).toEqual(['青禾县', 'work_report', 2023, 2024]);
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 6, null, null],
			[2024, 'fixed_asset_investment', 'growth', '>=', 10, null, null]
		]);
		expect(outcomes(x).map((o) => [o[0], o[1], o[2], o[3]])).toEqual([
			[2023, 'gdp', 'growth', 5.8],
			[2023, 'budget_revenue', 'level', 12.3],
			[2023, 'budget_revenue', 'growth', 6.1]
		]);
		const reason = '年份由页面日期（2024年1月）推定：“今年”为2024年';
		expect(x.questions).toEqual([
			{ field: 'reviewYear', candidates: [2023], reason },
			{ field: 'planYear', candidates: [2024], reason }
		]);
		expect(x.targets[0]!.guesses).toEqual([reason]);
	});
	it('reads the targets of 报告提出…指标体系安排', () => {
		expect(
			heads(
				'报告提出了今年经济社会发展主要指标体系安排：地区生产总值增长6%，城镇调查失业率5.5%左右。'
			)
		).toEqual([
			['gdp', 'growth', '=', 6, null],
			['unemployment_rate', 'rate', '~', 5.5, null]
		]);
	});
});

describe('what the editor is told', () => {
	it('asks for the region when the text does not name one, and offers the county it names most', () => {
		expect(
			extract('2024年政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5%。').questions
		).toEqual([{ field: 'region', candidates: [], reason: '正文未写明地区' }]);
		const para =
			'全县上下围绕建设和谐武邑，县委带领全县人民，开创武邑发展新局面，武邑特色产业加快发展。\n';
		const x = extract(`政府工作报告\n（2013年3月19日）\n一、2012年工作回顾\n${para.repeat(3)}`);
		expect(x.questions[0]).toMatchObject({ field: 'region', candidates: ['武邑县'] });
	});
	it('notes the readings taken for granted on each item', () => {
		const x = work(
			'今年主要预期目标是：地区生产总值增长6%—7%；农民人均纯收入增长8%；居民收入增长与经济增长同步；粮食产量保持稳定。'
		);
		expect(x.targets.filter((t) => t.headline).map((t) => t.guesses)).toEqual([
			['区间目标：取下限6，上限7记为力争数'],
			['别名：农民人均纯收入 → 农村居民人均可支配收入（2014年以前的口径）'],
			['相对目标：与经济增长比较'],
			['定性目标']
		]);
		expect(x.outcomes[0]!.guesses).toEqual([]);
	});
});

describe('the glossary at the end', () => {
	it('reads no commitments or results from 名词解释 or 注释, nor from definitions', () => {
		const x = work(`今年主要预期目标是：地区生产总值增长6%，固定资产投资增长8%。
全年新建农村公路100公里。“1+3”产业体系指1个主导产业和3个特色产业。
名词解释
1.“五个一批”：是指谋划一批、签约一批、开工一批、投产一批、达效一批项目，每批不少于10个。
2.“三个100”：指新增100家企业、100个项目、100亿元投资。`);
		expect(x.targets.map((t) => [t.headline, t.value])).toEqual([
			[true, 6],
			[true, 8],
			[false, 100]
		]);
	});
});
