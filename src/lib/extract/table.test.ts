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
		expect(t!.rows.map((r) => [r.indicator, r.metric, r.target?.value, r.target?.comparator, r.result?.value, r.binding])).toEqual([
			['gdp', 'growth', 6.5, '=', 5.1, 'expected'],
			['unemployment_rate', 'rate', 4.5, '<=', 3.9, 'expected']
		]);
	});
	it('reads rows written on one line with tabs', () => {
		const text = '序号\t指标\t预期目标\n1\t社会消费品零售总额增长（%）\t8\n2\t一般公共预算收入增长（%）\t5左右\n';
		const [t] = findTables(text);
		expect(t!.rows.map((r) => [r.indicator, r.target?.value, r.target?.comparator, r.result])).toEqual([
			['retail_sales', 8, '=', null],
			['budget_revenue', 5, '~', null]
		]);
	});
});
