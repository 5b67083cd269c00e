import { describe, it, expect } from 'vitest';
import { findTables } from './table';

const TEXT = [
	'表2  2023年主要指标完成情况',
	'\t序号',
	'\t指标名称',
	'\t属性',
	'\t2023年目标',
	'\t2023年完成',
	'\t1',
	'\t地区生产总值增速（%）',
	'\t预期性',
	'\t6.5',
	'\t5.1',
	'\t2',
	'\t城镇登记失业率（%）',
	'\t预期性',
	'\t4.5以内',
	'\t3.9',
	'',
	'（一）正文开始，全县上下齐心协力。'
].join('\n');

describe('findTables', () => {
	it('reads targets and results of a table laid out one cell per line', () => {
		const [t] = findTables(TEXT);
		expect(t!.year).toBe(2023);
		expect(
			t!.rows.map((r) => [
				r.indicator,
				r.metric,
				r.target?.value,
				r.target?.comparator,
				r.result?.value,
				r.binding
			])
		).toEqual([
			['gdp', 'growth', 6.5, '=', 5.1, 'expected'],
			['unemployment_rate', 'rate', 4.5, '<=', 3.9, 'expected']
		]);
	});
	it('reads rows written on one line with tabs', () => {
		const text =
			'序号\t指标\t预期目标\n1\t社会消费品零售总额增长（%）\t8\n2\t一般公共预算收入增长（%）\t5左右\n';
		const [t] = findTables(text);
		expect(
			t!.rows.map((r) => [r.indicator, r.target?.value, r.target?.comparator, r.result])
		).toEqual([
			['retail_sales', 8, '=', null],
			['budget_revenue', 5, '~', null]
		]);
	});
});

describe('findTables: columns', () => {
	it('gives each column its year and reads a growth column beside a level target', () => {
		const text =
			'序号\t指标\t单位\t2023年预计完成\t2024年目标\t增长（%）\n1\t地区生产总值\t亿元\t96.5\t102.3\t6\n2\t城镇登记失业率\t%\t3.2\t4.5以内\n';
		const [t] = findTables(text);
		expect([t!.year, t!.resultYear, t!.estimated]).toEqual([2024, 2023, true]);
		expect(
			t!.rows.map((r) => [
				r.indicator,
				r.metric,
				r.target?.value,
				r.result?.value,
				r.growthTarget?.value ?? null
			])
		).toEqual([
			['gdp', 'level', 102.3, 96.5, 6],
			['unemployment_rate', 'rate', 4.5, 3.2, null]
		]);
	});
	it('reads cells between | and a target without a figure', () => {
		const text =
			'| 序号 | 指标 | 2024年目标 |\n| 1 | 地区生产总值增长（%） | 6 |\n| 2 | 单位地区生产总值能耗下降 | 完成市下达任务 |\n';
		const [t] = findTables(text);
		expect(t!.rows.map((r) => [r.indicator, r.metric, r.target?.value ?? null])).toEqual([
			['gdp', 'growth', 6],
			['energy_intensity', 'qualitative', null]
		]);
	});
});
