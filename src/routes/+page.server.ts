import { getDb } from '$lib/server/db';
import {
	keptEveryHeadline,
	largestMisses,
	latestAssessedYear,
	newestReports,
	provincesWithData,
	totals
} from '$lib/server/notable';
import { latestOutcomes } from '$lib/server/overview';
import { searchRegions } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const q = (url.searchParams.get('q') ?? '').slice(0, 40);
	const year = latestAssessedYear(db);
	return {
		totals: totals(db),
		year,
		misses: year === null ? [] : largestMisses(db, year),
		keptAll: year === null ? [] : keptEveryHeadline(db, year),
		reports: newestReports(db),
		latest: latestOutcomes(db, 8),
		provinces: provincesWithData(db),
		q,
		found: q ? searchRegions(db, q) : []
	};
};
