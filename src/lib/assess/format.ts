import Big from 'big.js';
import { toPlaces } from './precision';
import type { Assessment, Bound, CommitmentInput, Comparator, Metric } from './types';

/** Metrics whose gaps are in percentage points. */
export function isPercentMetric(metric: Metric): boolean {
	return (
		metric === 'growth' || metric === 'rate' || metric === 'change_pp' || metric === 'relative'
	);
}

/**
 * A decimal as written: no exponent, no trailing zeros (3.3, 0.0000001, 6600).
 * `toFixed()` without places ignores Big.NE/Big.PE, unlike `toString()`.
 */
export function formatDecimal(value: Big): string {
	return value.toFixed();
}

/** As written, or at `places` decimals when given (figures shown at the report's precision). */
function num(value: number | Big, places?: number | null): string {
	if (places !== undefined && places !== null) return toPlaces(value, places);
	return formatDecimal(typeof value === 'number' ? new Big(value) : value);
}

/** A figure with its unit: 6.7%, 6600人, 1个百分点, 136.4亿元. */
export function formatFigure(
	value: number | Big,
	unit: string | null,
	metric?: Metric,
	places?: number | null
): string {
	const u = unit?.trim() || null;
	const n = num(value, places);
	if (u === '%') return `${n}%`;
	if (u === 'pp' || u === '个百分点') return `${n}个百分点`;
	if (u !== null) return `${n}${u}`;
	if (metric === 'change_pp') return `${n}个百分点`;
	if (metric === 'growth' || metric === 'rate' || metric === 'relative') return `${n}%`;
	return n;
}

/** A gap magnitude: "3.3 个百分点" for percentage metrics, "221人" for levels. */
export function formatGap(
	value: Big,
	metric: Metric,
	unit: string | null,
	places?: number | null
): string {
	if (isPercentMetric(metric)) return `${num(value, places)} 个百分点`;
	return `${num(value, places)}${unit?.trim() ?? ''}`;
}

export function boundSymbol(bound: Bound): string {
	return bound === '<=' ? '≤' : '≥';
}

/** A known-only-by-bound figure without the label: ≤2.5%. */
export function formatBounded(
	value: number | Big,
	bound: Bound | null,
	unit: string | null,
	metric?: Metric,
	places?: number | null
): string {
	const figure = formatFigure(value, unit, metric, places);
	return bound === null ? figure : `${boundSymbol(bound)}${figure}`;
}

/** An actual with its bound label: 6.7%, ≤2.5%（上限）, ≥6%（下限）. */
export function formatActualFigure(
	value: number | Big,
	bound: Bound | null,
	unit: string | null,
	metric?: Metric,
	places?: number | null
): string {
	const figure = formatBounded(value, bound, unit, metric, places);
	if (bound === '<=') return `${figure}（上限）`;
	if (bound === '>=') return `${figure}（下限）`;
	return figure;
}

/** The actual of an assessment for display, or — when there is none. */
export function formatActual(
	assessment: Pick<Assessment, 'actual' | 'actualBound' | 'decimals'>,
	unit: string | null
): string {
	if (assessment.actual === null) return '—';
	return formatActualFigure(
		assessment.actual,
		assessment.actualBound,
		unit,
		undefined,
		assessment.decimals
	);
}

function relativeText(comparator: Comparator, name: string): string {
	switch (comparator) {
		case '>':
			return `高于${name}增长`;
		case '>=':
			return `不低于${name}增长`;
		case '<=':
			return `不高于${name}增长`;
		case '~':
		case '=':
			return `与${name}增长同步`;
	}
}

export function indicatorName(code: string, names?: Record<string, string>): string {
	return names?.[code] ?? code;
}

export interface FormatTargetOptions {
	names?: Record<string, string>;
	/** space between 力争 and its figure (sentence style, used by reasons) */
	spaced?: boolean;
	/** leave out the stretch */
	noStretch?: boolean;
}

/** The target as a reader sees it: ≥10%, 6.5%左右, ≤4%, 8%（力争10%）, 6600人, 与地区生产总值增长同步. */
export function formatTarget(
	commitment: Pick<
		CommitmentInput,
		'metric' | 'comparator' | 'value' | 'stretch' | 'unit' | 'relativeTo'
	>,
	options: FormatTargetOptions = {}
): string {
	const { metric, comparator, value, stretch, unit } = commitment;
	if (metric === 'qualitative') return '定性目标';
	if (metric === 'relative')
		return relativeText(comparator, indicatorName(commitment.relativeTo ?? '?', options.names));
	if (value === null) return '—';
	const figure = formatFigure(value, unit, metric);
	let text: string;
	switch (comparator) {
		case '>=':
			text = `≥${figure}`;
			break;
		case '>':
			text = `>${figure}`;
			break;
		case '<=':
			text = `≤${figure}`;
			break;
		case '~':
			text = `${figure}左右`;
			break;
		case '=':
			text = figure;
			break;
	}
	if (stretch !== null && !options.noStretch) {
		text += `（力争${options.spaced ? ' ' : ''}${formatFigure(stretch, unit, metric)}）`;
	}
	return text;
}
