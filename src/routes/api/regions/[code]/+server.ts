import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { omit } from '$lib/omit';
import { fulfilmentJson, pointColumns, regionJson, yearColumns } from '$lib/server/api';
import { csvResponse, formatOf, jsonError } from '$lib/server/export';
import { regionHistory } from '$lib/server/history';
import { indicatorNames } from '$lib/server/indicators';
import { getRegionPath } from '$lib/server/regions';
import { listReportsOfRegion } from '$lib/server/reports';
import { assessRegion } from '$lib/server/scorecard';
import type { RequestHandler } from './$types';

/** A region: its reports, fulfilment per year and headline series; CSV with `table=years|series`. */
export const GET: RequestHandler = ({ params, url }) => {
	const format = formatOf(url);
	if (!format) return jsonError(400, 'format must be json or csv');
	const db = getDb();
	const path = getRegionPath(db, params.code);
	const region = path.at(-1);
	if (!region) return jsonError(404, `no region with code ${params.code}`);
	const history = regionHistory(assessRegion(db, region.code), indicatorNames(db));
	if (format === 'csv') {
		const table = url.searchParams.get('table') ?? 'years';
		if (table === 'years') return csvResponse(`years-${region.code}`, yearColumns, history.years);
		if (table === 'series') {
			const rows = history.series.flatMap((s) =>
				s.points.map((p) => ({ ...p, region: region.name, indicator: s.name }))
			);
			return csvResponse(`series-${region.code}`, pointColumns, rows);
		}
		return jsonError(400, 'table must be years or series');
	}
	return json({
		region: regionJson(region),
		ancestors: path.slice(0, -1).map(regionJson),
		reports: listReportsOfRegion(db, region.code).map((r) => omit(r, 'contentHash')),
		fulfilment: fulfilmentJson(history.headline),
		fulfilmentAll: fulfilmentJson(history.all),
		years: history.years.map((y) => ({
			year: y.year,
			fulfilment: fulfilmentJson(y.headline),
			fulfilmentAll: fulfilmentJson(y.all)
		})),
		series: history.series
	});
};
