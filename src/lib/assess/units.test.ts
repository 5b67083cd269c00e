import { describe, it, expect } from 'vitest';
import type Big from 'big.js';
import { unitFactor } from './units';

const toNumber = (b: Big) => b.toNumber();

describe('unitFactor', () => {
	it('converts between magnitudes of the same unit', () => {
		expect(toNumber(unitFactor('万人', '人')!)).toBe(10000);
		expect(toNumber(unitFactor('万元', '亿元')!)).toBe(0.0001);
		expect(toNumber(unitFactor('亿元', '万元')!)).toBe(10000);
		expect(toNumber(unitFactor('万人次', '人次')!)).toBe(10000);
	});

	it('is 1 for equal or missing units, null for different units', () => {
		expect(toNumber(unitFactor('人', '人')!)).toBe(1);
		expect(toNumber(unitFactor(null, '人')!)).toBe(1);
		expect(unitFactor('个', '家')).toBeNull();
		expect(unitFactor('万吨', '万亩')).toBeNull();
	});
});
