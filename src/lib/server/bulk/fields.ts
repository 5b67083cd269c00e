import type { Metric } from '../../assess';
import { scopeKey } from '../../assess/select';
import type { DbOrTx } from '../db';
import type { Outcome } from '../db/schema';
import {
	isHttpUrl,
	parseNumber,
	validateOutcome,
	type FieldErrors,
	type OutcomeFields
} from '../outcome-input';
import type { OutcomeKey } from '../record';
import type { Column } from './parse';

const COLUMN_OF: Record<keyof FieldErrors, Column> = {
	value: 'value',
	unit: 'unit',
	kind: 'kind',
	bound: 'bound',
	sourceType: 'source_url',
	sourceReportId: 'source_report_id',
	sourceUrl: 'source_url',
	sourceQuote: 'source_quote',
	sourceDate: 'source_date',
	note: 'note',
	year: 'year'
};

const BOUNDS: Record<string, string> = { '': '', '<=': '<=', '>=': '>=', '≤': '<=', '≥': '>=' };

export const sameKey = (a: OutcomeKey, b: OutcomeKey) =>
	a.regionCode === b.regionCode &&
	a.year === b.year &&
	a.indicator === b.indicator &&
	a.metric === b.metric &&
	scopeKey(a.scope) === scopeKey(b.scope);

/** The per-outcome rules of validateOutcome, with messages that name the CSV columns. */
export function checkOutcome(
	db: DbOrTx,
	v: Record<Column, string>,
	target: { year: number; metric: Metric | null; unit: string | null },
	today: Date
) {
	const fields: OutcomeFields = {
		value: v.value,
		unit: v.unit,
		kind: v.kind.toLowerCase(),
		bound: BOUNDS[v.bound] ?? v.bound,
		sourceType: v.source_report_id ? 'report' : v.source_url ? 'url' : '',
		sourceReportId: v.source_report_id,
		sourceUrl: v.source_url,
		sourceQuote: v.source_quote,
		sourceDate: v.source_date,
		note: v.note
	};
	const checked = validateOutcome(
		db,
		fields,
		{ ...target, metric: target.metric ?? 'level' },
		today
	);
	const errors: FieldErrors = 'errors' in checked ? checked.errors : {};
	if (!target.metric) delete errors.unit;
	if (errors.kind) errors.kind = 'kind 须为 final（最终数）或 estimated（预计数）';
	if (errors.bound) errors.bound = 'bound 须为空、<= 或 >=';
	if (errors.sourceType)
		errors.sourceType =
			'缺少出处：请填写 source_url（网址）或 source_report_id（已保存报告的编号）';
	if (errors.sourceReportId) errors.sourceReportId = `没有编号为“${v.source_report_id}”的报告`;
	if (errors.sourceQuote === '这段原文不在所选报告中')
		errors.sourceQuote = `这段原文不在报告 #${v.source_report_id} 中`;
	const messages = Object.entries(errors).map(([field, message]) => ({
		column: COLUMN_OF[field as keyof FieldErrors],
		message
	}));
	if ('draft' in checked && v.source_report_id && v.source_url) {
		if (isHttpUrl(v.source_url)) checked.draft.sourceUrl = v.source_url;
		else messages.push({ column: 'source_url', message: '网址须以 http:// 或 https:// 开头' });
	}
	return { draft: 'draft' in checked ? checked.draft : null, messages };
}

/**
 * The stored figure the row repeats exactly (as in a re-imported export). It is not checked
 * again: nothing will be written for it.
 */
export function storedTwin(
	v: Record<Column, string>,
	key: OutcomeKey,
	stored: Outcome[]
): Outcome | undefined {
	const value = parseNumber(v.value);
	return stored.find(
		(o) =>
			o.value !== null &&
			o.value === value &&
			sameKey(o, key) &&
			(o.unit ?? '') === v.unit &&
			o.estimated === (v.kind.toLowerCase() === 'estimated') &&
			(o.bound ?? '') === (BOUNDS[v.bound] ?? v.bound) &&
			String(o.sourceReportId ?? '') === v.source_report_id &&
			(o.sourceUrl ?? '') === v.source_url &&
			o.sourceQuote === v.source_quote &&
			(o.sourceDate ?? '') === v.source_date
	);
}
