/** Compact views of an extraction for the style tests (styles-*.test.ts). */
import type { Extraction } from './types';

export const meta = (x: Extraction) => [x.region, x.documentType, x.reviewYear, x.planYear];
export const headline = (x: Extraction) =>
	x.targets
		.filter((t) => t.headline)
		.map((t) => [t.year, t.indicator, t.metric, t.comparator, t.value, t.stretch, t.relativeTo]);
export const tasks = (x: Extraction) =>
	x.targets
		.filter((t) => !t.headline)
		.map((t) => [t.indicator, t.metric, t.comparator, t.value, t.unit]);
export const outcomes = (x: Extraction) =>
	x.outcomes.map((o) => [o.year, o.indicator, o.metric, o.value, o.bound, o.estimated]);
