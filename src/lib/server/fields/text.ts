import * as v from 'valibot';
import { isIsoDay, todayInChina } from '../dates';

/** The longest text each field may hold: enough for any real one, never a whole page. */
export const LIMITS = {
	name: 100,
	scope: 50,
	unit: 20,
	quote: 2000,
	note: 2000,
	url: 2000,
	title: 200,
	reason: 1000
} as const;

/** Trimmed text of at most `max` characters; may be empty. */
export const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, 'too_long'));

/** Trimmed text that must be given. */
export const requiredText = (max: number) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too_long'));

/** Trimmed text, or null when left empty. */
export const optionalText = (max: number) =>
	v.pipe(
		text(max),
		v.transform((s) => s || null)
	);

/** One of the options of a select; anything else (or nothing) asks to choose. */
export const choice = <const T extends readonly string[]>(options: T) =>
	v.pipe(v.string(), v.trim(), v.picklist(options, 'not_a_choice'));

export function isHttpUrl(raw: string): boolean {
	try {
		const url = new URL(raw);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/** An http(s) address, or null when left empty. */
export const optionalUrl = v.pipe(
	optionalText(LIMITS.url),
	v.check((u) => u === null || isHttpUrl(u), 'not_a_url')
);

/** A four-digit year within `[min, max]`, as a number. */
export const yearField = (min: number, max: number) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^\d{4}$/, 'not_a_year'),
		v.transform(Number),
		v.minValue(min, 'year_out_of_range'),
		v.maxValue(max, 'year_out_of_range')
	);

/** A four-digit year or nothing. */
export const optionalYear = v.pipe(
	v.string(),
	v.trim(),
	v.check((y) => !y || /^\d{4}$/.test(y), 'not_a_year'),
	v.transform((y) => (y ? Number(y) : null))
);

/** A real day, YYYY-MM-DD, not after today in Beijing; or null when left empty. */
export const pastDay = (today: Date) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.check((d) => !d || isIsoDay(d), 'not_a_date'),
		v.check((d) => !d || d <= todayInChina(today), 'future_date'),
		v.transform((d) => d || null)
	);
