import * as v from 'valibot';
import { normalize } from '../../extract';
import { scanFigures } from '../../extract/numbers';
import type { Rule } from './issues';
import { LIMITS, requiredText } from './text';

/**
 * Whether the figure (or its size, for a 下降 written as a positive number) stands in the
 * quote, in digits or as the extractor reads numerals (新建道路七条 states 7).
 */
export function quoteStates(quote: string, value: number): boolean {
	const text = normalize(quote).text;
	const size = Math.abs(value);
	const digits = text.replace(/(?<=\d),(?=\d{3})/g, '');
	if ((digits.match(/\d+(?:\.\d+)?/g) ?? []).some((n) => Number(n) === size)) return true;
	return scanFigures(text).some((f) => f.value === size);
}

/** The quote must state the figure (an edited value included); reported on `field`. */
export function statesFigure<V extends string, Q extends string>(
	valueField: V,
	quoteField: Q,
	field: V | Q
): Rule<Record<V, number | null> & Record<Q, string | null>> {
	return {
		field,
		reads: [valueField, quoteField],
		check: (o) => {
			const value = o[valueField];
			const quote = o[quoteField];
			if (value === null || !quote || quoteStates(quote, value)) return null;
			return { code: 'quote_without_figure', expected: String(Math.abs(value)) };
		}
	};
}

/** A quote from the text being imported, with its place in it (the review form's hidden fields). */
export const spanEntries = {
	quote: requiredText(LIMITS.quote),
	start: v.string(),
	end: v.string()
};

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The quote must be the text at its place (compared as the extractor reads it). */
export function spanRule(text: string): Rule<{ quote: string; start: string; end: string }> {
	return {
		field: 'quote',
		reads: [],
		check: ({ quote, start: s, end: e }) => {
			const [start, end] = [Number(s), Number(e)];
			const valid =
				s.trim() !== '' &&
				Number.isSafeInteger(start) &&
				Number.isSafeInteger(end) &&
				start >= 0 &&
				end > start &&
				end <= text.length;
			if (!valid) return 'bad_span';
			return squeeze(normalize(text.slice(start, end)).text) === squeeze(quote)
				? null
				: 'quote_moved';
		}
	};
}
