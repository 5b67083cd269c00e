import { getDb } from '$lib/server/db';
import { homeFigures } from '$lib/server/home';
import { searchRegions } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const q = (url.searchParams.get('q') ?? '').slice(0, 40);
	return { ...homeFigures(db), q, found: q ? searchRegions(db, q) : [] };
};
