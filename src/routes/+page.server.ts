import { getDb } from '$lib/server/db';
import { rankRegions, scorecardsIn } from '$lib/server/compare';
import { ambitionVsDelivery, latestOutcomes, listTrackedRegions } from '$lib/server/overview';
import { searchRegions } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const q = (url.searchParams.get('q') ?? '').slice(0, 40);
	const tracked = listTrackedRegions(db);
	const cards = scorecardsIn(
		db,
		tracked.map((r) => r.code),
		{ from: null, to: null }
	);
	const ranking = new Map(rankRegions(cards, tracked).map((r) => [r.code, r]));
	return {
		tracked: tracked.map((r) => ({ ...r, headline: ranking.get(r.code)!.headline })),
		scatter: ambitionVsDelivery(
			tracked.map((r) => ({ code: r.code, name: r.name, cards: cards.get(r.code)! }))
		),
		latest: latestOutcomes(db, 12),
		q,
		found: q ? searchRegions(db, q) : []
	};
};
