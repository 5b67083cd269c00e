import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fulfilmentJson, trackedColumns } from '$lib/server/api';
import { csvResponse, formatOf, jsonError } from '$lib/server/export';
import { trackedRegionsNow } from '$lib/server/fulfilment';
import { searchRegions } from '$lib/server/regions';
import type { RequestHandler } from './$types';

const PAGE = 500;

/**
 * The tracked regions with their counts and fulfilment over all years, 500 a page (`?page=2`,
 * `?reviewed=1` for checked readings only); `?q=` searches the national division list instead.
 */
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
	const page = Number(url.searchParams.get('page') ?? '1');
	if (!Number.isSafeInteger(page) || page < 1) return jsonError(400, 'page must be 1 or more');
	const reviewedOnly = url.searchParams.get('reviewed') === '1';
	const { regions, total } = trackedRegionsNow(db, PAGE, (page - 1) * PAGE, { reviewedOnly });
	if (format === 'csv') return csvResponse(`regions-${page}`, trackedColumns, regions);
	return json({
		page,
		pages: Math.max(1, Math.ceil(total / PAGE)),
		total,
		regions: regions.map(({ headline, all, ...r }) => ({
			...r,
			fulfilment: fulfilmentJson(headline),
			fulfilmentAll: fulfilmentJson(all)
		}))
	});
};
