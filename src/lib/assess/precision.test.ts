import { describe, expect, it } from 'vitest';
import { actualDecimals, toPlaces, writtenDecimals } from './precision';

describe('precision of figures as the report writes them', () => {
	it('reads the places from the quote, else from the number', () => {
		expect(writtenDecimals('地区生产总值增长6.0%', 6)).toBe(1);
		expect(writtenDecimals('粮食产量129136.05吨', 129136.05)).toBe(2);
		expect(writtenDecimals('完成1,262,635万元', 1262635)).toBe(0);
		expect(writtenDecimals('下降13.60%', -13.6)).toBe(2);
		expect(writtenDecimals('增长６．５％', 6.5)).toBe(1);
		expect(writtenDecimals(null, 12.25)).toBe(2);
		expect(writtenDecimals('没有这个数', 3)).toBe(0);
	});

	it('keeps a converted actual to at most two places more than its target', () => {
		expect(actualDecimals(0, 2, -4)).toBe(2); // 129136.05吨 against 13万吨
		expect(actualDecimals(0, 1, 4)).toBe(0); // 1.2万人 → 12000人
		expect(actualDecimals(1, 2, 0)).toBe(2);
		expect(actualDecimals(2, 0, 0)).toBe(0);
	});

	it('rounds half away from zero and never shows −0', () => {
		expect(toPlaces(12.913605, 2)).toBe('12.91');
		expect(toPlaces(-0.086395, 2)).toBe('-0.09');
		expect(toPlaces(6, 1)).toBe('6.0');
		expect(toPlaces(-0.001, 2)).toBe('0.00');
		expect(toPlaces(2.345, 2)).toBe('2.35');
	});
});
