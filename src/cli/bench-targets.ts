/** What `npm run bench` loads: pages and API paths of regions and years picked among those with data. */
import Database from 'better-sqlite3';
import { picker } from './bench-server';

export interface Target {
	name: string;
	label: string;
	kind: 'html' | 'json' | 'csv';
	paths: string[];
	/**
	 * `random`: each request takes one of the paths at random, so that with many paths nearly
	 * every request asks for a page nobody read since the last write (the server's cost, not its
	 * memory's). Otherwise each connection cycles through them.
	 */
	order?: 'random';
}

/** How many pages the "unread" targets choose among. */
export const UNREAD_PATHS = 5000;

/** The targets of the benchmark, with regions and years picked at random among those with data. */
export function chooseTargets(dbPath: string, seed: number, perTarget = 8): Target[] {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	const rng = picker(seed);
	try {
		const withData = (level: string) =>
			db
				.prepare(
					`SELECT ry.region_code AS code, ry.year AS year FROM region_years ry
					 JOIN regions r ON r.code = ry.region_code WHERE r.level = ? AND ry.commitments > 0`
				)
				.all(level) as { code: string; year: number }[];
		const countyYears = withData('county');
		const prefectureYears = withData('prefecture');
		if (!countyYears.length) throw new Error(`${dbPath} holds no county with commitments`);
		const counties = [...new Set(countyYears.map((r) => r.code))];
		const prefectures = [...new Set(prefectureYears.map((r) => r.code))];
		// the largest pages of their kind: the regions with the most divisions (重庆's 38 counties)
		const mostDivisions = db
			.prepare(
				`SELECT parent_code FROM regions WHERE parent_code IS NOT NULL
				 GROUP BY parent_code ORDER BY count(*) DESC LIMIT 2`
			)
			.pluck()
			.all() as string[];
		const years = [...new Set(countyYears.map((r) => r.year))].sort();
		const scorecards = rng.sample(countyYears, perTarget);
		const regionCodes = rng.sample(counties, perTarget);
		const compareSets = Array.from({ length: Math.max(2, perTarget / 2) }, () =>
			rng.sample(counties, 10).join(',')
		);
		const span = `from=${years[0]}&to=${years.at(-1)}`;
		const unread = {
			scorecards: rng.sample(countyYears, UNREAD_PATHS),
			regions: rng.sample(counties, UNREAD_PATHS),
			compareSets: Array.from({ length: UNREAD_PATHS }, () => rng.sample(counties, 10).join(','))
		};
		const among = `, pages not read before (at random among ${UNREAD_PATHS.toLocaleString('en')})`;
		return [
			{
				name: 'scorecard-page',
				label: 'scorecard page /regions/{county}/{year}',
				kind: 'html',
				paths: scorecards.map((r) => `/regions/${r.code}/${r.year}`)
			},
			{
				name: 'scorecard-api',
				label: 'scorecard API /api/regions/{code}/scorecard/{year}',
				kind: 'json',
				paths: scorecards.map((r) => `/api/regions/${r.code}/scorecard/${r.year}`)
			},
			{
				name: 'region-page',
				label: 'region page /regions/{county}',
				kind: 'html',
				paths: regionCodes.map((c) => `/regions/${c}`)
			},
			{
				name: 'region-api',
				label: 'region API /api/regions/{code}',
				kind: 'json',
				paths: regionCodes.map((c) => `/api/regions/${c}`)
			},
			{
				name: 'prefecture-page',
				label: 'prefecture page /regions/{prefecture} (and the two with most divisions)',
				kind: 'html',
				paths: [...mostDivisions, ...rng.sample(prefectures, Math.max(2, perTarget / 2))].map(
					(c) => `/regions/${c}`
				)
			},
			{
				name: 'compare-page',
				label: `compare page, 10 regions × ${years.length} years`,
				kind: 'html',
				paths: compareSets.map((s) => `/compare?regions=${s}&indicator=gdp&${span}`)
			},
			{
				name: 'compare-api',
				label: `compare API, 10 regions × ${years.length} years`,
				kind: 'json',
				paths: compareSets.map((s) => `/api/compare?regions=${s}&indicator=gdp&${span}`)
			},
			{
				name: 'scorecard-page-unread',
				label: `scorecard page${among}`,
				kind: 'html',
				order: 'random',
				paths: unread.scorecards.map((r) => `/regions/${r.code}/${r.year}`)
			},
			{
				name: 'region-page-unread',
				label: `region page${among}`,
				kind: 'html',
				order: 'random',
				paths: unread.regions.map((c) => `/regions/${c}`)
			},
			{
				name: 'compare-page-unread',
				label: `compare page, 10 × ${years.length}${among}`,
				kind: 'html',
				order: 'random',
				paths: unread.compareSets.map((s) => `/compare?regions=${s}&indicator=gdp&${span}`)
			},
			{ name: 'home', label: 'home page /', kind: 'html', paths: ['/'] },
			{ name: 'regions-api', label: '/api/regions', kind: 'json', paths: ['/api/regions'] },
			{
				name: 'outcomes-api',
				label: '/api/outcomes?latest=12',
				kind: 'json',
				paths: ['/api/outcomes?latest=12']
			},
			{
				name: 'national-page',
				label: 'provinces page /national/2026',
				kind: 'html',
				paths: ['/national/2026']
			},
			{
				name: 'region-csv',
				label: 'CSV of one region /api/regions/{code}?format=csv&table=series',
				kind: 'csv',
				paths: regionCodes.map((c) => `/api/regions/${c}?format=csv&table=series`)
			}
		];
	} finally {
		db.close();
	}
}
