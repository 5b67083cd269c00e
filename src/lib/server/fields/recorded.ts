import * as v from 'valibot';
import { withRules } from './issues';
import {
	figureOf,
	outcomeEntries,
	outcomeRules,
	type OutcomeContext,
	type OutcomeDraft
} from './outcome';
import { statesFigure } from './quote';
import { sourceEntries, sourceOf, sourceRules, type SourceContext } from './source';

/** The fields of a recorded outcome as the form (or a CSV row) posts them. */
export const RECORDED_FIELDS = [
	'metric',
	'year',
	'value',
	'unit',
	'kind',
	'bound',
	'sourceType',
	'sourceReportId',
	'sourceUrl',
	'sourceQuote',
	'sourceDate',
	'note'
] as const;
export type RecordedField = (typeof RECORDED_FIELDS)[number];

/** A figure an editor records, with its source: the form's and the bulk import's one rule set. */
export const recordedOutcomeSchema = (ctx: OutcomeContext & SourceContext) =>
	v.pipe(
		withRules({ ...outcomeEntries(ctx), ...sourceEntries(ctx) }, [
			...outcomeRules(ctx),
			...sourceRules(ctx),
			statesFigure('value', 'sourceQuote', 'sourceQuote')
		]),
		v.transform((o): OutcomeDraft => ({ ...figureOf(o, ctx), ...sourceOf(o) }))
	);
