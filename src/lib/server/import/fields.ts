import type { ExtractedOutcome, ExtractedTarget } from '../../extract/types';
import { BOUNDS, COMPARATORS, METRICS } from '../db/schema';
import { parseNumber } from '../outcome-input';
import type { ItemDraft, ItemField } from './model';

export type Errors<K extends string> = Partial<Record<K, string>>;
export type Checked<T, K extends string> =
	{ ok: true; value: T } | { ok: false; errors: Errors<K> };

export const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
	(list as readonly string[]).includes(v);

const PERCENT = new Set(['%', '％', '']);
const PP = new Set(['pp', '个百分点', '百分点', '']);

export interface ItemContext {
	indicators: Set<string>;
	textLength: number;
	thisYear: number;
}

function numberOrError(raw: string, required: boolean): { n: number | null; error?: string } {
	const text = raw.trim();
	if (!text) return required ? { n: null, error: '请填写数值' } : { n: null };
	const n = parseNumber(text);
	return n === null ? { n: null, error: `“${text}”不是数字` } : { n };
}

function yearOrError(
	raw: string,
	ctx: ItemContext,
	outcome: boolean
): { year: number; error?: string } {
	const text = raw.trim();
	if (!/^\d{4}$/.test(text)) return { year: 0, error: '年份须为 4 位数字，如 2025' };
	const year = Number(text);
	if (year < 1949 || year > ctx.thisYear + 10) return { year, error: `${year}年不在合理范围内` };
	if (outcome && year > ctx.thisYear) return { year, error: `${year}年尚未到来，不能有实际数据` };
	return { year };
}

/** The unit as stored, by metric: % for growth and rates, pp for changes, a unit for levels. */
function unitOrError(raw: string, metric: string): { unit: string | null; error?: string } {
	const unit = raw.trim();
	if (metric === 'qualitative' || metric === 'relative') return { unit: null };
	if (metric === 'growth' || metric === 'rate')
		return PERCENT.has(unit) ? { unit: '%' } : { unit, error: '增速和比率的单位是 %' };
	if (metric === 'change_pp')
		return PP.has(unit) ? { unit: 'pp' } : { unit, error: '百分点变化的单位是“个百分点”' };
	if (!unit) return { unit: null, error: '请填写单位' };
	if (unit.length > 20) return { unit, error: '单位不超过 20 个字' };
	if (PERCENT.has(unit) || PP.has(unit))
		return { unit, error: '总量不能以 % 表示，请改选增速或比率' };
	return { unit };
}

/** Checks one reviewed item; every problem is reported at once, keyed by its field. */
export function checkItem(
	item: ItemDraft,
	ctx: ItemContext
): Checked<ExtractedTarget | ExtractedOutcome, ItemField> {
	const v = item.values;
	const errors: Errors<ItemField> = {};
	const isTarget = item.kind === 'target';
	const indicator = v.indicator.trim();
	if (!ctx.indicators.has(indicator))
		errors.indicator = indicator ? `未知的指标“${indicator}”` : '请选择指标';
	const name = v.name.trim();
	if (!name) errors.name = '请填写名称';
	else if (name.length > 100) errors.name = '名称不超过 100 个字';
	const scope = v.scope.trim() || null;
	if (scope && scope.length > 50) errors.scope = '范围不超过 50 个字';
	const metric = v.metric;
	if (!isOneOf(METRICS, metric)) errors.metric = '请选择指标类型';
	else if (!isTarget && (metric === 'qualitative' || metric === 'relative')) {
		errors.metric = '实际数据只能是增速、总量、比率或百分点变化';
	}
	const year = yearOrError(v.year, ctx, !isTarget);
	if (year.error) errors.year = year.error;
	const unit = unitOrError(v.unit, metric);
	if (unit.error) errors.unit = unit.error;
	const figureless = metric === 'qualitative' || metric === 'relative';
	const value = numberOrError(v.value, !figureless);
	if (value.error && !figureless) errors.value = value.error;

	const quote = v.quote.trim();
	const start = Number(v.start);
	const end = Number(v.end);
	if (!quote || quote.length > 2000) errors.quote = '原文摘录缺失或过长';
	else if (
		!Number.isSafeInteger(start) ||
		!Number.isSafeInteger(end) ||
		start < 0 ||
		end <= start ||
		end > ctx.textLength
	) {
		errors.quote = '原文位置无效，请重新导入';
	}
	const common = {
		year: year.year,
		indicator,
		name,
		scope,
		unit: unit.unit,
		quote,
		span: { start, end },
		// an item the editor has checked carries nothing left to check
		guesses: []
	};

	if (!isTarget) {
		const bound = v.bound;
		if (bound && !isOneOf(BOUNDS, bound)) errors.bound = '界限只能是“≤”或“≥”';
		if (Object.keys(errors).length || !isOneOf(METRICS, metric)) return { ok: false, errors };
		const outcome: ExtractedOutcome = {
			...common,
			metric,
			value: value.n,
			estimated: v.estimated === 'true',
			bound: bound === '<=' || bound === '>=' ? bound : null
		};
		return { ok: true, value: outcome };
	}
	const comparator = v.comparator;
	if (!isOneOf(COMPARATORS, comparator)) errors.comparator = '请选择比较方式';
	const stretch = numberOrError(v.stretch, false);
	if (stretch.error) errors.stretch = stretch.error;
	const relativeTo = v.relativeTo.trim() || null;
	if (metric === 'relative' && (!relativeTo || relativeTo === 'other'))
		errors.relativeTo = '相对目标须选择参照指标';
	else if (relativeTo && !ctx.indicators.has(relativeTo))
		errors.relativeTo = `未知的指标“${relativeTo}”`;
	const binding = v.binding === 'expected' || v.binding === 'binding' ? v.binding : null;
	if (Object.keys(errors).length || !isOneOf(METRICS, metric) || !isOneOf(COMPARATORS, comparator))
		return { ok: false, errors };
	const target: ExtractedTarget = {
		...common,
		metric,
		comparator,
		value: figureless ? null : value.n,
		stretch: figureless ? null : stretch.n,
		relativeTo: metric === 'relative' ? relativeTo : null,
		headline: v.headline === 'true',
		binding
	};
	return { ok: true, value: target };
}
