import { yearInChina } from './dates';
import type { Metric } from '../assess';
import type { DbOrTx } from './db';
import { byField, check, type FieldErrors } from './fields/issues';
import type { OutcomeDraft } from './fields/outcome';
import { RECORDED_FIELDS, recordedOutcomeSchema, type RecordedField } from './fields/recorded';
import { reportContainsQuote } from './reports';

export type { OutcomeDraft } from './fields/outcome';
export { draftOf } from './fields/outcome';

/** The fields the outcome form posts: all strings, possibly missing. */
export type OutcomeFields = Partial<Record<Exclude<RecordedField, 'metric' | 'year'>, string>>;
export const OUTCOME_FORM_FIELDS = RECORDED_FIELDS.filter(
	(f): f is Exclude<RecordedField, 'metric' | 'year'> => f !== 'metric' && f !== 'year'
);

/** What the outcome is of: the target's metric decides which units fit. */
export interface OutcomeTarget {
	year: number;
	metric: Metric;
	unit: string | null;
}

/** A relative target is judged on the growth of its indicator. */
export const outcomeMetricOf = (metric: Metric) => (metric === 'relative' ? 'growth' : metric);

/** Checks every field of the form; all problems are reported at once, each beside its field. */
export function validateOutcome(
	db: DbOrTx,
	fields: OutcomeFields,
	target: OutcomeTarget,
	today = new Date()
): { draft: OutcomeDraft } | { errors: FieldErrors } {
	const schema = recordedOutcomeSchema({
		indicators: new Set(),
		thisYear: yearInChina(today),
		today,
		targetUnit: target.unit,
		reportContainsQuote: (id, quote) => reportContainsQuote(db, id, quote)
	});
	const posted = Object.fromEntries(OUTCOME_FORM_FIELDS.map((f) => [f, fields[f] ?? '']));
	const checked = check(schema, {
		...posted,
		metric: outcomeMetricOf(target.metric),
		year: String(target.year)
	});
	return checked.ok ? { draft: checked.value } : { errors: byField(checked.issues) };
}
