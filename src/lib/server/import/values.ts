import type { Metric } from '../../assess';
import type { ItemValues } from './model';

/** A field of the review form: a missing figure or text is an empty field. */
export const fieldOf = (v: string | number | null | undefined) =>
	v === null || v === undefined ? '' : String(v);

/** What an outcome read by the extractor and a stored one share: the fields the form shows. */
export interface OutcomeFields {
	indicator: string;
	name: string;
	scope: string | null;
	metric: Metric;
	value: number | null;
	unit: string | null;
	year: number;
	estimated: boolean;
	bound: string | null;
}

/** An outcome's fields in the review form, without its place in the text. */
export function outcomeFieldValues(o: OutcomeFields): Omit<ItemValues, 'quote' | 'start' | 'end'> {
	return {
		indicator: o.indicator,
		name: o.name,
		scope: fieldOf(o.scope),
		metric: o.metric,
		comparator: '=',
		value: fieldOf(o.value),
		stretch: '',
		unit: fieldOf(o.unit),
		relativeTo: '',
		binding: '',
		headline: 'false',
		year: String(o.year),
		estimated: String(o.estimated),
		bound: fieldOf(o.bound)
	};
}
