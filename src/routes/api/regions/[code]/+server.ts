import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { omit } from '$lib/omit';
import { fulfilmentJson, pointColumns, regionJson, yearColumns } from '$lib/server/api';
import { csvResponse, formatOf, jsonError } from '$lib/server/export';
import { pooled, yearsOfRegion } from '$lib/server/fulfilment';
import { headlineSeries } from '$lib/server/history';
import { indicatorNames } from '$lib/server/indicators';
import { getRegionPath } from '$lib/server/regions';
import { listReportsOfRegion } from '$lib/server/reports';
import { assessRegion } from '$lib/server/scorecard';
import type { RequestHandler } from './$types';

/**
 * A region: its reports, fulfilment per year and headline series (`?reviewed=1`: checked
 * readings only); CSV with `table=years|series`.
 */
export const GET: RequestHandler = ({ params, url }) => {
	const format = formatOf(url);
	if (!format) return jsonError(400, 'format must be json or csv');
	const db = getDb();
	const path = getRegionPath(db, params.code);
	const region = path.at(-1);
	if (!region) return jsonError(404, `no region with code ${params.code}`);
	const filter = { reviewedOnly: url.searchParams.get('reviewed') === '1' };
	const years = yearsOfRegion(db, region.code, filter);
	const headline = assessRegion(db, region.code, undefined, { ...filter, headlineOnly: true });
	const series = headlineSeries(headline, indicatorNames(db));
	if (format === 'csv') {
		const table = url.searchParams.get('table') ?? 'years';
		if (table === 'years') return csvResponse(`years-${region.code}`, yearColumns, years);
		if (table === 'series') {
			const rows = series.flatMap((s) =>
				s.points.map((p) => ({ ...p, region: region.name, indicator: s.name }))
			);
			return csvResponse(`series-${region.code}`, pointColumns, rows);
		}
		return jsonError(400, 'table must be years or series');
	}
	const total = pooled(years);
	return json({
		region: regionJson(region),
		ancestors: path.slice(0, -1).map(regionJson),
		reports: listReportsOfRegion(db, region.code).map((r) => omit(r, 'contentHash', 'fingerprint')),
		fulfilment: fulfilmentJson(total.headline),
		fulfilmentAll: fulfilmentJson(total.all),
		years: years.map((y) => ({
			year: y.year,
			fulfilment: fulfilmentJson(y.headline),
			fulfilmentOther: fulfilmentJson(y.other),
			fulfilmentAll: fulfilmentJson(y.all)
		})),
		series
	});
};
