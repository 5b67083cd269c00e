import { isIsoDay, todayInChina, yearInChina } from './dates';
import { unitFactor } from '../assess/units';
import { normalize } from '../extract';
import type { Metric } from '../assess';
import type { DbOrTx } from './db';
import type { Outcome } from './db/schema';
import { reportContainsQuote } from './reports';

/** A validated outcome, ready to store: every figure carries its source. */
export interface OutcomeDraft {
	value: number;
	unit: string;
	estimated: boolean;
	bound: '<=' | '>=' | null;
	sourceReportId: number | null;
	sourceUrl: string | null;
	sourceQuote: string;
	sourceDate: string | null;
	note: string | null;
}

/** The raw fields of the form (or of a CSV row); all strings, possibly missing. */
export interface OutcomeFields {
	value?: string;
	unit?: string;
	kind?: string;
	bound?: string;
	sourceType?: string;
	sourceReportId?: string;
	sourceUrl?: string;
	sourceQuote?: string;
	sourceDate?: string;
	note?: string;
}

export type FieldErrors = Partial<Record<keyof OutcomeFields | 'year', string>>;

/** What the outcome is of: the target's metric decides which units fit. */
export interface OutcomeTarget {
	year: number;
	metric: Metric;
	unit: string | null;
}

const PERCENT_UNITS = new Set(['%', '％']);
const PP_UNITS = new Set(['pp', '个百分点', '百分点']);

/** Full-width digits and signs, thousands separators and stray spaces are accepted. */
export function parseNumber(raw: string): number | null {
	const text = raw
		.trim()
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[．]/g, '.')
		.replace(/[－−—]/g, '-')
		.replace(/[,，\s]/g, '');
	if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/** The unit as stored, or a reason it does not fit the metric of the target. */
function checkUnit(raw: string, target: OutcomeTarget): { unit: string } | { error: string } {
	const unit = raw.trim() || target.unit || '';
	if (target.metric === 'growth' || target.metric === 'rate' || target.metric === 'relative') {
		return PERCENT_UNITS.has(unit) ? { unit: '%' } : { error: '增速和比率须以 % 表示' };
	}
	if (target.metric === 'change_pp') {
		return PP_UNITS.has(unit) ? { unit: 'pp' } : { error: '百分点变化须以“个百分点”表示' };
	}
	if (!unit) return { error: '请填写单位' };
	if (PERCENT_UNITS.has(unit) || PP_UNITS.has(unit)) return { error: '总量不能以 % 表示' };
	if (target.unit && unitFactor(unit, target.unit) === null) {
		return { error: `单位“${unit}”无法与目标单位“${target.unit}”比较` };
	}
	return { unit };
}

export function isHttpUrl(raw: string): boolean {
	try {
		const url = new URL(raw);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

/** Whether the figure (or its size, for a 下降 written as a positive number) stands in the quote. */
export function quoteStates(quote: string, value: number): boolean {
	const digits = normalize(quote).text.replace(/(?<=\d),(?=\d{3})/g, '');
	return (digits.match(/\d+(?:\.\d+)?/g) ?? []).some((n) => Number(n) === Math.abs(value));
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

/** Checks every field; all problems are reported at once, each beside its field. */
export function validateOutcome(
	db: DbOrTx,
	fields: OutcomeFields,
	target: OutcomeTarget,
	today = new Date()
): { draft: OutcomeDraft } | { errors: FieldErrors } {
	const errors: FieldErrors = {};
	const todayText = todayInChina(today);
	if (target.year > yearInChina(today)) errors.year = `${target.year}年尚未到来，不能记录实际数据`;

	const value = parseNumber(fields.value ?? '');
	if (value === null)
		errors.value = fields.value?.trim() ? `“${fields.value.trim()}”不是数字` : '请填写数值';

	const unit = checkUnit(fields.unit ?? '', target);
	if ('error' in unit) errors.unit = unit.error;

	if (fields.kind !== 'estimated' && fields.kind !== 'final') errors.kind = '请选择预计数或最终数';
	const bound = fields.bound === '<=' || fields.bound === '>=' ? fields.bound : null;
	if (fields.bound && !bound) errors.bound = '界限只能是“≤”或“≥”';

	const quote = (fields.sourceQuote ?? '').trim();
	let sourceReportId: number | null = null;
	let sourceUrl: string | null = null;
	if (fields.sourceType === 'report') {
		sourceReportId = Number(fields.sourceReportId);
		const found = Number.isSafeInteger(sourceReportId)
			? reportContainsQuote(db, sourceReportId, quote)
			: undefined;
		if (found === undefined) errors.sourceReportId = '请选择一份已保存的报告';
		else if (!quote) errors.sourceQuote = '请摘录报告中给出这个数字的原文';
		else if (!found) errors.sourceQuote = '这段原文不在所选报告中';
	} else if (fields.sourceType === 'url') {
		sourceUrl = (fields.sourceUrl ?? '').trim();
		if (!isHttpUrl(sourceUrl))
			errors.sourceUrl = sourceUrl ? '网址须以 http:// 或 https:// 开头' : '请填写出处网址';
		if (!quote) errors.sourceQuote = '请粘贴出处中给出这个数字的原文';
	} else {
		errors.sourceType = '请注明出处：选择报告或填写网址';
	}
	if (quote.length > 2000) errors.sourceQuote = '原文摘录不超过 2000 字';
	else if (quote && value !== null && !errors.sourceQuote && !quoteStates(quote, value)) {
		errors.sourceQuote = `原文摘录中没有 ${Math.abs(value)} 这个数`;
	}

	const sourceDate = (fields.sourceDate ?? '').trim() || null;
	if (sourceDate && !isIsoDay(sourceDate)) {
		errors.sourceDate = '日期格式为 2024-03-20';
	} else if (sourceDate && sourceDate > todayText) {
		errors.sourceDate = '出处日期不能在未来';
	}
	const note = (fields.note ?? '').trim() || null;
	if (note && note.length > 1000) errors.note = '备注不超过 1000 字';

	if (Object.keys(errors).length || value === null || 'error' in unit) return { errors };
	const estimated = fields.kind === 'estimated';
	return {
		draft: {
			value,
			unit: unit.unit,
			estimated,
			bound,
			sourceReportId,
			sourceUrl,
			sourceQuote: quote,
			sourceDate,
			note
		}
	};
}
