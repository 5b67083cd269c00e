import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fulfilmentJson, pointColumns, rankingColumns, seriesPoints } from '$lib/server/api';
import { ambitionColumns, afterMissColumns } from '$lib/server/compare-export';
import { parseCompareQuery, reviewedOnlyOf, runComparison } from '$lib/server/compare';
import { csvResponse, formatOf, jsonError } from '$lib/server/export';
import { MAX_REGIONS } from '$lib/server/region-sets';
import type { RequestHandler } from './$types';

const TABLES = ['series', 'ranking', 'ambition', 'afterMisses'];

/**
 * One indicator across the regions asked for and years, the regions ranked by fulfilment, and
 * ambition against delivery with what followed each miss.
 */
export const GET: RequestHandler = ({ url }) => {
	const format = formatOf(url);
	if (!format) return jsonError(400, 'format must be json or csv');
	const db = getDb();
	const query = parseCompareQuery(db, url);
	if ('error' in query) return jsonError(400, query.error);
	if (!query.codes.length)
		return jsonError(
			400,
			`regions is required: 1 to ${MAX_REGIONS} region codes, e.g. regions=130608,130636 (find codes with /api/regions?q=)`
		);
	const reviewedOnly = reviewedOnlyOf(url);
	const result = runComparison(db, query, { reviewedOnly });
	const { comparison, ranking } = result;
	if (format === 'csv') {
		const table = url.searchParams.get('table') ?? 'series';
		const name = `compare-${query.indicator}`;
		if (table === 'series')
			return csvResponse(name, pointColumns, seriesPoints(comparison.regions, comparison.name));
		if (table === 'ranking') return csvResponse('ranking', rankingColumns, ranking);
		if (table === 'ambition')
			return csvResponse(`${name}-ambition`, ambitionColumns, result.ambition);
		if (table === 'afterMisses')
			return csvResponse(`${name}-after-misses`, afterMissColumns, result.afterMisses);
		return jsonError(400, `table must be one of ${TABLES.join(', ')}`);
	}
	return json({
		...comparison,
		from: query.range.from,
		to: query.range.to,
		reviewedOnly,
		ranking: ranking.map((r) => ({
			code: r.code,
			name: r.name,
			parentName: r.parentName,
			fulfilment: fulfilmentJson(r.headline),
			fulfilmentAll: fulfilmentJson(r.all),
			unreviewed: r.unreviewed
		})),
		ambition: result.ambition,
		afterMisses: result.afterMisses,
		afterMissSummary: result.afterMissSummary
	});
};
