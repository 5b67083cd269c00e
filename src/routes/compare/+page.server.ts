import { error } from '@sveltejs/kit';
import type { PromisePoint } from '$lib/charts/configs';
import { ambitionMatrix } from '$lib/server/ambition-matrix';
import { getDb } from '$lib/server/db';
import { parseCompareQuery, reviewedOnlyOf, runComparison } from '$lib/server/compare';
import { listIndicators } from '$lib/server/indicators';
import { nationalYears } from '$lib/server/national';
import { describeRegions, findRegions, MAX_REGIONS, quickSets } from '$lib/server/region-sets';
import type { PageServerLoad } from './$types';

/** Lines of more regions than this, each with its target, are more tangle than chart. */
const CHART_REGIONS = 8;

const chartPoint = (p: PromisePoint): PromisePoint => ({
	year: p.year,
	target: p.target,
	stretch: p.stretch,
	targetText: p.targetText,
	quote: p.quote,
	actual: p.actual,
	actualBound: p.actualBound,
	actualEstimated: p.actualEstimated,
	status: p.status
});

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const query = parseCompareQuery(db, url);
	if ('error' in query) error(400, query.error);
	const reviewedOnly = reviewedOnlyOf(url);
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 40);
	const chosen = describeRegions(db, query.codes);
	const provincialYear = nationalYears(db)[0] ?? null;
	const result = query.codes.length ? runComparison(db, query, { reviewedOnly }) : null;
	const c = result?.comparison;
	return {
		query,
		reviewedOnly,
		q,
		max: MAX_REGIONS,
		chosen,
		found: q ? findRegions(db, q) : [],
		sets: quickSets(db, chosen, provincialYear),
		provincialYear,
		indicators: listIndicators(db)
			.filter((i) => i.code !== 'other')
			.map((i) => ({ code: i.code, nameZh: i.nameZh })),
		result: result &&
			c && {
				comparison: {
					name: c.name,
					metric: c.metric,
					unit: c.unit,
					// only what the chart draws, and only when it can be read
					regions:
						chosen.length > CHART_REGIONS
							? null
							: c.regions.map((r) => ({
									name: r.name,
									points: r.points.map(chartPoint)
								}))
				},
				ranking: result.ranking,
				matrix: ambitionMatrix(result.ambition, chosen),
				afterMisses: result.afterMisses,
				afterMissSummary: result.afterMissSummary
			}
	};
};
