import type { CommitmentInput, Metric, OutcomeInput } from './types';

/** The metric an outcome must have to count for a target of `metric` (null: none counts). */
export function outcomeMetricFor(metric: Metric): Metric | null {
	if (metric === 'qualitative') return null;
	if (metric === 'relative') return 'growth';
	return metric;
}

function newest<T extends OutcomeInput>(list: T[]): T | null {
	let best: T | null = null;
	for (const o of list) {
		if (
			best === null ||
			o.recordedAt.getTime() > best.recordedAt.getTime() ||
			(o.recordedAt.getTime() === best.recordedAt.getTime() && o.id > best.id)
		) {
			best = o;
		}
	}
	return best;
}

/** 500万以上 and 500万元以上 name the same scope; no scope is the whole statistic. */
export function scopeKey(scope: string | null | undefined): string {
	return (scope ?? '').replace(/[元\s]/g, '');
}

/**
 * The outcome that counts for a commitment: same indicator and scope, same metric as the
 * target (a relative target's own growth; none for a qualitative one), not
 * superseded, with a figure; the newest final one (by recordedAt, then id),
 * else the newest estimated one.
 */
export function selectOutcome<T extends OutcomeInput>(
	commitment: Pick<CommitmentInput, 'indicator' | 'metric' | 'scope'>,
	outcomes: readonly T[]
): T | null {
	const metric = outcomeMetricFor(commitment.metric);
	if (metric === null) return null;
	const usable = outcomes.filter(
		(o) =>
			o.indicator === commitment.indicator &&
			o.metric === metric &&
			scopeKey(o.scope) === scopeKey(commitment.scope) &&
			o.supersededBy == null &&
			o.value !== null &&
			Number.isFinite(o.value)
	);
	return newest(usable.filter((o) => !o.estimated)) ?? newest(usable.filter((o) => o.estimated));
}
