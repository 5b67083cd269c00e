import { describe, it, expect } from 'vitest';
import { inRanges, multiYearOpenerEnd, periodRanges } from './period';

describe('multiYearOpenerEnd', () => {
	it('finds openers of several years', () => {
		expect(multiYearOpenerEnd('“十四五”以来，累计完成投资800亿元', 2024)).toBe(7);
		expect(multiYearOpenerEnd('五年来，全县地区生产总值年均增长6%', 2024)).toBe(3);
		expect(multiYearOpenerEnd('2021年以来，累计新增城镇就业2.6万人', 2024)).toBe(7);
		expect(multiYearOpenerEnd('粮食产量连续三年稳定在30万吨以上', 2024)).toBe(8);
	});
	it('does not take one year for several', () => {
		expect(multiYearOpenerEnd('一年来，全县地区生产总值增长6%', 2024)).toBe(-1);
		expect(multiYearOpenerEnd('今年以来，全县地区生产总值增长6%', 2024)).toBe(-1);
		expect(multiYearOpenerEnd('2024年以来，全县地区生产总值增长6%', 2024)).toBe(-1);
		expect(multiYearOpenerEnd('实施三年行动计划', 2024)).toBe(-1);
	});
});

describe('periodRanges', () => {
	it('covers what follows a part of the year, up to a mention of the whole year', () => {
		const s = '工业投资一季度实现转负为正，确保全年建安投资增长14%以上';
		const r = periodRanges(s, 2024);
		expect(inRanges(r, s.indexOf('转负'))).toBe(true);
		expect(inRanges(r, s.indexOf('14%'))).toBe(false);
		const t = '1—11月，规上工业营业收入增长6.1%';
		expect(inRanges(periodRanges(t, 2024), t.indexOf('6.1'))).toBe(true);
	});
});
