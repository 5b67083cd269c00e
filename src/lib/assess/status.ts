import type Big from 'big.js';
import type { Bound } from './types';

/** What is known of a figure: a point (lo = hi) or a half-line (one end null = unbounded). */
export interface Range {
	lo: Big | null;
	hi: Big | null;
}

export function rangeOf(value: Big, bound: Bound | null): Range {
	if (bound === '<=') return { lo: null, hi: value };
	if (bound === '>=') return { lo: value, hi: null };
	return { lo: value, hi: value };
}

export function shift(range: Range, minus: Big): Range {
	return { lo: range.lo && range.lo.minus(minus), hi: range.hi && range.hi.minus(minus) };
}

/** x ≥ T, x > T, or x ≤ T */
export type Direction = 'atLeast' | 'above' | 'atMost';
export type Decision = 'met' | 'missed' | 'undecided';

/**
 * Whether every value in `x` satisfies "x <direction> T" for every T in
 * `threshold` (met), none does (missed), or it depends (undecided: a bound
 * that neither confirms nor refutes).
 */
export function decide(x: Range, direction: Direction, threshold: Range): Decision {
	const ge = (a: Big | null, b: Big | null) => a !== null && b !== null && a.gte(b);
	const gt = (a: Big | null, b: Big | null) => a !== null && b !== null && a.gt(b);
	switch (direction) {
		case 'atLeast':
			if (ge(x.lo, threshold.hi)) return 'met';
			if (gt(threshold.lo, x.hi)) return 'missed';
			return 'undecided';
		case 'above':
			if (gt(x.lo, threshold.hi)) return 'met';
			if (ge(threshold.lo, x.hi)) return 'missed';
			return 'undecided';
		case 'atMost':
			if (ge(threshold.lo, x.hi)) return 'met';
			if (gt(x.lo, threshold.hi)) return 'missed';
			return 'undecided';
	}
}
