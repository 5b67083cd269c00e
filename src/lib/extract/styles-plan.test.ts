import { describe, it, expect } from 'vitest';
import { extract } from './index';
import { headline, meta, outcomes, tasks } from './styles.fixtures';

describe('plan report: （1） results list and 1. targets with （预期性）/（约束性）', () => {
	// 城镇和农村常住居民…分别增长5.5%、7%; 存、贷款余额分别…，分别比年初增长; 其中税收收入; 高于全市平均水平…个百分点
	const x =
		extract(`关于柘城县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告
——2024年1月10日在柘城县第十六届人民代表大会第三次会议上
柘城县发展和改革委员会
一、2023年国民经济和社会发展计划执行情况
全县经济运行稳中向好，主要指标完成情况如下：
（1）地区生产总值完成326.5亿元，同比增长5.6%；
（2）规模以上工业增加值同比增长7.8%，高于全市平均水平1.2个百分点；
（3）固定资产投资同比下降3.4%；
（4）社会消费品零售总额完成138.2亿元，增长6.1%；
（5）一般公共预算收入完成15.36亿元，增长10.2%，其中税收收入10.8亿元，增长12.5%；
（6）金融机构存、贷款余额分别为412.6亿元、268.3亿元，分别比年初增长9.8%、13.1%；
（7）居民消费价格指数上涨1.6%。
二、2024年国民经济和社会发展计划（草案）
（一）主要预期目标
2024年全县经济社会发展主要预期目标建议为：
1. 地区生产总值增长6%以上（预期性）；
2. 规模以上工业增加值增长8%（预期性）；
3. 固定资产投资增长10%（预期性）；
4. 社会消费品零售总额增长6.5%（预期性）；
5. 一般公共预算收入增长6%（预期性）；
6. 城镇和农村常住居民人均可支配收入分别增长5.5%、7%（预期性）；
7. 城镇新增就业1.2万人（预期性），城镇调查失业率控制在5.5%以内（预期性）；
8. 粮食总产量稳定在65万吨以上（约束性）；
9. 单位地区生产总值能耗降低2.5%（约束性）。
（二）重点工作
1. 扩大有效投资。全年实施重点项目150个，完成投资200亿元以上。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['柘城县', 'plan_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '>=', 6, null, null],
			[2024, 'industrial_va', 'growth', '=', 8, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 10, null, null],
			[2024, 'retail_sales', 'growth', '=', 6.5, null, null],
			[2024, 'budget_revenue', 'growth', '=', 6, null, null],
			[2024, 'urban_income', 'growth', '=', 5.5, null, null],
			[2024, 'rural_income', 'growth', '=', 7, null, null],
			[2024, 'new_urban_jobs', 'level', '=', 1.2, null, null],
			[2024, 'unemployment_rate', 'rate', '<=', 5.5, null, null],
			[2024, 'grain_output', 'level', '>=', 65, null, null],
			[2024, 'energy_intensity', 'growth', '=', -2.5, null, null]
		]);
		expect(tasks(x)).toEqual([
			['other', 'level', '=', 150, '个'],
			['other', 'level', '>=', 200, '亿元']
		]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 326.5, null, false],
			[2023, 'gdp', 'growth', 5.6, null, false],
			[2023, 'industrial_va', 'growth', 7.8, null, false],
			[2023, 'fixed_asset_investment', 'growth', -3.4, null, false],
			[2023, 'retail_sales', 'level', 138.2, null, false],
			[2023, 'retail_sales', 'growth', 6.1, null, false],
			[2023, 'budget_revenue', 'level', 15.36, null, false],
			[2023, 'budget_revenue', 'growth', 10.2, null, false],
			[2023, 'tax_revenue', 'level', 10.8, null, false],
			[2023, 'tax_revenue', 'growth', 12.5, null, false],
			[2023, 'deposits', 'level', 412.6, null, false],
			[2023, 'loans', 'level', 268.3, null, false],
			[2023, 'deposits', 'growth', 9.8, null, false],
			[2023, 'loans', 'growth', 13.1, null, false],
			[2023, 'cpi', 'growth', 1.6, null, false]
		]);
	});
});
describe('plan report: 主要预期目标设定为： with 以上，力争…', () => {
	// 低于年度目标2.2个百分点 and 1—11月 left out; 完成省市下达任务
	const x =
		extract(`信丰县2023年国民经济和社会发展计划执行情况和2024年国民经济和社会发展计划（草案）
一、2023年计划执行情况
2023年，全县实现地区生产总值312.5亿元，增长4.8%，低于年度目标2.2个百分点；一般公共预算收入18.9亿元，同比增长3.1%；规上工业增加值增长9.6%；固定资产投资下降8.2%；社会消费品零售总额增长6.5%；外贸进出口总额42.3亿元，增长15.6%；城镇居民人均可支配收入43286元，增长4.3%；农村居民人均可支配收入21034元，增长7.2%。1—11月，规上工业营业收入增长6.1%。
二、2024年计划草案
（一）主要预期目标
综合考虑各方面因素，建议2024年主要预期目标设定为：地区生产总值增长6.5%以上，力争7%；一般公共预算收入增长5%左右；规上工业增加值增长9%以上；固定资产投资增长3%左右；社会消费品零售总额增长6%以上；外贸进出口总额增长5%以上；城乡居民人均可支配收入增长与经济增长基本同步；单位GDP能耗下降完成省市下达任务。
（二）主要任务
全年计划实施省市重点项目85个，年度计划投资120亿元。新增规上工业企业30家以上。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['信丰县', 'plan_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '>=', 6.5, 7, null],
			[2024, 'budget_revenue', 'growth', '~', 5, null, null],
			[2024, 'industrial_va', 'growth', '>=', 9, null, null],
			[2024, 'fixed_asset_investment', 'growth', '~', 3, null, null],
			[2024, 'retail_sales', 'growth', '>=', 6, null, null],
			[2024, 'import_export', 'growth', '>=', 5, null, null],
			[2024, 'urban_income', 'relative', '=', null, null, 'gdp'],
			[2024, 'rural_income', 'relative', '=', null, null, 'gdp'],
			[2024, 'energy_intensity', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([
			['other', 'level', '=', 85, '个'],
			['other', 'level', '=', 120, '亿元'],
			['other', 'level', '>=', 30, '家']
		]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 312.5, null, false],
			[2023, 'gdp', 'growth', 4.8, null, false],
			[2023, 'budget_revenue', 'level', 18.9, null, false],
			[2023, 'budget_revenue', 'growth', 3.1, null, false],
			[2023, 'industrial_va', 'growth', 9.6, null, false],
			[2023, 'fixed_asset_investment', 'growth', -8.2, null, false],
			[2023, 'retail_sales', 'growth', 6.5, null, false],
			[2023, 'import_export', 'level', 42.3, null, false],
			[2023, 'import_export', 'growth', 15.6, null, false],
			[2023, 'urban_income', 'level', 43286, null, false],
			[2023, 'urban_income', 'growth', 4.3, null, false],
			[2023, 'rural_income', 'level', 21034, null, false],
			[2023, 'rural_income', 'growth', 7.2, null, false]
		]);
	});
});
describe('plan report: 前三季度, “十四五”以来累计, 年均, 到2027年', () => {
	// 存贷款余额分别达到…，同比分别增长
	const x = extract(`关于芦溪县2024年国民经济和社会发展计划执行情况及2025年计划草案的报告
一、2024年国民经济和社会发展计划执行情况
2024年，全县预计实现地区生产总值265亿元，同比增长5.5%；规模以上工业增加值增长8.2%；固定资产投资增长3.6%；社会消费品零售总额增长6.2%；一般公共预算收入完成14.3亿元，增长2.1%，完成年度目标的102%。前三季度，全县规模以上工业企业营业收入增长9.3%。“十四五”以来，全县累计实施重点项目620个，累计完成投资820亿元，地区生产总值年均增长6.1%。
金融机构人民币存贷款余额分别达到386.5亿元和301.2亿元，同比分别增长8.6%和11.3%。
二、2025年国民经济和社会发展计划草案
（一）主要预期目标
建议2025年全县经济社会发展主要预期目标为：地区生产总值增长6%左右；规模以上工业增加值增长8%左右；固定资产投资增长5%；社会消费品零售总额增长6%；一般公共预算收入增长3%；城镇调查失业率5.5%左右；居民消费价格涨幅2%左右；城乡居民人均可支配收入增长与经济增长同步。
（二）重点任务
到2027年，全县数字经济核心产业增加值占比达到10%。全年新增城镇就业3800人，新增高标准农田2.5万亩。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['芦溪县', 'plan_report', 2024, 2025]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2025, 'gdp', 'growth', '~', 6, null, null],
			[2025, 'industrial_va', 'growth', '~', 8, null, null],
			[2025, 'fixed_asset_investment', 'growth', '=', 5, null, null],
			[2025, 'retail_sales', 'growth', '=', 6, null, null],
			[2025, 'budget_revenue', 'growth', '=', 3, null, null],
			[2025, 'unemployment_rate', 'rate', '~', 5.5, null, null],
			[2025, 'cpi', 'growth', '~', 2, null, null],
			[2025, 'urban_income', 'relative', '=', null, null, 'gdp'],
			[2025, 'rural_income', 'relative', '=', null, null, 'gdp']
		]);
		expect(tasks(x)).toEqual([
			['new_urban_jobs', 'level', '=', 3800, '人'],
			['other', 'level', '=', 2.5, '万亩']
		]);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'level', 265, null, true],
			[2024, 'gdp', 'growth', 5.5, null, true],
			[2024, 'industrial_va', 'growth', 8.2, null, false],
			[2024, 'fixed_asset_investment', 'growth', 3.6, null, false],
			[2024, 'retail_sales', 'growth', 6.2, null, false],
			[2024, 'budget_revenue', 'level', 14.3, null, false],
			[2024, 'budget_revenue', 'growth', 2.1, null, false],
			[2024, 'deposits', 'level', 386.5, null, false],
			[2024, 'loans', 'level', 301.2, null, false],
			[2024, 'deposits', 'growth', 8.6, null, false],
			[2024, 'loans', 'growth', 11.3, null, false]
		]);
	});
});
describe('plan report: —— items opening with a short label', () => {
	// ——经济增长。地区生产总值增长6%左右
	const x = extract(`关于松桃苗族自治县2024年国民经济和社会发展计划执行情况及2025年计划草案的报告
一、2024年计划执行情况
全县地区生产总值预计增长5.6%；一般公共预算收入完成8.9亿元，增长3.2%。
二、2025年国民经济和社会发展计划草案
（一）主要预期目标
2025年全县经济社会发展主要预期目标建议如下：
——经济增长。地区生产总值增长6%左右，力争更好结果。
——工业发展：规模以上工业增加值增长8%以上。
——投资消费。固定资产投资增长5%，社会消费品零售总额增长6.5%。
——财政收入。一般公共预算收入增长4%（预期性）。
——居民收入。城乡居民人均可支配收入增长与经济增长基本同步。
——节能减排。单位地区生产总值能耗和主要污染物排放总量完成市下达目标任务（约束性）。
（二）主要任务
1.扩大有效投资。全年实施500万元以上项目260个，完成投资180亿元以上。新建5G基站150个，完成老旧小区改造26个，粮食播种面积稳定在60.5万亩以上。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['松桃苗族自治县', 'plan_report', 2024, 2025]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2025, 'gdp', 'growth', '~', 6, null, null],
			[2025, 'industrial_va', 'growth', '>=', 8, null, null],
			[2025, 'fixed_asset_investment', 'growth', '=', 5, null, null],
			[2025, 'retail_sales', 'growth', '=', 6.5, null, null],
			[2025, 'budget_revenue', 'growth', '=', 4, null, null],
			[2025, 'urban_income', 'relative', '=', null, null, 'gdp'],
			[2025, 'rural_income', 'relative', '=', null, null, 'gdp'],
			[2025, 'energy_intensity', 'qualitative', '=', null, null, null],
			[2025, 'other', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([
			['other', 'level', '=', 260, '个'],
			['other', 'level', '>=', 180, '亿元'],
			['other', 'level', '=', 150, '个'],
			['other', 'level', '=', 26, '个'],
			['grain_area', 'level', '>=', 60.5, '万亩']
		]);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'growth', 5.6, null, true],
			[2024, 'budget_revenue', 'level', 8.9, null, false],
			[2024, 'budget_revenue', 'growth', 3.2, null, false]
		]);
	});
});
describe("plan report: tab-separated table of last year's targets and results", () => {
	// ≤4.5, 能耗降低
	const x = extract(`关于东安县2023年国民经济和社会发展计划执行情况及2024年计划草案的报告
一、2023年计划执行情况
表1  2023年主要经济指标完成情况
序号	指标名称	单位	2023年目标	2023年完成	属性
1	地区生产总值增速	%	6.5	5.2	预期性
2	规模以上工业增加值增速	%	8	9.1	预期性
3	固定资产投资增速	%	10	-5.3	预期性
4	社会消费品零售总额增速	%	7	6.8	预期性
5	一般公共预算收入	亿元	12.5	12.8	预期性
6	城镇登记失业率	%	≤4.5	3.2	预期性
7	单位地区生产总值能耗降低	%	3	3.1	约束性
全年主要指标总体完成，固定资产投资未完成年度目标。
二、2024年国民经济和社会发展计划
2024年主要预期目标为：地区生产总值增长6%；规模以上工业增加值增长8%；固定资产投资增长5%；社会消费品零售总额增长6.5%；一般公共预算收入增长5%。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['东安县', 'plan_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2023, 'gdp', 'growth', '=', 6.5, null, null],
			[2023, 'industrial_va', 'growth', '=', 8, null, null],
			[2023, 'fixed_asset_investment', 'growth', '=', 10, null, null],
			[2023, 'retail_sales', 'growth', '=', 7, null, null],
			[2023, 'budget_revenue', 'level', '=', 12.5, null, null],
			[2023, 'unemployment_rate', 'rate', '<=', 4.5, null, null],
			[2023, 'energy_intensity', 'growth', '=', -3, null, null],
			[2024, 'gdp', 'growth', '=', 6, null, null],
			[2024, 'industrial_va', 'growth', '=', 8, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 5, null, null],
			[2024, 'retail_sales', 'growth', '=', 6.5, null, null],
			[2024, 'budget_revenue', 'growth', '=', 5, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'growth', 5.2, null, false],
			[2023, 'industrial_va', 'growth', 9.1, null, false],
			[2023, 'fixed_asset_investment', 'growth', -5.3, null, false],
			[2023, 'retail_sales', 'growth', 6.8, null, false],
			[2023, 'budget_revenue', 'level', 12.8, null, false],
			[2023, 'unemployment_rate', 'rate', 3.2, null, false],
			[2023, 'energy_intensity', 'growth', -3.1, null, false]
		]);
	});
});
describe('plan report: table laid out one cell per line', () => {
	// 6.5左右, 8以上, 5.5以内
	const x = extract(`关于永新县2024年国民经济和社会发展计划执行情况及2025年计划的报告
一、2024年计划执行情况
2024年主要经济指标完成情况表
序号
指标
2024年计划目标
2024年完成
1
地区生产总值增长（%）
6.5左右
5.1
2
规模以上工业增加值增长（%）
8以上
8.6
3
固定资产投资增长（%）
6
-2.1
4
社会消费品零售总额增长（%）
6.5
5.9
5
城镇调查失业率（%）
5.5以内
5.1
总的看，全年经济运行总体平稳。
二、2025年计划
2025年全县发展的主要目标：地区生产总值增长5.5%左右，规上工业增加值增长7%，固定资产投资增长3%，社会消费品零售总额增长6%，城镇调查失业率5.5%以内。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['永新县', 'plan_report', 2024, 2025]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 6.5, null, null],
			[2024, 'industrial_va', 'growth', '>=', 8, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 6, null, null],
			[2024, 'retail_sales', 'growth', '=', 6.5, null, null],
			[2024, 'unemployment_rate', 'rate', '<=', 5.5, null, null],
			[2025, 'gdp', 'growth', '~', 5.5, null, null],
			[2025, 'industrial_va', 'growth', '=', 7, null, null],
			[2025, 'fixed_asset_investment', 'growth', '=', 3, null, null],
			[2025, 'retail_sales', 'growth', '=', 6, null, null],
			[2025, 'unemployment_rate', 'rate', '<=', 5.5, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'growth', 5.1, null, false],
			[2024, 'industrial_va', 'growth', 8.6, null, false],
			[2024, 'fixed_asset_investment', 'growth', -2.1, null, false],
			[2024, 'retail_sales', 'growth', 5.9, null, false],
			[2024, 'unemployment_rate', 'rate', 5.1, null, false]
		]);
	});
});
describe("plan report: table with last year's estimate beside next year's target", () => {
	// 2023年预计完成 / 2024年目标: each column has its year
	const x = extract(`关于巴林右旗2023年国民经济和社会发展计划执行情况与2024年计划草案的报告
一、2023年计划执行情况
全旗经济运行稳中有进，地区生产总值完成156.3亿元，增长6.9%。
二、2024年计划草案
（一）主要预期目标
表2  2024年主要经济指标计划
序号	指标	单位	2023年预计完成	2024年目标	属性
1	地区生产总值增长	%	6.9	6.5左右	预期性
2	规模以上工业增加值增长	%	10.2	9	预期性
3	固定资产投资增长	%	15.6	10以上	预期性
4	一般公共预算收入	亿元	11.8	12.4	预期性
5	城镇登记失业率	%	3.1	4.5以内	预期性
（二）主要任务
全年实施重点项目120项，完成投资150亿元。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['巴林右旗', 'plan_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '~', 6.5, null, null],
			[2024, 'industrial_va', 'growth', '=', 9, null, null],
			[2024, 'fixed_asset_investment', 'growth', '>=', 10, null, null],
			[2024, 'budget_revenue', 'level', '=', 12.4, null, null],
			[2024, 'unemployment_rate', 'rate', '<=', 4.5, null, null]
		]);
		expect(tasks(x)).toEqual([
			['other', 'level', '=', 120, '项'],
			['other', 'level', '=', 150, '亿元']
		]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 156.3, null, false],
			[2023, 'gdp', 'growth', 6.9, null, false],
			[2023, 'industrial_va', 'growth', 10.2, null, true],
			[2023, 'fixed_asset_investment', 'growth', 15.6, null, true],
			[2023, 'budget_revenue', 'level', 11.8, null, true],
			[2023, 'unemployment_rate', 'rate', 3.1, null, true]
		]);
	});
});
describe('plan report: table with | separated cells', () => {
	//
	const x = extract(`关于青川县2024年国民经济和社会发展计划执行情况及2025年计划草案的报告
一、2024年计划执行情况
| 序号 | 指标名称 | 单位 | 2024年目标 | 2024年完成 |
| 1 | 地区生产总值增速 | % | 6 | 5.4 |
| 2 | 规模以上工业增加值增速 | % | 9 | 10.3 |
| 3 | 社会消费品零售总额增速 | % | 7 | 4.6 |
| 4 | 城镇居民人均可支配收入增速 | % | 5.5 | 4.3 |
二、2025年计划
2025年主要预期目标为：地区生产总值增长6%左右，规模以上工业增加值增长9%，社会消费品零售总额增长5%，城镇居民人均可支配收入增长5%。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['青川县', 'plan_report', 2024, 2025]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '=', 6, null, null],
			[2024, 'industrial_va', 'growth', '=', 9, null, null],
			[2024, 'retail_sales', 'growth', '=', 7, null, null],
			[2024, 'urban_income', 'growth', '=', 5.5, null, null],
			[2025, 'gdp', 'growth', '~', 6, null, null],
			[2025, 'industrial_va', 'growth', '=', 9, null, null],
			[2025, 'retail_sales', 'growth', '=', 5, null, null],
			[2025, 'urban_income', 'growth', '=', 5, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'growth', 5.4, null, false],
			[2024, 'industrial_va', 'growth', 10.3, null, false],
			[2024, 'retail_sales', 'growth', 4.6, null, false],
			[2024, 'urban_income', 'growth', 4.3, null, false]
		]);
	});
});
describe('work report: targets table with a qualitative row', () => {
	// 完成市下达任务 in the target column
	const x = extract(`2024年嵊泗县政府工作报告
——2024年1月18日在嵊泗县第十七届人民代表大会第四次会议上
一、2023年工作回顾
过去一年，全县实现地区生产总值145.8亿元，增长7.6%；一般公共预算收入9.85亿元，增长11.2%；城镇和农村居民人均可支配收入分别达到78650元和50320元，分别增长5.1%和6.5%。
二、2024年主要目标和重点工作
2024年经济社会发展主要预期目标如下：
序号	指标	单位	2024年目标	属性
1	地区生产总值增长	%	7	预期性
2	一般公共预算收入增长	%	6	预期性
3	固定资产投资增长	%	8	预期性
4	城镇居民人均可支配收入增长	%	6	预期性
5	农村居民人均可支配收入增长	%	7.5	预期性
6	单位地区生产总值能耗下降	%	完成市下达任务	约束性`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['嵊泗县', 'work_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'growth', '=', 7, null, null],
			[2024, 'budget_revenue', 'growth', '=', 6, null, null],
			[2024, 'fixed_asset_investment', 'growth', '=', 8, null, null],
			[2024, 'urban_income', 'growth', '=', 6, null, null],
			[2024, 'rural_income', 'growth', '=', 7.5, null, null],
			[2024, 'energy_intensity', 'qualitative', '=', null, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 145.8, null, false],
			[2023, 'gdp', 'growth', 7.6, null, false],
			[2023, 'budget_revenue', 'level', 9.85, null, false],
			[2023, 'budget_revenue', 'growth', 11.2, null, false],
			[2023, 'urban_income', 'level', 78650, null, false],
			[2023, 'rural_income', 'level', 50320, null, false],
			[2023, 'urban_income', 'growth', 5.1, null, false],
			[2023, 'rural_income', 'growth', 6.5, null, false]
		]);
	});
});
describe('plan report: targets table with a level target and a growth column', () => {
	// 2023年预计完成 | 2024年目标 (亿元) | 增长（%）: both the level and the growth are targets
	const x = extract(`关于岚皋县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告
一、2023年计划执行情况
全县地区生产总值完成96.5亿元、增长5.9%。
二、2024年计划草案
表1  2024年主要经济指标预期目标
序号	指标	单位	2023年预计完成	2024年目标	增长（%）
1	地区生产总值	亿元	96.5	102.3	6
2	规模以上工业增加值	亿元	21.2	22.9	8
3	社会消费品零售总额	亿元	30.1	32.0	6.5
4	城镇登记失业率	%	3.2	4.5以内	`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['岚皋县', 'plan_report', 2023, 2024]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([
			[2024, 'gdp', 'level', '=', 102.3, null, null],
			[2024, 'gdp', 'growth', '=', 6, null, null],
			[2024, 'industrial_va', 'level', '=', 22.9, null, null],
			[2024, 'industrial_va', 'growth', '=', 8, null, null],
			[2024, 'retail_sales', 'level', '=', 32, null, null],
			[2024, 'retail_sales', 'growth', '=', 6.5, null, null],
			[2024, 'unemployment_rate', 'rate', '<=', 4.5, null, null]
		]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 96.5, null, false],
			[2023, 'gdp', 'growth', 5.9, null, false],
			[2023, 'industrial_va', 'level', 21.2, null, true],
			[2023, 'retail_sales', 'level', 30.1, null, true],
			[2023, 'unemployment_rate', 'rate', 3.2, null, true]
		]);
	});
});
