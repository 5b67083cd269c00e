import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fulfilmentJson, rankingColumns } from '$lib/server/api';
import { rankRegions, scorecardsIn } from '$lib/server/compare';
import { csvResponse, formatOf, jsonError } from '$lib/server/export';
import { listTrackedRegions } from '$lib/server/overview';
import { searchRegions } from '$lib/server/regions';
import type { RequestHandler } from './$types';

/** The tracked regions with their counts and fulfilment; `?q=` searches the national list. */
export const GET: RequestHandler = ({ url }) => {
	const format = formatOf(url);
	if (!format) return jsonError(400, 'format must be json or csv');
	const db = getDb();
	const q = url.searchParams.get('q');
	if (q !== null) {
		if (q.trim().length === 0 || q.length > 40)
			return jsonError(400, 'q must be 1 to 40 characters');
		return json({ regions: searchRegions(db, q, 50) });
	}
	const tracked = listTrackedRegions(db);
	const cards = scorecardsIn(
		db,
		tracked.map((r) => r.code),
		{ from: null, to: null }
	);
	const ranking = new Map(rankRegions(cards, tracked).map((r) => [r.code, r]));
	if (format === 'csv') return csvResponse('regions', rankingColumns, [...ranking.values()]);
	return json({
		regions: tracked.map((r) => ({
			...r,
			fulfilment: fulfilmentJson(ranking.get(r.code)!.headline),
			fulfilmentAll: fulfilmentJson(ranking.get(r.code)!.all)
		}))
	});
};
