import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { parseCompareQuery, runComparison } from '$lib/server/compare';
import { listIndicators } from '$lib/server/indicators';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const query = parseCompareQuery(db, url);
	if ('error' in query) error(400, query.error);
	const { tracked, comparison, ranking } = runComparison(db, query);
	return {
		query,
		explicitRegions: url.searchParams.has('regions'),
		tracked: tracked.map((r) => ({ code: r.code, name: r.name })),
		indicators: listIndicators(db).filter((i) => i.code !== 'other'),
		comparison,
		ranking
	};
};
