import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { csvResponse, formatOf, jsonError } from '$lib/server/export';
import { indicatorNames } from '$lib/server/indicators';
import {
	nationalColumns,
	nationalRows,
	nationalTable,
	parseNationalQuery
} from '$lib/server/national-table';
import type { RequestHandler } from './$types';

/** The provinces' headline targets of a year side by side, with quotes and statuses. */
export const GET: RequestHandler = ({ params, url }) => {
	const format = formatOf(url);
	if (!format) return jsonError(400, 'format must be json or csv');
	if (!/^\d{4}$/.test(params.year)) return jsonError(404, `no year "${params.year}"`);
	const query = parseNationalQuery(url);
	if ('error' in query) return jsonError(400, query.error);
	const db = getDb();
	const year = Number(params.year);
	const table = nationalTable(db, year, indicatorNames(db), query);
	if (!table.provinces.length && !table.withoutTargets.length)
		return jsonError(404, `no provincial targets for ${year}`);
	if (format === 'csv')
		return csvResponse(`national-${year}`, nationalColumns, nationalRows(table.provinces));
	return json({
		year,
		columns: table.columns,
		shown: table.shown.map((c) => c.key),
		provinces: table.provinces,
		withoutTargets: table.withoutTargets
	});
};
