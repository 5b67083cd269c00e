import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { scorecardColumns, scorecardJson } from '$lib/server/api';
import { csvResponse, formatOf, jsonError } from '$lib/server/export';
import { getRegion } from '$lib/server/regions';
import { getScorecard } from '$lib/server/scorecard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => {
	const format = formatOf(url);
	if (!format) return jsonError(400, 'format must be json or csv');
	const year = Number(params.year);
	if (!/^\d{4}$/.test(params.year))
		return jsonError(400, `year must be four digits, not "${params.year}"`);
	const db = getDb();
	const region = getRegion(db, params.code);
	if (!region) return jsonError(404, `no region with code ${params.code}`);
	const card = getScorecard(db, region.code, year);
	if (!card) return jsonError(404, `no commitments of ${region.name} (${region.code}) for ${year}`);
	if (format === 'csv')
		return csvResponse(`scorecard-${region.code}-${year}`, scorecardColumns, card.rows);
	return json(scorecardJson(region, card));
};
