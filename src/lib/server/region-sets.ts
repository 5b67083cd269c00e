/**
 * Choosing the regions to compare: regions by name with whether they hold data, and ready-made
 * sets (a prefecture's counties, the provinces of a year). Each answers from a few indexed rows,
 * whatever the size of the dataset.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './db';
import { searchRegions } from './regions';
import type { Db } from './db';

/** The most regions one comparison takes: a table a person can read, a request that stays fast. */
export const MAX_REGIONS = 30;

export interface RegionChoice {
	code: string;
	name: string;
	level: 'province' | 'prefecture' | 'county';
	parentCode: string | null;
	parentName: string | null;
	/** it has a report, commitments or outcomes */
	hasData: boolean;
}

export interface RegionSet {
	label: string;
	codes: string[];
	/** the year the set is compared in, when it is one (the provinces of a year) */
	year?: number;
}

const list = (codes: string[]) =>
	sql.join(
		codes.map((c) => sql`${c}`),
		sql`, `
	);

const HAS_DATA = sql`(EXISTS (SELECT 1 FROM region_years ry WHERE ry.region_code = r.code)
	OR EXISTS (SELECT 1 FROM reports rp WHERE rp.region_code = r.code))`;

function choices(db: DbOrTx, where: SQL): RegionChoice[] {
	return db
		.all<Omit<RegionChoice, 'hasData'> & { hasData: number }>(
			sql`SELECT r.code AS code, r.name AS name, r.level AS level, r.parent_code AS parentCode,
				p.name AS parentName, ${HAS_DATA} AS hasData
			FROM regions r LEFT JOIN regions p ON p.code = r.parent_code
			WHERE ${where}`
		)
		.map((r) => ({ ...r, hasData: Boolean(r.hasData) }));
}

/** The regions of the codes, in the order given; unknown codes are left out. */
export function describeRegions(db: DbOrTx, codes: string[]): RegionChoice[] {
	if (!codes.length) return [];
	const found = new Map(choices(db, sql`r.code IN (${list(codes)})`).map((r) => [r.code, r]));
	return codes.flatMap((c) => found.get(c) ?? []);
}

/** Regions whose name or code matches, shortest names first, with whether each holds data. */
export function findRegions(db: Db, query: string, limit = 20): RegionChoice[] {
	return describeRegions(
		db,
		searchRegions(db, query, limit).map((r) => r.code)
	);
}

/** The divisions directly under a region that hold data themselves, by code. */
export function childrenWithData(db: DbOrTx, parentCode: string): string[] {
	return db
		.all<{ code: string }>(
			sql`SELECT r.code AS code FROM regions r
			WHERE r.parent_code = ${parentCode} AND ${HAS_DATA} ORDER BY r.code LIMIT ${MAX_REGIONS}`
		)
		.map((r) => r.code);
}

/** The provinces with headline targets for the year, by code. */
export function provincesOfYear(db: DbOrTx, year: number): string[] {
	return db
		.all<{ code: string }>(
			sql`SELECT r.code AS code FROM regions r
			WHERE r.level = 'province' AND EXISTS (SELECT 1 FROM fulfilment_counts fc
				WHERE fc.region_code = r.code AND fc.year = ${year} AND fc.headline = 1)
			ORDER BY r.code LIMIT ${MAX_REGIONS}`
		)
		.map((r) => r.code);
}

/** The prefectures with the most counties holding data, most first. */
function busiestPrefectures(db: DbOrTx, limit: number) {
	return db.all<{ code: string; name: string; level: 'prefecture' }>(
		sql`SELECT p.code AS code, p.name AS name, p.level AS level
		FROM regions r JOIN regions p ON p.code = r.parent_code
		WHERE p.level = 'prefecture' AND ${HAS_DATA}
		GROUP BY p.code HAVING count(*) >= 2 ORDER BY count(*) DESC, p.code LIMIT ${limit}`
	);
}

const childrenLabel = (parent: { name: string; level: string }) =>
	`${parent.name}${parent.level === 'province' ? '各市' : '各县'}`;

/**
 * One-click sets: the provinces of the latest year with provincial targets, the prefectures
 * with the most counties holding data, and the divisions beside the regions already chosen.
 */
export function quickSets(
	db: DbOrTx,
	chosen: RegionChoice[],
	provincialYear: number | null
): RegionSet[] {
	const sets: RegionSet[] = [];
	if (provincialYear !== null) {
		const codes = provincesOfYear(db, provincialYear);
		if (codes.length) sets.push({ label: `各省 ${provincialYear}`, codes, year: provincialYear });
	}
	const parents = [
		...busiestPrefectures(db, 3),
		...describeRegions(
			db,
			[...new Set(chosen.map((r) => r.parentCode).filter((c): c is string => c !== null))].slice(
				0,
				3
			)
		)
	];
	const seen = new Set<string>();
	for (const parent of parents) {
		if (seen.has(parent.code)) continue;
		seen.add(parent.code);
		const codes = childrenWithData(db, parent.code);
		if (codes.length >= 2) sets.push({ label: childrenLabel(parent), codes });
	}
	return sets;
}
