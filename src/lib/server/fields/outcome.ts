import * as v from 'valibot';
import type { Bound } from '../../vocabulary';
import type { Outcome } from '../db/schema';
import type { Posted, Rule } from './issues';
import { isFigureless, storedUnit, unitEntry, unitProblem } from './measure';
import type { MeasureContext } from './measure';
import { figureProblem, numberField } from './number';
import { choice } from './text';

/** What an outcome can measure: a figure, so neither a relative nor a qualitative metric. */
export const OUTCOME_METRICS = ['growth', 'level', 'rate', 'change_pp'] as const;
export type OutcomeMetric = (typeof OUTCOME_METRICS)[number];

/** A validated figure with its source, ready to store. */
export interface OutcomeDraft {
	value: number;
	unit: string;
	estimated: boolean;
	bound: Bound | null;
	sourceReportId: number | null;
	sourceUrl: string | null;
	sourceQuote: string;
	sourceDate: string | null;
	note: string | null;
}

/** The stored figure as a draft, e.g. to record it again. */
export function draftOf(o: Outcome): OutcomeDraft {
	return {
		value: o.value ?? 0,
		unit: o.unit ?? '',
		estimated: o.estimated,
		bound: o.bound,
		sourceReportId: o.sourceReportId,
		sourceUrl: o.sourceUrl,
		sourceQuote: o.sourceQuote,
		sourceDate: o.sourceDate,
		note: o.note
	};
}

export interface OutcomeContext extends MeasureContext {
	/** the unit of the target the figure will be compared with: a level's unit must convert */
	targetUnit?: string | null;
}

const BOUND_SPELLINGS: Record<string, string> = { '≤': '<=', '≥': '>=' };

const outcomeMetric = v.pipe(
	v.string(),
	v.trim(),
	v.picklist(OUTCOME_METRICS, (i) =>
		isFigureless(String(i.input)) ? 'metric_without_figure' : 'not_a_choice'
	)
);

/**
 * An outcome's figure, of a metric and a year that has come. Which statistic it is of
 * (measureEntries) comes from the form's commitment, or with the figure in an import.
 */
export const outcomeEntries = (ctx: OutcomeContext) => ({
	metric: outcomeMetric,
	unit: unitEntry,
	value: numberField,
	year: v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^\d{4}$/, 'not_a_year'),
		v.transform(Number),
		v.minValue(1949, 'year_out_of_range'),
		v.maxValue(ctx.thisYear, 'future_year')
	),
	kind: choice(['final', 'estimated']),
	bound: v.pipe(
		v.string(),
		v.trim(),
		v.transform((b) => BOUND_SPELLINGS[b] ?? b),
		v.picklist(['', '<=', '>='], 'not_a_choice'),
		v.transform((b) => (b || null) as Bound | null)
	)
});

export type PostedOutcome = Posted<ReturnType<typeof outcomeEntries>>;

/** A figure is required, within what its metric holds, in a unit of the metric (and target). */
export const outcomeRules = (ctx: OutcomeContext): Rule<PostedOutcome>[] => [
	{
		field: 'value',
		reads: ['metric'],
		check: (o) => (o.value === null ? 'required' : figureProblem(o.metric, o.value))
	},
	{
		field: 'unit',
		reads: ['metric'],
		check: (o) => unitProblem(o.metric, o.unit, ctx.targetUnit ?? null)
	}
];

/** The figure as stored: the unit by its metric, estimated or final. */
export const figureOf = (o: PostedOutcome, ctx: OutcomeContext) => ({
	value: o.value ?? 0,
	unit: storedUnit(o.metric, o.unit, ctx.targetUnit ?? null) ?? '',
	estimated: o.kind === 'estimated',
	bound: o.bound
});
