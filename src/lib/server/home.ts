/**
 * The home page's figures. They add up whole tables (every region-year's totals, every province,
 * every region's headline counts of the year), so they are computed once per version of the
 * data and shared by every request until the next write (per-version.ts).
 */
import type { Db } from './db';
import {
	keptEveryHeadline,
	largestMisses,
	latestAssessedYear,
	newestReports,
	provincesWithData,
	totals
} from './notable';
import { nationalYears } from './national';
import { latestOutcomes } from './overview';
import { perVersion } from './per-version';

function compute(db: Db) {
	const year = latestAssessedYear(db);
	return {
		totals: totals(db),
		year,
		misses: year === null ? [] : largestMisses(db, year),
		keptAll: year === null ? [] : keptEveryHeadline(db, year),
		reports: newestReports(db),
		latest: latestOutcomes(db, 8),
		provinces: provincesWithData(db),
		nationalYear: nationalYears(db)[0] ?? null
	};
}

export type HomeFigures = ReturnType<typeof compute>;

/** The home page's figures as of the current data (computed again after any write). */
export function homeFigures(db: Db): HomeFigures {
	return perVersion(db, 'home', () => compute(db));
}
