import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { indicatorNames } from '$lib/server/indicators';
import { nationalYears } from '$lib/server/national';
import { nationalTable, parseNationalQuery } from '$lib/server/national-table';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	if (!/^\d{4}$/.test(params.year)) error(404, `“${params.year}”不是年份`);
	const year = Number(params.year);
	const db = getDb();
	const years = nationalYears(db);
	if (!years.includes(year)) error(404, `还没有省级地区 ${year} 年的目标`);
	const query = parseNationalQuery(url);
	if ('error' in query) error(400, query.error);
	return { years, query, table: nationalTable(db, year, indicatorNames(db), query) };
};
