import * as v from 'valibot';
import { scopeKey } from '../../assess/select';
import { check, withRules, type FieldIssue, type IssueCode } from '../fields/issues';
import { indicatorCode, type MeasureContext } from '../fields/measure';
import { parseNumber } from '../fields/number';
import { figureOf, outcomeEntries, outcomeRules, type OutcomeDraft } from '../fields/outcome';
import { statesFigure } from '../fields/quote';
import { regionCode } from '../fields/report';
import { sourceEntries, sourceOf, sourceRules, type SourceContext } from '../fields/source';
import { LIMITS, optionalText } from '../fields/text';
import type { Outcome } from '../db/schema';
import type { OutcomeKey } from '../record';
import { COLUMNS, type Column } from './parse';

export const sameKey = (a: OutcomeKey, b: OutcomeKey) =>
	a.regionCode === b.regionCode &&
	a.year === b.year &&
	a.indicator === b.indicator &&
	a.metric === b.metric &&
	scopeKey(a.scope) === scopeKey(b.scope);

export interface RowContext extends MeasureContext, SourceContext {
	regionExists: (code: string) => boolean;
	/** the unit of the commitment the row will be compared with (or the indicator's) */
	targetUnit?: string | null;
}

/** Which statistic a row is of: the key its outcomes compete under. */
const keyEntries = (ctx: RowContext) => {
	const { metric, year } = outcomeEntries(ctx);
	return {
		regionCode: regionCode(ctx.regionExists),
		indicator: indicatorCode(ctx),
		scope: optionalText(LIMITS.scope),
		metric,
		year
	};
};

/** A CSV row is a recorded outcome with its statistic: the outcome form's rules, and the key's. */
const rowSchema = (ctx: RowContext) =>
	v.pipe(
		withRules(
			{
				...outcomeEntries(ctx),
				...sourceEntries(ctx),
				...keyEntries(ctx),
				name: optionalText(LIMITS.name)
			},
			[
				...outcomeRules(ctx),
				...sourceRules(ctx),
				statesFigure('value', 'sourceQuote', 'sourceQuote')
			]
		),
		v.transform((o) => ({
			key: {
				regionCode: o.regionCode,
				year: o.year,
				indicator: o.indicator,
				metric: o.metric,
				scope: o.scope
			} satisfies OutcomeKey,
			name: o.name,
			draft: { ...figureOf(o, ctx), ...sourceOf(o) } satisfies OutcomeDraft
		}))
	);

const COLUMN_OF: Record<string, Column> = {
	regionCode: 'region_code',
	sourceType: 'source_url',
	sourceReportId: 'source_report_id',
	sourceUrl: 'source_url',
	sourceQuote: 'source_quote',
	sourceDate: 'source_date'
};

/** The row's values under the names the rules use. */
function postedOf(v: Record<Column, string>) {
	return {
		regionCode: v.region_code,
		year: v.year,
		indicator: v.indicator,
		metric: v.metric,
		scope: v.scope,
		name: v.name,
		value: v.value,
		unit: v.unit,
		kind: v.kind.toLowerCase(),
		bound: v.bound,
		sourceType: v.source_report_id ? 'report' : v.source_url ? 'url' : '',
		sourceReportId: v.source_report_id,
		sourceUrl: v.source_url,
		sourceQuote: v.source_quote,
		sourceDate: v.source_date,
		note: v.note
	};
}

/** Where the CSV's words say it better than the form's: they name the columns and their values. */
function csvMessage(i: FieldIssue, v: Record<Column, string>): string {
	const words: Partial<Record<IssueCode, Partial<Record<Column, string>>>> = {
		required: { region_code: '请填写地区代码', indicator: '请填写指标代码' },
		unknown_region: { region_code: `没有代码为“${v.region_code}”的地区（须为 6 位行政区划代码）` },
		not_a_region_code: { region_code: `“${v.region_code}”不是 6 位行政区划代码` },
		unknown_indicator: { indicator: `指标代码“${v.indicator}”不在指标目录中` },
		not_a_choice: {
			metric: `口径${v.metric ? `“${v.metric}”` : ''}须为 growth、level、rate 或 change_pp 之一`,
			kind: 'kind 须为 final（最终数）或 estimated（预计数）',
			bound: 'bound 须为空、<= 或 >='
		},
		source_missing: {
			source_url: '缺少出处：请填写 source_url（网址）或 source_report_id（已保存报告的编号）'
		},
		unknown_report: { source_report_id: `没有编号为“${v.source_report_id}”的报告` },
		quote_not_in_report: { source_quote: `这段原文不在报告 #${v.source_report_id} 中` }
	};
	words.metric_without_figure = { metric: words.not_a_choice!.metric };
	return words[i.code]?.[columnOf(i.field)] ?? i.message;
}

const columnOf = (field: string): Column => COLUMN_OF[field] ?? (field as Column);

/** Checks a row by the rules every recorded outcome follows, each problem under its column. */
export function checkRow(v: Record<Column, string>, ctx: RowContext) {
	const checked = check(rowSchema(ctx), postedOf(v));
	if (checked.ok) return { ok: true as const, ...checked.value };
	const messages = checked.issues.map((i) => ({
		column: columnOf(i.field),
		code: i.code,
		message: csvMessage(i, v)
	}));
	messages.sort((a, b) => COLUMNS.indexOf(a.column) - COLUMNS.indexOf(b.column));
	return { ok: false as const, messages };
}

/** The row's statistic, when its key columns are right: to find the commitments it matches. */
export function keyOf(row: Record<Column, string>, ctx: RowContext): OutcomeKey | null {
	const checked = check(v.object(keyEntries(ctx)), postedOf(row));
	return checked.ok ? checked.value : null;
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
	const bound = ({ '≤': '<=', '≥': '>=' } as Record<string, string>)[v.bound] ?? v.bound;
	return stored.find(
		(o) =>
			o.value !== null &&
			o.value === value &&
			sameKey(o, key) &&
			(o.unit ?? '') === v.unit &&
			o.estimated === (v.kind.toLowerCase() === 'estimated') &&
			(o.bound ?? '') === bound &&
			String(o.sourceReportId ?? '') === v.source_report_id &&
			(o.sourceUrl ?? '') === v.source_url &&
			o.sourceQuote === v.source_quote &&
			(o.sourceDate ?? '') === v.source_date
	);
}
