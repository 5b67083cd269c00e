import type { Assessment, Fulfilment } from './types';

/**
 * Counts and fulfilment rate over any list of assessments (one region-year,
 * or several: the same ratio over all of them, not an average of rates).
 * rate = (met + exceeded) / (met + exceeded + missed); pending and
 * unassessable are counted but left out of the rate.
 */
export function fulfilment(assessments: ReadonlyArray<Pick<Assessment, 'status'>>): Fulfilment {
	const counts = { met: 0, exceeded: 0, missed: 0, pending: 0, unassessable: 0 };
	for (const a of assessments) counts[a.status]++;
	const kept = counts.met + counts.exceeded;
	const assessed = kept + counts.missed;
	return { ...counts, kept, assessed, rate: assessed === 0 ? null : kept / assessed };
}

/** The same figures from counts already made (the kept fulfilment counts of a region-year). */
export function fulfilmentOfCounts(counts: {
	met: number;
	exceeded: number;
	missed: number;
	pending: number;
	unassessable: number;
}): Fulfilment {
	const { met, exceeded, missed, pending, unassessable } = counts;
	const kept = met + exceeded;
	const assessed = kept + missed;
	return {
		met,
		exceeded,
		missed,
		pending,
		unassessable,
		kept,
		assessed,
		rate: assessed === 0 ? null : kept / assessed
	};
}
