import { describe, it, expect } from 'vitest';
import { matchesOf } from './matches';

describe('matchesOf', () => {
	it('gives what matchAll gives and leaves the pattern at 0', () => {
		const re = /(\d+)(亿元|%)/g;
		const s = '增长6.5%，完成投资120亿元，新增12亿元';
		const got = matchesOf(re, s).map((m) => [m.index, m[0], m[1]]);
		expect(got).toEqual(Array.from(s.matchAll(re), (m) => [m.index, m[0], m[1]]));
		expect(re.lastIndex).toBe(0);
		expect(matchesOf(re, s)).toHaveLength(got.length);
	});
	it('moves on after an empty match', () => {
		expect(matchesOf(/x*/g, 'ab').map((m) => m.index)).toEqual([0, 1, 2]);
		expect(matchesOf(/x*/gu, '😀a').map((m) => m.index)).toEqual([0, 2, 3]);
	});
	it('refuses a pattern that is not global', () => {
		expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
	});
});
