import { describe, it, expect } from 'vitest';
import Big from 'big.js';
import { decide, rangeOf } from './status';

const dec = (x: number) => new Big(x);

const p = (x: number) => rangeOf(dec(x), null);

describe('decide', () => {
	it('decides point figures exactly', () => {
		expect(decide(p(8), 'atLeast', p(8))).toBe('met');
		expect(decide(p(7.9), 'atLeast', p(8))).toBe('missed');
		expect(decide(p(8), 'above', p(8))).toBe('missed');
		expect(decide(p(8.1), 'above', p(8))).toBe('met');
		expect(decide(p(3.5), 'atMost', p(3.5))).toBe('met');
		expect(decide(p(3.6), 'atMost', p(3.5))).toBe('missed');
	});

	it('decides bounds only when they prove or refute', () => {
		expect(decide(rangeOf(dec(2.5), '<='), 'atMost', p(3.5))).toBe('met');
		expect(decide(rangeOf(dec(2.5), '<='), 'atMost', p(1.5))).toBe('undecided');
		expect(decide(rangeOf(dec(6), '>='), 'atLeast', p(5))).toBe('met');
		expect(decide(rangeOf(dec(4), '>='), 'atLeast', p(5))).toBe('undecided');
		expect(decide(rangeOf(dec(5), '<='), 'atLeast', p(8))).toBe('missed');
		expect(decide(rangeOf(dec(9), '<='), 'atLeast', p(8))).toBe('undecided');
		expect(decide(rangeOf(dec(5), '>='), 'atMost', p(3))).toBe('missed');
		expect(decide(rangeOf(dec(8), '<='), 'above', p(8))).toBe('missed');
		expect(decide(rangeOf(dec(8), '>='), 'above', p(8))).toBe('undecided');
	});

	it('treats a bounded threshold the same way', () => {
		expect(decide(p(7), 'atLeast', rangeOf(dec(6), '<='))).toBe('met');
		expect(decide(p(5), 'atLeast', rangeOf(dec(6), '<='))).toBe('undecided');
		expect(decide(p(5), 'atLeast', rangeOf(dec(6), '>='))).toBe('missed');
	});
});
