import { describe, it, expect } from 'vitest';
import { abs, add, cmp, dec, div, mul, sign, sub, toNumber, toString } from './decimal';

describe('decimal', () => {
	it('reads numbers as written', () => {
		expect(toString(dec(6.7))).toBe('6.7');
		expect(toString(dec(-13.6))).toBe('-13.6');
		expect(toString(dec(6600))).toBe('6600');
		expect(toString(dec(1e-7))).toBe('0.0000001');
		expect(toString(dec(1.5e21))).toBe('1500000000000000000000');
		expect(toString(dec(0))).toBe('0');
		expect(toString(dec(-0))).toBe('0');
		expect(() => dec(Number.NaN)).toThrow();
	});

	it('subtracts exactly: 10 − 6.7 = 3.3', () => {
		expect(toNumber(sub(dec(10), dec(6.7)))).toBe(3.3);
		expect(11.6 - 8).not.toBe(3.6); // the float noise this module avoids
		expect(toNumber(sub(dec(11.6), dec(8)))).toBe(3.6);
		expect(toNumber(sub(dec(3.5), dec(2.8)))).toBe(0.7);
		expect(toNumber(add(dec(0.1), dec(0.2)))).toBe(0.3);
		expect(toNumber(sub(dec(5.1), dec(6)))).toBe(-0.9);
	});

	it('multiplies, compares and divides with half-away-from-zero rounding', () => {
		expect(toNumber(mul(dec(88.3), dec(0.02)))).toBe(1.766);
		expect(cmp(dec(6), sub(dec(6.5), dec(0.5)))).toBe(0);
		expect(cmp(dec(5.99), dec(6))).toBe(-1);
		expect(cmp(dec(2), dec(-3))).toBe(1);
		expect(toNumber(div(dec(2.3), dec(7), 3))).toBe(0.329);
		expect(toNumber(div(dec(1), dec(8), 2))).toBe(0.13);
		expect(toNumber(div(dec(-1), dec(8), 2))).toBe(-0.13);
		expect(toNumber(div(dec(1.005), dec(1), 2))).toBe(1.01);
		expect(sign(dec(-0.1))).toBe(-1);
		expect(toString(abs(dec(-2.5)))).toBe('2.5');
		expect(() => div(dec(1), dec(0), 2)).toThrow();
	});
});
