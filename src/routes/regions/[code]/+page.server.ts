import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { regionHistory } from '$lib/server/history';
import { indicatorNames } from '$lib/server/indicators';
import { listOutcomesOfRegion } from '$lib/server/outcomes';
import { getRegionPath } from '$lib/server/regions';
import { listReportsOfRegion } from '$lib/server/reports';
import { assessRegion } from '$lib/server/scorecard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const db = getDb();
	const path = getRegionPath(db, params.code);
	const region = path.at(-1);
	if (!region) error(404, `没有代码为 ${params.code} 的地区`);
	const names = indicatorNames(db);
	const cards = assessRegion(db, region.code);
	const outcomes = listOutcomesOfRegion(db, region.code);
	const years = [...new Set([...cards.map((c) => c.year), ...outcomes.map((o) => o.year)])].sort(
		(a, b) => b - a
	);
	return {
		region,
		ancestors: path.slice(0, -1),
		reports: listReportsOfRegion(db, region.code),
		history: regionHistory(cards, names),
		names,
		years: years.map((year) => ({
			year,
			commitments: cards.find((c) => c.year === year)?.rows.map((r) => r.commitment) ?? [],
			outcomes: outcomes.filter((o) => o.year === year)
		}))
	};
};
