import * as v from 'valibot';
import { BINDINGS, COMPARATORS, METRICS } from '../db/schema';
import type { Comparator, Metric } from '../../vocabulary';
import { withRules, type Posted, type Rule } from './issues';
import {
	optionalIndicatorCode,
	isFigureless,
	measureEntries,
	storedUnit,
	unitEntry,
	unitProblem
} from './measure';
import type { MeasureContext } from './measure';
import { figureProblem, numberField } from './number';
import { choice } from './text';

/** The fields of a commitment as a form posts them, every one a string. */
export const COMMITMENT_FIELDS = [
	'indicator',
	'name',
	'scope',
	'metric',
	'comparator',
	'value',
	'stretch',
	'unit',
	'relativeTo',
	'binding',
	'headline',
	'year'
] as const;
export type CommitmentField = (typeof COMMITMENT_FIELDS)[number];
export type CommitmentValues = Record<CommitmentField, string>;

/** A commitment's fields as stored (its quote and report apart). */
export interface CommitmentFields {
	indicator: string;
	name: string;
	scope: string | null;
	metric: Metric;
	comparator: Comparator;
	value: number | null;
	stretch: number | null;
	unit: string | null;
	relativeTo: string | null;
	binding: (typeof BINDINGS)[number] | null;
	headline: boolean;
	year: number;
}

/** Targets are set for this year and the next few; none before the People's Republic. */
export const commitmentEntries = (ctx: MeasureContext) => ({
	...measureEntries(ctx),
	unit: unitEntry,
	metric: choice(METRICS),
	comparator: choice(COMPARATORS),
	value: numberField,
	stretch: numberField,
	relativeTo: optionalIndicatorCode(ctx),
	binding: v.pipe(
		v.string(),
		v.trim(),
		v.picklist(['', ...BINDINGS], 'not_a_choice'),
		v.transform((b) => b || null)
	),
	headline: v.pipe(
		v.string(),
		v.transform((h) => h === 'true')
	),
	year: yearOfTarget(ctx)
});

const yearOfTarget = (ctx: MeasureContext) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^\d{4}$/, 'not_a_year'),
		v.transform(Number),
		v.minValue(1949, 'year_out_of_range'),
		v.maxValue(ctx.thisYear + 10, 'year_out_of_range')
	);

export type PostedCommitment = Posted<ReturnType<typeof commitmentEntries>>;

/** A figure where the metric has one, within what the metric can hold, in the metric's unit. */
export const commitmentRules: Rule<PostedCommitment>[] = [
	{
		field: 'value',
		reads: ['metric'],
		check: (c) =>
			!isFigureless(c.metric) && c.value === null ? 'required' : figureProblem(c.metric, c.value)
	},
	{ field: 'stretch', reads: ['metric'], check: (c) => figureProblem(c.metric, c.stretch) },
	{ field: 'unit', reads: ['metric'], check: (c) => unitProblem(c.metric, c.unit) },
	{
		field: 'relativeTo',
		reads: ['metric'],
		check: (c) =>
			c.metric === 'relative' && (!c.relativeTo || c.relativeTo === 'other') ? 'required' : null
	}
];

/** The fields as stored: no figure, stretch or unit without a metric that has them. */
export function commitmentOf(c: PostedCommitment): CommitmentFields {
	const figureless = isFigureless(c.metric);
	return {
		...c,
		value: figureless ? null : c.value,
		stretch: figureless ? null : c.stretch,
		unit: storedUnit(c.metric, c.unit),
		relativeTo: c.metric === 'relative' ? c.relativeTo : null
	};
}

export const commitmentSchema = (ctx: MeasureContext) =>
	v.pipe(withRules(commitmentEntries(ctx), commitmentRules), v.transform(commitmentOf));
