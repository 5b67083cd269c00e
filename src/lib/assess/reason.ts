import type Big from 'big.js';
import {
	formatActualFigure,
	formatBounded,
	formatFigure,
	formatGap,
	formatTarget,
	indicatorName
} from './format';
import type { Decision } from './status';
import type { Bound, CommitmentInput, JudgementInput } from './types';

export const NO_DATA_REASON = '尚无实际数据';
export const QUALITATIVE_REASON = '定性目标，尚无判断';
export const ESTIMATE_NOTE = '（基于预计数）';

/** How a commitment fares against its outcome: a decision, or met up to the stretch figure (力争). */
export type Verdict = Decision | 'exceeded';

export interface ReasonInput {
	commitment: CommitmentInput;
	names?: Record<string, string>;
	verdict: Verdict;
	actual: Big;
	actualBound: Bound | null;
	/** unit the actual is shown in (the target's, after conversion) */
	unit: string | null;
	/** a − t (or a − r), when both are known exactly */
	gap: Big | null;
	/** the tolerance applied, as text ("0.5 个百分点"), for `~` and relative `=` */
	tolerance: string | null;
	reference?: { value: Big; bound: Bound | null; places: number | null };
	estimated: boolean;
	/** decimals of the actual and of the gap, as the report writes them */
	places: number | null;
	gapPlaces?: number | null;
}

function note(estimated: boolean): string {
	return estimated ? ESTIMATE_NOTE : '';
}

function gapClause(input: ReasonInput, gap: Big, aboveWord: string): string {
	const c = input.commitment;
	const size = formatGap(gap.abs(), c.metric, input.unit, input.gapPlaces ?? input.places);
	const s = gap.cmp(0);
	const stretchMissed = c.stretch !== null && c.metric !== 'relative' ? '，未达到力争目标' : '';
	if (input.verdict === 'exceeded') return '，达到力争目标';
	if (c.comparator === '<=') {
		if (input.verdict === 'met')
			return (s < 0 ? `，低于上限 ${size}` : '，等于上限') + stretchMissed;
		return `，超出上限 ${size}`;
	}
	if (input.verdict === 'met') {
		if (s > 0) return `，${aboveWord} ${size}` + stretchMissed;
		if (s === 0) return (c.metric === 'relative' ? '，持平' : '，恰好达到目标') + stretchMissed;
		const tol = input.tolerance ? `，在容差 ${input.tolerance}以内` : '';
		return `，差 ${size}${tol}` + stretchMissed;
	}
	if (s < 0) return `，差 ${size}`;
	return c.metric === 'relative' ? '，持平，未高于' : '，与目标持平，未高于目标';
}

function provenClause(verdict: Verdict): string {
	if (verdict === 'exceeded') return '，可确定达到力争目标';
	if (verdict === 'met') return '，可确定达到目标';
	if (verdict === 'missed') return '，可确定未达到目标';
	return '，不能判断是否达到目标';
}

function relativeReason(input: ReasonInput): string {
	const c = input.commitment;
	const name = indicatorName(c.relativeTo ?? '?', input.names);
	const target = formatTarget(c, { names: input.names });
	const actual = formatActualFigure(
		input.actual,
		input.actualBound,
		input.unit,
		'relative',
		input.places
	);
	let text = `目标${target}，实际 ${actual}`;
	if (!input.reference) return `${text}，尚无${name}增长的实际数据${note(input.estimated)}`;
	const ref = formatActualFigure(
		input.reference.value,
		input.reference.bound,
		'%',
		'growth',
		input.reference.places
	);
	text += `，${name}增长 ${ref}`;
	text += input.gap === null ? provenClause(input.verdict) : gapClause(input, input.gap, '超出');
	return text + note(input.estimated);
}

/** One line a reader can check by hand: 目标 ≥10%，实际 6.7%，差 3.3 个百分点. */
export function explain(input: ReasonInput): string {
	const c = input.commitment;
	if (c.metric === 'relative') return relativeReason(input);
	const target = formatTarget(c, { names: input.names, spaced: true });
	if (input.actualBound !== null) {
		if (input.verdict === 'undecided') {
			const known = formatBounded(
				input.actual,
				input.actualBound,
				input.unit,
				c.metric,
				input.places
			);
			return `实际仅知 ${known}，不能判断是否达到 ${target}${note(input.estimated)}`;
		}
		const actual = formatActualFigure(
			input.actual,
			input.actualBound,
			input.unit,
			c.metric,
			input.places
		);
		return `目标 ${target}，实际 ${actual}${provenClause(input.verdict)}${note(input.estimated)}`;
	}
	const actual = formatFigure(input.actual, input.unit, c.metric, input.places);
	const tail =
		input.gap === null ? provenClause(input.verdict) : gapClause(input, input.gap, '超出');
	return `目标 ${target}，实际 ${actual}${tail}${note(input.estimated)}`;
}

/** Pending on a relative target whose own figure is known but whose reference is not. */
export function missingReferenceReason(
	commitment: CommitmentInput,
	actual: Big,
	actualBound: Bound | null,
	unit: string | null,
	estimated: boolean,
	names?: Record<string, string>,
	places: number | null = null
): string {
	return relativeReason({
		commitment,
		names,
		verdict: 'undecided',
		actual,
		actualBound,
		unit,
		gap: null,
		tolerance: null,
		estimated,
		places
	});
}

/** The reason of a status set by an editor, after the computed one. */
export function judgedReason(computedReason: string, judgement: JudgementInput): string {
	const base = computedReason === QUALITATIVE_REASON ? '定性目标' : computedReason;
	const verdict = judgement.status === 'met' ? '达到' : '未达到';
	const why = judgement.reason.trim();
	return `${base}；编辑 ${judgement.author} 判断为${verdict}${why ? `：${why}` : ''}`;
}
