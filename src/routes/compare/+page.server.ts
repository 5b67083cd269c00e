import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import {
	compareIndicator,
	parseCompareQuery,
	rankRegions,
	scorecardsIn,
	sortRanking
} from '$lib/server/compare';
import { indicatorNames, listIndicators } from '$lib/server/indicators';
import { listTrackedRegions } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const query = parseCompareQuery(db, url);
	if ('error' in query) error(400, query.error);
	const tracked = listTrackedRegions(db);
	const cards = scorecardsIn(db, query.codes, query.range);
	const comparison = compareIndicator(
		cards,
		new Map(tracked.map((r) => [r.code, r.name])),
		indicatorNames(db),
		query.indicator
	);
	return {
		query,
		explicitRegions: url.searchParams.has('regions'),
		tracked: tracked.map((r) => ({ code: r.code, name: r.name })),
		indicators: listIndicators(db).filter((i) => i.code !== 'other'),
		comparison,
		ranking: sortRanking(rankRegions(cards, tracked), query.sort, query.dir)
	};
};
