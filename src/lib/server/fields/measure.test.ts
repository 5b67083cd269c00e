import { describe, expect, it } from 'vitest';
import { unitOf } from './measure';
import { quoteStates } from './quote';

describe('unitOf', () => {
	it('stores each metric in its unit, and refuses one that does not fit', () => {
		expect(unitOf('growth', '')).toEqual({ unit: '%' });
		expect(unitOf('growth', '％')).toEqual({ unit: '%' });
		expect(unitOf('growth', '亿元')).toEqual({
			problem: { code: 'unit_mismatch', expected: '%' }
		});
		expect(unitOf('change_pp', '个百分点')).toEqual({ unit: 'pp' });
		expect(unitOf('change_pp', '%')).toMatchObject({ problem: { code: 'unit_mismatch' } });
		expect(unitOf('level', '%')).toMatchObject({ problem: { code: 'unit_mismatch' } });
		expect(unitOf('level', '')).toEqual({ problem: 'required' });
		expect(unitOf('level', '', '亿元')).toEqual({ unit: '亿元' });
		expect(unitOf('level', '万元', '亿元')).toEqual({ unit: '万元' });
		expect(unitOf('level', '人', '亿元')).toEqual({
			problem: { code: 'unit_incomparable', expected: '亿元' }
		});
		expect(unitOf('relative', '%')).toEqual({ unit: null });
		expect(unitOf('qualitative', '随便')).toEqual({ unit: null });
	});

	it('keeps a rate in ‰ as written, and an outcome in its target’s unit', () => {
		expect(unitOf('rate', '‰')).toEqual({ unit: '‰' });
		expect(unitOf('rate', '')).toEqual({ unit: '%' });
		expect(unitOf('rate', '', '‰')).toEqual({ unit: '‰' });
		expect(unitOf('rate', '%', '‰')).toEqual({
			problem: { code: 'unit_incomparable', expected: '‰' }
		});
		expect(unitOf('rate', '亿元')).toMatchObject({ problem: { code: 'unit_mismatch' } });
	});
});

describe('quoteStates', () => {
	it('finds the figure in digits, with separators, as a fall, or in numerals', () => {
		expect(quoteStates('比上年增长6.0%', 6)).toBe(true);
		expect(quoteStates('人均可支配收入41,236元', 41236)).toBe(true);
		expect(quoteStates('固定资产投资下降3.1%', -3.1)).toBe(true);
		expect(quoteStates('新建扩建道路七条', 7)).toBe(true);
		expect(quoteStates('全縣增長５.５％', 5.5)).toBe(true);
		expect(quoteStates('比上年增长6.0%', 6.5)).toBe(false);
	});
});
