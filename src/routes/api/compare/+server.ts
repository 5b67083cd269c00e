import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fulfilmentJson, pointColumns, rankingColumns, seriesPoints } from '$lib/server/api';
import { parseCompareQuery, runComparison } from '$lib/server/compare';
import { csvResponse, formatOf, jsonError } from '$lib/server/export';
import type { RequestHandler } from './$types';

/** One indicator across regions and years, and the regions ranked by fulfilment. */
export const GET: RequestHandler = ({ url }) => {
	const format = formatOf(url);
	if (!format) return jsonError(400, 'format must be json or csv');
	const db = getDb();
	const query = parseCompareQuery(db, url);
	if ('error' in query) return jsonError(400, query.error);
	const { comparison, ranking } = runComparison(db, query);
	if (format === 'csv') {
		const table = url.searchParams.get('table') ?? 'series';
		if (table === 'series') {
			return csvResponse(
				`compare-${query.indicator}`,
				pointColumns,
				seriesPoints(comparison.regions, comparison.name)
			);
		}
		if (table === 'ranking') return csvResponse('ranking', rankingColumns, ranking);
		return jsonError(400, 'table must be series or ranking');
	}
	return json({
		...comparison,
		from: query.range.from,
		to: query.range.to,
		ranking: ranking.map((r) => ({
			code: r.code,
			name: r.name,
			parentName: r.parentName,
			fulfilment: fulfilmentJson(r.headline),
			fulfilmentAll: fulfilmentJson(r.all)
		}))
	});
};
