import { describe, it, expect } from 'vitest';
import { extract } from './index';
import { headline, meta, outcomes, tasks } from './styles.fixtures';

describe('work report: 过去一年 / 今年 headings, one explicit year (the session date)', () => {
	// 分别 over 城镇、农村 with levels then growths; 完成年度目标的102% is a ratio; “十四五”以来…年均/累计 are multi-year
	const x = extract(`盐亭县人民政府工作报告
——2024年1月15日在盐亭县第十九届人民代表大会第四次会议上
盐亭县人民政府县长 王某某
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、过去一年工作回顾
过去一年，全县地区生产总值达到218.6亿元，比上年增长6.8%，增速居全市第3位；规模以上工业增加值同比增长9.2%；全社会固定资产投资增长11.5%；社会消费品零售总额96.3亿元，增长7.4%；一般公共预算收入10.2亿元，同口径增长8.9%，完成年度目标的102%；城镇、农村居民人均可支配收入分别达到42150元、19860元，分别增长4.9%、7.1%。城镇新增就业5830人，城镇登记失业率控制在3.5%以内。粮食总产量稳定在32.6万吨。
“十四五”以来，全县地区生产总值年均增长6.5%，累计完成固定资产投资560亿元。
二、今年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6.5%以上，力争7%；规模以上工业增加值增长9%；全社会固定资产投资增长8%左右；社会消费品零售总额增长7%；一般公共预算收入同口径增长5%；城乡居民人均可支配收入增长与经济增长同步；居民消费价格涨幅3%左右；城镇调查失业率控制在5.5%以内；单位地区生产总值能耗下降完成市下达目标任务。
围绕上述目标，重点抓好以下工作：新建5G基站300个，完成老旧小区改造42个，城镇新增就业5500人以上。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['盐亭县', 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '>=', 6.5, 7, null],
			[2024, 'industrial_va', 'growth', '=', 9, null, null],
			[2024, 'fixed_asset_investment', 'growth', '~', 8, null, null],
			[2024, 'retail_sales', 'growth', '=', 7, null, null],
			[2024, 'budget_revenue', 'growth', '=', 5, null, null],
			[2024, 'urban_income', 'relative', '=', null, null, 'gdp'],
			[2024, 'rural_income', 'relative', '=', null, null, 'gdp'],
			[2024, 'cpi', 'growth', '~', 3, null, null],
			[2024, 'unemployment_rate', 'rate', '<=', 5.5, null, null],
			[2024, 'energy_intensity', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([
			['other', 'level', '=', 300, '个'],
			['other', 'level', '=', 42, '个'],
			['new_urban_jobs', 'level', '>=', 5500, '人']
		]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 218.6, null, false],
			[2023, 'gdp', 'growth', 6.8, null, false],
			[2023, 'industrial_va', 'growth', 9.2, null, false],
			[2023, 'fixed_asset_investment', 'growth', 11.5, null, false],
			[2023, 'retail_sales', 'level', 96.3, null, false],
			[2023, 'retail_sales', 'growth', 7.4, null, false],
			[2023, 'budget_revenue', 'level', 10.2, null, false],
			[2023, 'budget_revenue', 'growth', 8.9, null, false],
			[2023, 'urban_income', 'level', 42150, null, false],
			[2023, 'rural_income', 'level', 19860, null, false],
			[2023, 'urban_income', 'growth', 4.9, null, false],
			[2023, 'rural_income', 'growth', 7.1, null, false],
			[2023, 'new_urban_jobs', 'level', 5830, null, false],
			[2023, 'unemployment_rate', 'rate', 3.5, '<=', false],
			[2023, 'grain_output', 'level', 32.6, null, false]
		]);
	});
});
describe('work report: ① list, 增速居全市第二位, 突破 as a lower bound', () => {
	// 粮食播种面积…、总产量… carries the subject; 接待游客…、旅游综合收入…，分别增长
	const x = extract(`2024年临澧县政府工作报告
——2024年1月12日在临澧县第十八届人民代表大会第三次会议上
一、2023年工作回顾
2023年，全县地区生产总值预计突破300亿元，增长5.9%；规模工业增加值增长8.5%，增速居全市第二位；全社会固定资产投资增长6%；社会消费品零售总额增长8.1%；地方一般公共预算收入完成9.2亿元，同比增长6.3%；接待游客520万人次，实现旅游综合收入48.6亿元，分别增长18%、21%。
二、2024年工作安排
今年全县经济社会发展的主要预期目标是：
①地区生产总值增长6%左右；
②规模工业增加值增长8%左右；
③固定资产投资增长6%以上；
④社会消费品零售总额增长7%；
⑤地方一般公共预算收入增长5%以上；
⑥城乡居民人均可支配收入分别增长6%、7.5%；
⑦居民消费价格涨幅控制在3%左右；
⑧粮食播种面积稳定在52万亩以上、总产量稳定在21万吨以上。
为实现上述目标，我们将重点抓好以下工作：
（一）坚持项目为王。全年安排重点项目100个以上，新引进500万元以上项目80个，争取专项债券资金10亿元。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['临澧县', 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 6, null, null],
			[2024, 'industrial_va', 'growth', '~', 8, null, null],
			[2024, 'fixed_asset_investment', 'growth', '>=', 6, null, null],
			[2024, 'retail_sales', 'growth', '=', 7, null, null],
			[2024, 'budget_revenue', 'growth', '>=', 5, null, null],
			[2024, 'urban_income', 'growth', '=', 6, null, null],
			[2024, 'rural_income', 'growth', '=', 7.5, null, null],
			[2024, 'cpi', 'growth', '~', 3, null, null],
			[2024, 'grain_area', 'level', '>=', 52, null, null],
			[2024, 'grain_output', 'level', '>=', 21, null, null]
		]);
		expect(tasks(x)).toEqual([
			['other', 'level', '>=', 100, '个'],
			['other', 'level', '=', 80, '个'],
			['other', 'level', '=', 10, '亿元']
		]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 300, '>=', true],
			[2023, 'gdp', 'growth', 5.9, null, true],
			[2023, 'industrial_va', 'growth', 8.5, null, false],
			[2023, 'fixed_asset_investment', 'growth', 6, null, false],
			[2023, 'retail_sales', 'growth', 8.1, null, false],
			[2023, 'budget_revenue', 'level', 9.2, null, false],
			[2023, 'budget_revenue', 'growth', 6.3, null, false],
			[2023, 'tourism_visitors', 'level', 520, null, false],
			[2023, 'tourism_revenue', 'level', 48.6, null, false],
			[2023, 'tourism_visitors', 'growth', 18, null, false],
			[2023, 'tourism_revenue', 'growth', 21, null, false]
		]);
	});
});
describe('work report: 1. list with 下降…以上, CPI 涨幅, 控制在…左右', () => {
	// 按可比价计算, 同口径; 连续五年稳定在50万吨以上 is not this year's figure
	const x = extract(`武陟县2025年政府工作报告
——2025年1月6日在武陟县第十七届人民代表大会第五次会议上
一、2024年工作回顾
过去一年，全县经济运行总体平稳。地区生产总值完成425.3亿元，按可比价计算增长5.3%；规上工业增加值增长7.1%；固定资产投资增长4.2%；社会消费品零售总额154.1亿元，增长5.8%；一般公共预算收入22.6亿元，同口径增长4.6%；城镇新增就业6120人；城镇调查失业率5.2%；居民消费价格涨幅0.3%；粮食总产量达到52.3万吨，连续五年稳定在50万吨以上；单位地区生产总值能耗下降3.5%。
二、2025年工作安排
2025年经济社会发展主要目标是：
1.地区生产总值增长6%左右；
2.规上工业增加值增长7%以上；
3.一般公共预算收入增长4%左右；
4.城镇新增就业5000人以上，城镇调查失业率控制在5.5%左右；
5.居民消费价格涨幅3%左右；
6.粮食总产量稳定在50万吨以上；
7.单位地区生产总值能耗下降2%以上。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['武陟县', 'work_report', 2024, 2025]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2025, 'gdp', 'growth', '~', 6, null, null],
			[2025, 'industrial_va', 'growth', '>=', 7, null, null],
			[2025, 'budget_revenue', 'growth', '~', 4, null, null],
			[2025, 'new_urban_jobs', 'level', '>=', 5000, null, null],
			[2025, 'unemployment_rate', 'rate', '~', 5.5, null, null],
			[2025, 'cpi', 'growth', '~', 3, null, null],
			[2025, 'grain_output', 'level', '>=', 50, null, null],
			[2025, 'energy_intensity', 'growth', '<=', -2, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'level', 425.3, null, false],
			[2024, 'gdp', 'growth', 5.3, null, false],
			[2024, 'industrial_va', 'growth', 7.1, null, false],
			[2024, 'fixed_asset_investment', 'growth', 4.2, null, false],
			[2024, 'retail_sales', 'level', 154.1, null, false],
			[2024, 'retail_sales', 'growth', 5.8, null, false],
			[2024, 'budget_revenue', 'level', 22.6, null, false],
			[2024, 'budget_revenue', 'growth', 4.6, null, false],
			[2024, 'new_urban_jobs', 'level', 6120, null, false],
			[2024, 'unemployment_rate', 'rate', 5.2, null, false],
			[2024, 'cpi', 'growth', 0.3, null, false],
			[2024, 'grain_output', 'level', 52.3, null, false],
			[2024, 'energy_intensity', 'growth', -3.5, null, false]
		]);
	});
});
describe('work report delivered in December: 今年以来 / 明年', () => {
	// a session date in the last quarter plans the next year; 预计 heading a ；-list covers its parts
	const x = extract(`政府工作报告
——2023年12月28日在安吉县第十七届人民代表大会第三次会议上
一、2023年工作回顾
今年以来，预计全县实现地区生产总值620亿元，增长7.2%；一般公共预算收入68.5亿元，增长8.1%；固定资产投资增长10.4%；社会消费品零售总额增长8.6%；城乡居民人均可支配收入分别增长5.6%和7.3%。
二、明年工作安排
明年经济社会发展的主要预期目标是：地区生产总值增长7%左右；一般公共预算收入增长6%；固定资产投资增长8%；社会消费品零售总额增长7%；城乡居民人均可支配收入增长与经济增长同步，城镇调查失业率控制在4%以内。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['安吉县', 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 7, null, null],
			[2024, 'budget_revenue', 'growth', '=', 6, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 8, null, null],
			[2024, 'retail_sales', 'growth', '=', 7, null, null],
			[2024, 'urban_income', 'relative', '=', null, null, 'gdp'],
			[2024, 'rural_income', 'relative', '=', null, null, 'gdp'],
			[2024, 'unemployment_rate', 'rate', '<=', 4, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 620, null, true],
			[2023, 'gdp', 'growth', 7.2, null, true],
			[2023, 'budget_revenue', 'level', 68.5, null, true],
			[2023, 'budget_revenue', 'growth', 8.1, null, true],
			[2023, 'fixed_asset_investment', 'growth', 10.4, null, true],
			[2023, 'retail_sales', 'growth', 8.6, null, true],
			[2023, 'urban_income', 'growth', 5.6, null, true],
			[2023, 'rural_income', 'growth', 7.3, null, true]
		]);
	});
});
describe('work report: 一是…二是… review, 一产 and 城镇、农村 lists', () => {
	// 完成市上下达的节能减排任务 names the indicator after the verb
	const x = extract(`2024年渭源县人民政府工作报告
一、2023年工作回顾
一年来，我们主要做了以下工作：一是经济发展稳中有进。全县生产总值达到68.9亿元，增长6.4%；第一产业增加值18.2亿元，增长5.8%；规上工业增加值增长12.1%；固定资产投资增长9.3%；社会消费品零售总额19.6亿元，增长8.2%；大口径财政收入完成5.6亿元，一般公共预算收入3.12亿元，增长7.5%。二是城乡居民收入持续增加。城镇居民人均可支配收入29815元，农村居民人均可支配收入11276元，分别增长5.6%、8.1%。
二、2024年目标任务
今年政府工作的主要预期目标是：全县生产总值增长6.5%；一产增加值增长5.5%；规上工业增加值增长10%；固定资产投资增长8%；社会消费品零售总额增长7.5%；一般公共预算收入增长6%；城镇、农村居民人均可支配收入分别增长6%、8%；完成市上下达的节能减排任务。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['渭源县', 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '=', 6.5, null, null],
			[2024, 'primary_va', 'growth', '=', 5.5, null, null],
			[2024, 'industrial_va', 'growth', '=', 10, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 8, null, null],
			[2024, 'retail_sales', 'growth', '=', 7.5, null, null],
			[2024, 'budget_revenue', 'growth', '=', 6, null, null],
			[2024, 'urban_income', 'growth', '=', 6, null, null],
			[2024, 'rural_income', 'growth', '=', 8, null, null],
			[2024, 'other', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 68.9, null, false],
			[2023, 'gdp', 'growth', 6.4, null, false],
			[2023, 'primary_va', 'level', 18.2, null, false],
			[2023, 'primary_va', 'growth', 5.8, null, false],
			[2023, 'industrial_va', 'growth', 12.1, null, false],
			[2023, 'fixed_asset_investment', 'growth', 9.3, null, false],
			[2023, 'retail_sales', 'level', 19.6, null, false],
			[2023, 'retail_sales', 'growth', 8.2, null, false],
			[2023, 'budget_revenue', 'level', 3.12, null, false],
			[2023, 'budget_revenue', 'growth', 7.5, null, false],
			[2023, 'urban_income', 'level', 29815, null, false],
			[2023, 'rural_income', 'level', 11276, null, false],
			[2023, 'urban_income', 'growth', 5.6, null, false],
			[2023, 'rural_income', 'growth', 8.1, null, false]
		]);
	});
});
describe('換届 work report: 五年来 review, no year in title or date', () => {
	// 2023年是…之年 in the plan part gives the years; 比全省高…/回落…个百分点 are changes of a growth rate; 亿美元
	const x = extract(`政府工作报告
——在广丰区第三届人民代表大会第一次会议上
各位代表：
一、过去五年工作回顾
五年来，全区地区生产总值从268亿元增加到412亿元，年均增长6.3%；一般公共预算收入年均增长5.1%。2021年以来，累计新增城镇就业3.2万人。
过去一年，全区地区生产总值增长5.6%，增速居全市第一；规模以上工业增加值增长9.1%，比全省高2.3个百分点；固定资产投资增长8.5%，增速比上年回落1.2个百分点；外贸进出口总额完成3.2亿美元，增长12.6%；城镇登记失业率为3.2%，低于4.5%的控制目标。
二、今后五年目标任务和今年工作安排
2023年是全面贯彻党的二十大精神的开局之年。今年全区经济社会发展的主要预期目标是地区生产总值增长6.5%左右，在实际工作中努力争取更好结果，规模以上工业增加值增长9%，固定资产投资增长8%以上，外贸进出口总额增长5%，城镇新增就业4500人，完成上级下达的节能减排任务。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['广丰区', 'work_report', 2022, 2023]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2023, 'gdp', 'growth', '~', 6.5, null, null],
			[2023, 'industrial_va', 'growth', '=', 9, null, null],
			[2023, 'fixed_asset_investment', 'growth', '>=', 8, null, null],
			[2023, 'import_export', 'growth', '=', 5, null, null],
			[2023, 'new_urban_jobs', 'level', '=', 4500, null, null],
			[2023, 'other', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2022, 'gdp', 'growth', 5.6, null, false],
			[2022, 'industrial_va', 'growth', 9.1, null, false],
			[2022, 'fixed_asset_investment', 'growth', 8.5, null, false],
			[2022, 'import_export', 'level', 3.2, null, false],
			[2022, 'import_export', 'growth', 12.6, null, false],
			[2022, 'unemployment_rate', 'rate', 3.2, null, false]
		]);
	});
});
describe('work report with no region and no year in its title', () => {
	// years from 2023年是… under 过去一年; no region named
	const x = extract(`政府工作报告
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、过去一年工作回顾
2023年是全面贯彻党的二十大精神的开局之年。一年来，全县地区生产总值增长6.1%，一般公共预算收入增长7.2%，城镇新增就业3260人。
二、今年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业3000人以上，城镇调查失业率控制在5.5%以内。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual([null, 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 6, null, null],
			[2024, 'budget_revenue', 'growth', '=', 5, null, null],
			[2024, 'new_urban_jobs', 'level', '>=', 3000, null, null],
			[2024, 'unemployment_rate', 'rate', '<=', 5.5, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'growth', 6.1, null, false],
			[2023, 'budget_revenue', 'growth', 7.2, null, false],
			[2023, 'new_urban_jobs', 'level', 3260, null, false]
		]);
	});
});
describe('work report in traditional characters', () => {
	// 城鄉…分別增長; 城鎮化率提高…個百分點
	const x = extract(`2024年定南縣人民政府工作報告
——2024年1月20日在定南縣第十八屆人民代表大會第四次會議上
一、2023年工作回顧
過去一年，全縣地區生產總值增長5.8%，規模以上工業增加值增長8.6%，社會消費品零售總額增長7.2%，一般公共預算收入完成11.35億元，增長6.1%，接待遊客達到860萬人次，增長22.3%；常住人口城鎮化率提高1.1個百分點。
二、2024年工作安排
今年全縣經濟社會發展的主要預期目標是：地區生產總值增長6.5%左右；規模以上工業增加值增長8%；固定資產投資增長6%；社會消費品零售總額增長7%；一般公共預算收入增長5%；城鄉居民人均可支配收入分別增長5.5%和7%；常住人口城鎮化率提高1個百分點；單位地區生產總值能耗完成市下達目標。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['定南县', 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 6.5, null, null],
			[2024, 'industrial_va', 'growth', '=', 8, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 6, null, null],
			[2024, 'retail_sales', 'growth', '=', 7, null, null],
			[2024, 'budget_revenue', 'growth', '=', 5, null, null],
			[2024, 'urban_income', 'growth', '=', 5.5, null, null],
			[2024, 'rural_income', 'growth', '=', 7, null, null],
			[2024, 'urbanization_rate', 'change_pp', '=', 1, null, null],
			[2024, 'energy_intensity', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'growth', 5.8, null, false],
			[2023, 'industrial_va', 'growth', 8.6, null, false],
			[2023, 'retail_sales', 'growth', 7.2, null, false],
			[2023, 'budget_revenue', 'level', 11.35, null, false],
			[2023, 'budget_revenue', 'growth', 6.1, null, false],
			[2023, 'tourism_visitors', 'level', 860, null, false],
			[2023, 'tourism_visitors', 'growth', 22.3, null, false],
			[2023, 'urbanization_rate', 'change_pp', 1.1, null, false]
		]);
	});
});
describe('work report: a range target, three full names with 分别, 亿斤', () => {
	// 增长6%—6.5% is a range (at least 6, stretch 6.5); 完成年计划的101.2%，增长6.7%
	const x = extract(`2024年海城市政府工作报告
——2024年1月9日在海城市第十七届人民代表大会第四次会议上
一、2023年工作回顾
全市地区生产总值实现436.2亿元，增长5.1%；一产、二产、三产增加值分别增长4.2%、6.1%、4.8%；城乡居民人均可支配收入分别达到4.26万元、2.31万元；粮食总产量达到3.72亿斤。
全年完成固定资产投资增速为年度目标的105.3%；一般公共预算收入完成年计划的101.2%，增长6.7%，排名全省第3位。
二、2024年工作安排
2024年全市经济社会发展主要预期目标：地区生产总值增长6%—6.5%；规上工业增加值、固定资产投资、社会消费品零售总额分别增长8%、6%、7%；一般公共预算收入增长4%；城镇新增就业1.2万人以上，城镇调查失业率5.5%左右；粮食总产量稳定在3.7亿斤以上。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['海城市', 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '>=', 6, 6.5, null],
			[2024, 'industrial_va', 'growth', '=', 8, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 6, null, null],
			[2024, 'retail_sales', 'growth', '=', 7, null, null],
			[2024, 'budget_revenue', 'growth', '=', 4, null, null],
			[2024, 'new_urban_jobs', 'level', '>=', 1.2, null, null],
			[2024, 'unemployment_rate', 'rate', '~', 5.5, null, null],
			[2024, 'grain_output', 'level', '>=', 3.7, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 436.2, null, false],
			[2023, 'gdp', 'growth', 5.1, null, false],
			[2023, 'primary_va', 'growth', 4.2, null, false],
			[2023, 'secondary_va', 'growth', 6.1, null, false],
			[2023, 'tertiary_va', 'growth', 4.8, null, false],
			[2023, 'urban_income', 'level', 4.26, null, false],
			[2023, 'rural_income', 'level', 2.31, null, false],
			[2023, 'grain_output', 'level', 3.72, null, false],
			[2023, 'budget_revenue', 'growth', 6.7, null, false]
		]);
	});
});
describe('work report: targets one per line without list marks', () => {
	// 主要目标任务是： then lines ending with ；
	const x = extract(`2025年景宁畲族自治县政府工作报告
——2025年1月8日在景宁畲族自治县第十八届人民代表大会第五次会议上
一、2024年工作回顾
2024年，全县地区生产总值增长6.3%，一般公共预算收入增长5.1%。
二、2025年工作安排
今年经济社会发展的主要目标任务是：
地区生产总值增长6%左右；
一般公共预算收入增长5%；
城乡居民人均可支配收入分别增长6%和7.5%；
单位GDP能耗下降完成省市下达任务。
围绕上述目标，重点抓好以下工作。
（一）全力扩大有效投资。实施重点项目80个，完成年度投资90亿元。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['景宁畲族自治县', 'work_report', 2024, 2025]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2025, 'gdp', 'growth', '~', 6, null, null],
			[2025, 'budget_revenue', 'growth', '=', 5, null, null],
			[2025, 'urban_income', 'growth', '=', 6, null, null],
			[2025, 'rural_income', 'growth', '=', 7.5, null, null],
			[2025, 'energy_intensity', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([
			['other', 'level', '=', 80, '个'],
			['other', 'level', '=', 90, '亿元']
		]);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'growth', 6.3, null, false],
			[2024, 'budget_revenue', 'growth', 5.1, null, false]
		]);
	});
});
describe("work report with a five-year targets section before the year's targets", () => {
	// 今后五年…主要目标 is neither a result nor the plan year's targets
	const x = extract(`2022年龙泉市政府工作报告
——2022年1月6日在龙泉市第十七届人民代表大会第一次会议上
一、过去五年工作回顾
五年来，全市地区生产总值年均增长7.1%。
2021年，全市地区生产总值增长8.5%，规上工业增加值增长12.3%。
二、今后五年主要目标任务
今后五年，全市经济社会发展的主要目标是：地区生产总值突破500亿元，一般公共预算收入达到50亿元，城乡居民人均可支配收入年均增长7%。
三、2022年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长7%左右；规上工业增加值增长9%；一般公共预算收入增长6%。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['龙泉市', 'work_report', 2021, 2022]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2022, 'gdp', 'growth', '~', 7, null, null],
			[2022, 'industrial_va', 'growth', '=', 9, null, null],
			[2022, 'budget_revenue', 'growth', '=', 6, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2021, 'gdp', 'growth', 8.5, null, false],
			[2021, 'industrial_va', 'growth', 12.3, null, false]
		]);
	});
});
describe('work report: the targets paragraph on the line below its trigger', () => {
	// a long unmarked paragraph after 主要预期目标是：
	const x = extract(`2024年宁陕县政府工作报告
一、2023年工作回顾
全县地区生产总值增长5.2%。
二、2024年工作安排
今年经济社会发展的主要预期目标是：
地区生产总值增长6%左右，规上工业增加值增长8%，固定资产投资增长7%，社会消费品零售总额增长6%，一般公共预算收入增长5%，城乡居民人均可支配收入增长与经济增长同步。
实现上述目标，必须坚持稳中求进。新建5G基站120个。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['宁陕县', 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 6, null, null],
			[2024, 'industrial_va', 'growth', '=', 8, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 7, null, null],
			[2024, 'retail_sales', 'growth', '=', 6, null, null],
			[2024, 'budget_revenue', 'growth', '=', 5, null, null],
			[2024, 'urban_income', 'relative', '=', null, null, 'gdp'],
			[2024, 'rural_income', 'relative', '=', null, null, 'gdp']
		]);
		expect(tasks(x)).toEqual([['other', 'level', '=', 120, '个']]);
		expect(outcomes(x)).toEqual([[2023, 'gdp', 'growth', 5.2, null, false]]);
	});
});
describe('work report: targets passage in the national style', () => {
	// 居民收入增长和经济增长同步; 进出口促稳提质 (no figure, no state of a measure) inside the passage;
	// 亿斤; 能耗降低…左右; 生态环境质量持续改善 (a qualitative target)
	const x = extract(`2025年某某市人民政府工作报告
一、2024年工作回顾
过去一年，全市生产总值增长5.3%。
二、2025年工作安排
今年发展主要预期目标是：地区生产总值增长5.5%左右，在实际工作中争取更好结果；城镇新增就业3.2万人以上，城镇调查失业率全年控制在5.5%以内；居民消费价格（CPI）涨幅2%左右；居民收入增长和经济增长同步；进出口促稳提质；粮食产量保持在12.5亿斤以上；单位地区生产总值能耗降低2.5%左右，生态环境质量持续改善。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['某某市', 'work_report', 2024, 2025]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2025, 'gdp', 'growth', '~', 5.5, null, null],
			[2025, 'new_urban_jobs', 'level', '>=', 3.2, null, null],
			[2025, 'unemployment_rate', 'rate', '<=', 5.5, null, null],
			[2025, 'cpi', 'growth', '~', 2, null, null],
			[2025, 'resident_income', 'relative', '=', null, null, 'gdp'],
			[2025, 'grain_output', 'level', '>=', 12.5, null, null],
			[2025, 'energy_intensity', 'growth', '~', -2.5, null, null],
			[2025, 'other', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([[2024, 'gdp', 'growth', 5.3, null, false]]);
	});
});
