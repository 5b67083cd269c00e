import Big from 'big.js';
import { formatDecimal, formatGap } from './format';
import {
	explain,
	judgedReason,
	missingReferenceReason,
	NO_DATA_REASON,
	QUALITATIVE_REASON,
	type Verdict
} from './reason';
import { selectOutcome } from './select';
import { decide, rangeOf, shift, type Direction, type Range } from './status';
import { unitFactor } from './units';
import { actualDecimals, writtenDecimals } from './precision';
import {
	DEFAULT_SETTINGS,
	type AssessOptions,
	type Assessment,
	type CommitmentInput,
	type Comparator,
	type JudgementInput,
	type OutcomeInput
} from './types';

function direction(comparator: Comparator): Direction {
	if (comparator === '<=') return 'atMost';
	if (comparator === '>') return 'above';
	return 'atLeast';
}

/** As a JS number, never −0 (Big keeps the sign of a −0 input; the figures as written have none). */
function toNumber(value: Big): number {
	return value.toNumber() || 0;
}

function statusOf(verdict: Verdict): Assessment['status'] {
	return verdict === 'undecided' ? 'unassessable' : verdict;
}

function compute(
	c: CommitmentInput,
	outcomes: readonly OutcomeInput[],
	opts: AssessOptions
): Assessment {
	const settings = opts.settings ?? DEFAULT_SETTINGS;
	const names = opts.names;
	const base: Assessment = {
		commitmentId: c.id,
		status: 'pending',
		actual: null,
		actualBound: null,
		actualEstimated: false,
		outcomeId: null,
		reference: null,
		gap: null,
		attainment: null,
		decimals: null,
		gapDecimals: null,
		reason: NO_DATA_REASON,
		judgement: null
	};

	if (c.metric === 'qualitative')
		return { ...base, status: 'unassessable', reason: QUALITATIVE_REASON };

	const o = selectOutcome(c, outcomes);
	if (o === null || o.value === null) return base;

	const unit = c.unit ?? o.unit;
	let a = new Big(o.value);
	const targetPlaces = c.value === null ? 0 : writtenDecimals(c.sourceQuote, c.value);
	const actualPlaces = writtenDecimals(o.sourceQuote, o.value);
	const found: Assessment = {
		...base,
		actual: o.value,
		actualBound: o.bound,
		actualEstimated: o.estimated,
		outcomeId: o.id,
		decimals: actualPlaces,
		gapDecimals: Math.max(targetPlaces, actualPlaces)
	};
	if (c.metric === 'level') {
		const factor = unitFactor(o.unit, c.unit);
		if (factor === null) {
			return {
				...found,
				status: 'unassessable',
				reason: `实际单位「${o.unit}」与目标单位「${c.unit}」不同，无法比较`
			};
		}
		a = a.times(factor);
		found.actual = toNumber(a);
		found.decimals = actualDecimals(targetPlaces, actualPlaces, factor.e);
		found.gapDecimals = Math.max(targetPlaces, found.decimals);
	}
	const x = rangeOf(a, o.bound);

	if (c.metric === 'relative') {
		if (!c.relativeTo) return { ...found, status: 'unassessable', reason: '目标未指明参照指标' };
		const refOutcome = selectOutcome(
			{ indicator: c.relativeTo, metric: 'growth' },
			opts.reference ?? outcomes
		);
		if (refOutcome === null || refOutcome.value === null) {
			return {
				...found,
				status: 'pending',
				reason: missingReferenceReason(c, a, o.bound, unit, o.estimated, names, found.decimals)
			};
		}
		const referencePlaces = writtenDecimals(refOutcome.sourceQuote, refOutcome.value);
		found.gapDecimals = Math.max(actualPlaces, referencePlaces);
		const r = new Big(refOutcome.value);
		const estimated = o.estimated || refOutcome.estimated;
		const tolerant = c.comparator === '=' || c.comparator === '~';
		const tol = tolerant ? new Big(settings.tolerancePp) : null;
		const threshold: Range = rangeOf(r, refOutcome.bound);
		const verdict = decide(x, direction(c.comparator), tol ? shift(threshold, tol) : threshold);
		const gap = o.bound === null && refOutcome.bound === null ? a.minus(r) : null;
		return {
			...found,
			status: statusOf(verdict),
			actualEstimated: estimated,
			reference: refOutcome.value,
			gap: gap && toNumber(gap),
			reason: explain({
				commitment: c,
				names,
				verdict,
				actual: a,
				actualBound: o.bound,
				unit,
				gap,
				tolerance: tol && formatGap(tol, 'relative', null),
				reference: { value: r, bound: refOutcome.bound, places: referencePlaces },
				estimated,
				places: found.decimals,
				gapPlaces: found.gapDecimals
			})
		};
	}

	if (c.value === null) return { ...found, status: 'unassessable', reason: '目标缺少数值' };
	const t = new Big(c.value);
	let tol: Big | null = null;
	let tolText: string | null = null;
	if (c.comparator === '~') {
		if (c.metric === 'level') {
			const pct = new Big(settings.toleranceLevelPct);
			// pct % of |t|, exact: × 0.01 rather than div(100), which would round at Big.DP places
			tol = t.abs().times(pct).times(0.01);
			tolText = `${formatGap(tol, 'level', unit)}（目标的${formatDecimal(pct)}%）`;
		} else {
			tol = new Big(settings.tolerancePp);
			tolText = formatGap(tol, c.metric, unit);
		}
	}
	const point: Range = rangeOf(t, null);
	let verdict: Verdict = decide(x, direction(c.comparator), tol ? shift(point, tol) : point);
	if (verdict === 'met' && c.stretch !== null) {
		const stretchDirection: Direction = c.comparator === '<=' ? 'atMost' : 'atLeast';
		if (decide(x, stretchDirection, rangeOf(new Big(c.stretch), null)) === 'met')
			verdict = 'exceeded';
	}
	const exact = o.bound === null;
	const gap = exact ? a.minus(t) : null;
	// a × 100 / t to one decimal, half away from zero. div() first rounds to Big.DP (20) places, half up;
	// for figures of ≤ 17 significant digits the quotient is never within 5e-19 of a .x5 edge unless on it,
	// so that first rounding cannot change the one-decimal result.
	const attainment =
		exact && t.gt(0) && a.gte(0) ? toNumber(a.times(100).div(t).round(1, Big.roundHalfUp)) : null;
	return {
		...found,
		status: statusOf(verdict),
		gap: gap && toNumber(gap),
		attainment,
		reason: explain({
			commitment: c,
			names,
			verdict,
			actual: a,
			actualBound: o.bound,
			unit,
			gap,
			tolerance: tolText,
			estimated: o.estimated,
			places: found.decimals,
			gapPlaces: found.gapDecimals
		})
	};
}

/**
 * Assess one commitment against the outcomes recorded for its region and year
 * (docs: shared/spec/assessment.md). A manual judgement counts only where the
 * rules leave the commitment unassessable (qualitative, or an undecidable bound).
 */
export function assess(
	commitment: CommitmentInput,
	outcomes: readonly OutcomeInput[],
	opts: AssessOptions = {}
): Assessment {
	const computed = compute(commitment, outcomes, opts);
	const judgement: JudgementInput | null = opts.judgement ?? null;
	if (computed.status !== 'unassessable' || judgement === null) return computed;
	return {
		...computed,
		status: judgement.status,
		judgement,
		reason: judgedReason(computed.reason, judgement)
	};
}
