import { abs, cmp, dec, div, mul, sign, sub, toNumber, toString, type Dec } from './decimal';
import { formatGap } from './format';
import {
	explain,
	judgedReason,
	missingReferenceReason,
	NO_DATA_REASON,
	QUALITATIVE_REASON,
	type Outcome
} from './reason';
import { selectOutcome } from './select';
import { decide, rangeOf, shift, type Direction, type Range } from './status';
import { unitFactor } from './units';
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

function statusOf(outcome: Outcome): Assessment['status'] {
	return outcome === 'undecided' ? 'unassessable' : outcome;
}

function compute(c: CommitmentInput, outcomes: readonly OutcomeInput[], opts: AssessOptions): Assessment {
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
		reason: NO_DATA_REASON,
		judgement: null
	};

	if (c.metric === 'qualitative') return { ...base, status: 'unassessable', reason: QUALITATIVE_REASON };

	const o = selectOutcome(c, outcomes);
	if (o === null || o.value === null) return base;

	const unit = c.unit ?? o.unit;
	let a = dec(o.value);
	const found: Assessment = {
		...base,
		actual: o.value,
		actualBound: o.bound,
		actualEstimated: o.estimated,
		outcomeId: o.id
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
		a = mul(a, factor);
		found.actual = toNumber(a);
	}
	const x = rangeOf(a, o.bound);

	if (c.metric === 'relative') {
		if (!c.relativeTo) return { ...found, status: 'unassessable', reason: '目标未指明参照指标' };
		const refOutcome = selectOutcome({ indicator: c.relativeTo, metric: 'growth' }, opts.reference ?? outcomes);
		if (refOutcome === null || refOutcome.value === null) {
			return {
				...found,
				status: 'pending',
				reason: missingReferenceReason(c, a, o.bound, unit, o.estimated, names)
			};
		}
		const r = dec(refOutcome.value);
		const estimated = o.estimated || refOutcome.estimated;
		const tolerant = c.comparator === '=' || c.comparator === '~';
		const tol = tolerant ? dec(settings.tolerancePp) : null;
		const threshold: Range = rangeOf(r, refOutcome.bound);
		const outcome = decide(x, direction(c.comparator), tol ? shift(threshold, tol) : threshold);
		const gap = o.bound === null && refOutcome.bound === null ? sub(a, r) : null;
		return {
			...found,
			status: statusOf(outcome),
			actualEstimated: estimated,
			reference: refOutcome.value,
			gap: gap && toNumber(gap),
			reason: explain({
				commitment: c,
				names,
				outcome,
				actual: a,
				actualBound: o.bound,
				unit,
				gap,
				tolerance: tol && formatGap(tol, 'relative', null),
				reference: { value: r, bound: refOutcome.bound },
				estimated
			})
		};
	}

	if (c.value === null) return { ...found, status: 'unassessable', reason: '目标缺少数值' };
	const t = dec(c.value);
	let tol: Dec | null = null;
	let tolText: string | null = null;
	if (c.comparator === '~') {
		if (c.metric === 'level') {
			const pct = dec(settings.toleranceLevelPct);
			tol = div(mul(abs(t), pct), dec(100), Math.max(abs(t).e + pct.e, 0) + 2);
			tolText = `${formatGap(tol, 'level', unit)}（目标的${toString(pct)}%）`;
		} else {
			tol = dec(settings.tolerancePp);
			tolText = formatGap(tol, c.metric, unit);
		}
	}
	const point: Range = rangeOf(t, null);
	let outcome: Outcome = decide(x, direction(c.comparator), tol ? shift(point, tol) : point);
	if (outcome === 'met' && c.stretch !== null) {
		const stretchDirection: Direction = c.comparator === '<=' ? 'atMost' : 'atLeast';
		if (decide(x, stretchDirection, rangeOf(dec(c.stretch), null)) === 'met') outcome = 'exceeded';
	}
	const exact = o.bound === null;
	const gap = exact ? sub(a, t) : null;
	const attainment =
		exact && sign(t) > 0 && cmp(a, dec(0)) >= 0 ? toNumber(div(mul(a, dec(100)), t, 1)) : null;
	return {
		...found,
		status: statusOf(outcome),
		gap: gap && toNumber(gap),
		attainment,
		reason: explain({
			commitment: c,
			names,
			outcome,
			actual: a,
			actualBound: o.bound,
			unit,
			gap,
			tolerance: tolText,
			estimated: o.estimated
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
