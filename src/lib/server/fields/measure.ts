import * as v from 'valibot';
import { unitFactor } from '../../assess/units';
import type { Metric } from '../../vocabulary';
import type { Problem } from './issues';
import { LIMITS, optionalText, requiredText, text } from './text';

/** What the fields of a commitment or an outcome are checked against. */
export interface MeasureContext {
	/** the codes of the indicator catalogue */
	indicators: Set<string>;
	/** this year in Beijing */
	thisYear: number;
}

/** A relative or qualitative commitment has no figure of its own. */
export const isFigureless = (metric: string) => metric === 'relative' || metric === 'qualitative';

/** What commitments and outcomes share: which statistic, by which name, of which scope. */
export const measureEntries = (ctx: MeasureContext) => ({
	indicator: indicatorCode(ctx),
	name: requiredText(LIMITS.name),
	scope: optionalText(LIMITS.scope)
});

/** A unit as typed; whether it fits is the metric's rule (unitOf). */
export const unitEntry = text(LIMITS.unit);

const known = (ctx: MeasureContext) => (code: string) => !code || ctx.indicators.has(code);

/** A code of the indicator catalogue. */
export const indicatorCode = (ctx: MeasureContext) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.check(known(ctx), 'unknown_indicator'));

/** A code of the catalogue, or null when left empty. */
export const optionalIndicatorCode = (ctx: MeasureContext) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.check(known(ctx), 'unknown_indicator'),
		v.transform((code) => code || null)
	);

const PERCENT = new Set(['%', '％']);
const POINTS = new Set(['pp', '个百分点', '百分点']);

/**
 * The unit as stored, by metric: % for growth, % or ‰ for rates, pp for changes in points, a
 * unit for a level (the target's when left empty, and one that converts to it); none without
 * a figure.
 */
export function unitOf(
	metric: Metric,
	raw: string,
	targetUnit: string | null = null
): { unit: string | null } | { problem: Problem } {
	const unit = raw.trim();
	if (isFigureless(metric)) return { unit: null };
	if (metric === 'growth')
		return !unit || PERCENT.has(unit)
			? { unit: '%' }
			: { problem: { code: 'unit_mismatch', expected: '%' } };
	if (metric === 'rate') return rateUnit(unit, targetUnit);
	if (metric === 'change_pp')
		return !unit || POINTS.has(unit)
			? { unit: 'pp' }
			: { problem: { code: 'unit_mismatch', expected: 'pp' } };
	if (PERCENT.has(unit) || POINTS.has(unit))
		return { problem: { code: 'unit_mismatch', expected: 'level' } };
	if (!unit) return targetUnit ? { unit: targetUnit } : { problem: 'required' };
	if (targetUnit && unitFactor(unit, targetUnit) === null)
		return { problem: { code: 'unit_incomparable', expected: targetUnit } };
	return { unit };
}

/** A rate is in % or, for births and population growth, in ‰; an outcome in its target's. */
function rateUnit(
	unit: string,
	targetUnit: string | null
): { unit: string } | { problem: Problem } {
	const target = targetUnit === '‰' ? '‰' : '%';
	const stored = !unit ? (targetUnit ? target : '%') : PERCENT.has(unit) ? '%' : unit;
	if (stored !== '%' && stored !== '‰')
		return { problem: { code: 'unit_mismatch', expected: 'rate' } };
	if (targetUnit && stored !== target)
		return { problem: { code: 'unit_incomparable', expected: target } };
	return { unit: stored };
}

export const unitProblem = (metric: Metric, raw: string, targetUnit: string | null = null) => {
	const u = unitOf(metric, raw, targetUnit);
	return 'problem' in u ? u.problem : null;
};

export const storedUnit = (metric: Metric, raw: string, targetUnit: string | null = null) => {
	const u = unitOf(metric, raw, targetUnit);
	return 'unit' in u ? u.unit : null;
};
