import * as v from 'valibot';
import type { Metric } from '../../vocabulary';
import type { IssueCode, Problem } from './issues';

/** A double holds every decimal of up to 15 significant digits exactly (DBL_DIG). */
export const MAX_SIGNIFICANT_DIGITS = 15;

export type NumberReading =
	| { ok: true; value: number }
	| {
			ok: false;
			code: Extract<IssueCode, 'required' | 'not_a_number' | 'bad_separator' | 'too_many_digits'>;
	  };

/** Full-width digits, signs and separators as typed with a Chinese input method. */
function halfWidth(raw: string): string {
	return raw
		.trim()
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/．/g, '.')
		.replace(/，/g, ',')
		.replace(/＋/g, '+')
		.replace(/[－−—–]/g, '-');
}

/**
 * Reads a figure as people write it: 6.2, -3.1, 1,262,635.5, full-width digits. A comma is a
 * thousands separator only between groups of three digits; anything else is refused, never
 * dropped (1,2.3 is not 12.3).
 */
export function readNumber(raw: string): NumberReading {
	const text = halfWidth(raw);
	if (!text) return { ok: false, code: 'required' };
	const m = /^([+-]?)([\d,]+)(?:\.([\d,]+))?$/.exec(text);
	if (!m) return { ok: false, code: 'not_a_number' };
	const [, sign, whole = '', fraction = ''] = m;
	if (fraction.includes(',') || (whole.includes(',') && !/^[1-9]\d{0,2}(,\d{3})+$/.test(whole)))
		return { ok: false, code: 'bad_separator' };
	const digits = whole.replace(/,/g, '');
	const significant = (digits + fraction).replace(/^0+/, '').replace(/0+$/, '');
	if (significant.length > MAX_SIGNIFICANT_DIGITS) return { ok: false, code: 'too_many_digits' };
	const value = Number(`${sign}${digits}${fraction ? `.${fraction}` : ''}`);
	return { ok: true, value: value === 0 ? 0 : value };
}

/** The figure, or null when the text is not one. */
export function parseNumber(raw: string): number | null {
	const read = readNumber(raw);
	return read.ok ? read.value : null;
}

/**
 * What a figure of each metric can be: a growth or rate beyond these is a misreading (a stray
 * digit, a level typed as a rate), and a level beyond 10^15 of any unit is not a county's.
 */
export const FIGURE_BOUNDS: Record<Exclude<Metric, 'relative' | 'qualitative'>, number> = {
	growth: 10_000,
	rate: 1_000,
	change_pp: 100,
	level: 1e15
};

const RANGE_WORDS: Record<keyof typeof FIGURE_BOUNDS, string> = {
	growth: '增速须在 ±10000% 以内',
	rate: '比率须在 ±1000% 以内',
	change_pp: '百分点变化须在 ±100 个百分点以内',
	level: '总量的绝对值须小于 10 的 15 次方'
};

/** Whether the figure fits the metric; figureless metrics have nothing to hold. */
export function figureProblem(metric: Metric, value: number | null): Problem | null {
	if (value === null || metric === 'relative' || metric === 'qualitative') return null;
	return Math.abs(value) <= FIGURE_BOUNDS[metric]
		? null
		: { code: 'out_of_range', expected: RANGE_WORDS[metric] };
}

/** A posted figure: empty is null (whether one is required depends on the metric). */
export const numberField = v.pipe(
	v.string(),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		const read = readNumber(dataset.value);
		if (read.ok) return read.value;
		if (read.code === 'required') return null;
		addIssue({ message: read.code });
		return NEVER;
	})
);
