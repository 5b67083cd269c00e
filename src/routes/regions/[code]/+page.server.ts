import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { listCommitmentsOfRegion } from '$lib/server/commitments';
import { listIndicators } from '$lib/server/indicators';
import { listOutcomesOfRegion } from '$lib/server/outcomes';
import { getRegionPath } from '$lib/server/regions';
import { listReportsOfRegion } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const db = getDb();
	const path = getRegionPath(db, params.code);
	const region = path.at(-1);
	if (!region) error(404, `没有代码为 ${params.code} 的地区`);
	const commitments = listCommitmentsOfRegion(db, region.code);
	const outcomes = listOutcomesOfRegion(db, region.code);
	const years = [...new Set([...commitments, ...outcomes].map((x) => x.year))].sort((a, b) => b - a);
	return {
		region,
		ancestors: path.slice(0, -1),
		reports: listReportsOfRegion(db, region.code),
		indicatorNames: Object.fromEntries(listIndicators(db).map((i) => [i.code, i.nameZh])),
		years: years.map((year) => ({
			year,
			commitments: commitments.filter((c) => c.year === year),
			outcomes: outcomes.filter((o) => o.year === year)
		}))
	};
};
