import { describe, it, expect } from 'vitest';
import { scanFigures } from './numbers';

const figs = (s: string) =>
	scanFigures(s)
		.filter((f) => !f.descriptor)
		.map((f) => [f.value, f.unit, f.suffix]);

describe('scanFigures', () => {
	it('reads a number with 万/亿 and its unit', () => {
		expect(figs('完成投资12.5亿元，新增耕地3000亩，接待游客80万人次')).toEqual([
			[12.5, '亿元', null],
			[3000, '亩', null],
			[80, '万人次', null]
		]);
	});
	it('reads percent, percentage points and trailing comparators', () => {
		expect(figs('增长7%左右，提高0.5个百分点，控制在3%以内，达到2万吨以上')).toEqual([
			[7, '%', '左右'],
			[0.5, 'pp', null],
			[3, '%', '以内'],
			[2, '万吨', '以上']
		]);
	});
	it('skips ordinals, ranges, dates, codes and bare numbers', () => {
		expect(
			figs('增速居全省第3，培育3-5家，2024年6月底，建设5G基站，PM2.5浓度，G210国道，比例为3：4')
		).toEqual([]);
	});
	it('marks a figure that qualifies a noun as a descriptor', () => {
		const f = scanFigures('500万元以上固定资产投资增长9%');
		expect(f[0]!.descriptor).toBe(true);
		expect(f[1]!.descriptor).toBe(false);
		expect(scanFigures('建成产能5万吨的加工厂')[0]!.descriptor).toBe(true);
	});
	it('reads 余 as approximate and a negative growth sign', () => {
		const [a, b] = scanFigures('维修道路300余公里，增速-2.5%');
		expect(a!.approx).toBe(true);
		expect(b!.value).toBe(-2.5);
	});
	it('reads a Chinese numeral count at the end of a clause', () => {
		expect(figs('建成污水处理厂两座。')).toEqual([[2, '座', null]]);
	});
});
