/**
 * Readers of the kept fulfilment counts (fulfilment_counts): a region's record per year, its
 * children side by side, rankings. Each answers from a few indexed rows per region-year, never
 * by assessing commitments.
 */
import { sql, type SQL } from 'drizzle-orm';
import { fulfilmentOfCounts, type Fulfilment } from '../assess';
import type { Db, DbOrTx } from './db';
import { perVersion } from './per-version';

export interface CountsFilter {
	/** only commitments whose reading and figures a person has checked */
	reviewedOnly?: boolean;
	/** only the years from and to, both included */
	from?: number | null;
	to?: number | null;
}

export interface YearFulfilment {
	year: number;
	headline: Fulfilment;
	other: Fulfilment;
	all: Fulfilment;
}

interface CountRow {
	code: string;
	year: number;
	headline: number;
	met: number;
	exceeded: number;
	missed: number;
	pending: number;
	unassessable: number;
}

const SUMS = sql`sum(fc.met) AS met, sum(fc.exceeded) AS exceeded, sum(fc.missed) AS missed,
	sum(fc.pending) AS pending, sum(fc.unassessable) AS unassessable`;

const reviewedClause = (f: CountsFilter) => sql`${f.reviewedOnly ? sql`AND fc.reviewed = 1` : sql``}
	${f.from == null ? sql`` : sql`AND fc.year >= ${f.from}`}
	${f.to == null ? sql`` : sql`AND fc.year <= ${f.to}`}`;

const none = () => ({ met: 0, exceeded: 0, missed: 0, pending: 0, unassessable: 0 });

function add(a: ReturnType<typeof none>, b: ReturnType<typeof none>) {
	return {
		met: a.met + b.met,
		exceeded: a.exceeded + b.exceeded,
		missed: a.missed + b.missed,
		pending: a.pending + b.pending,
		unassessable: a.unassessable + b.unassessable
	};
}

/** Rows of (code, year, headline) counts → per code, per year, headline/other/all. */
function byCodeAndYear(rows: CountRow[]): Map<string, YearFulfilment[]> {
	const cells = new Map<
		string,
		{ headline: ReturnType<typeof none>; other: ReturnType<typeof none> }
	>();
	for (const r of rows) {
		const key = `${r.code}|${r.year}`;
		const cell = cells.get(key) ?? { headline: none(), other: none() };
		const counts = {
			met: r.met,
			exceeded: r.exceeded,
			missed: r.missed,
			pending: r.pending,
			unassessable: r.unassessable
		};
		if (r.headline) cell.headline = add(cell.headline, counts);
		else cell.other = add(cell.other, counts);
		cells.set(key, cell);
	}
	const result = new Map<string, YearFulfilment[]>();
	for (const [key, cell] of cells) {
		const [code, year] = key.split('|') as [string, string];
		const list = result.get(code) ?? [];
		list.push({
			year: Number(year),
			headline: fulfilmentOfCounts(cell.headline),
			other: fulfilmentOfCounts(cell.other),
			all: fulfilmentOfCounts(add(cell.headline, cell.other))
		});
		result.set(code, list);
	}
	for (const list of result.values()) list.sort((a, b) => a.year - b.year);
	return result;
}

function countRows(db: DbOrTx, where: SQL, groupCode: SQL, f: CountsFilter): CountRow[] {
	return db.all<CountRow>(sql`
		SELECT ${groupCode} AS code, fc.year AS year, fc.headline AS headline, ${SUMS}
		FROM fulfilment_counts fc JOIN regions r ON r.code = fc.region_code
		WHERE ${where} ${reviewedClause(f)}
		GROUP BY 1, 2, 3`);
}

/** A region's own fulfilment per year, oldest first. */
export function yearsOfRegion(db: DbOrTx, code: string, f: CountsFilter = {}): YearFulfilment[] {
	return yearsOfRegions(db, [code], f).get(code) ?? [];
}

/** Several regions' own fulfilment per year, in one query: code → years, oldest first. */
export function yearsOfRegions(
	db: DbOrTx,
	codes: string[],
	f: CountsFilter = {}
): Map<string, YearFulfilment[]> {
	if (!codes.length) return new Map();
	const list = sql.join(
		codes.map((c) => sql`${c}`),
		sql`, `
	);
	return byCodeAndYear(countRows(db, sql`fc.region_code IN (${list})`, sql`fc.region_code`, f));
}

/** The same ratio over several years: the counts added up, not an average of rates. */
export function pooled(years: YearFulfilment[]): { headline: Fulfilment; all: Fulfilment } {
	const sum = (pick: (y: YearFulfilment) => Fulfilment) =>
		fulfilmentOfCounts(years.map(pick).reduce((a, b) => add(a, b), none()));
	return { headline: sum((y) => y.headline), all: sum((y) => y.all) };
}

export interface ChildRecord {
	code: string;
	name: string;
	level: string;
	years: YearFulfilment[];
}

/**
 * The divisions directly under a region (a prefecture's counties, a province's prefectures and
 * the counties it governs directly), each with its own counts and those of the divisions under
 * it, per year. Only divisions with commitments are listed.
 */
export function childrenOfRegion(
	db: DbOrTx,
	parentCode: string,
	f: CountsFilter = {}
): ChildRecord[] {
	const rows = countRows(
		db,
		sql`(r.parent_code = ${parentCode} OR r.parent_code IN (SELECT code FROM regions WHERE parent_code = ${parentCode}))`,
		sql`CASE WHEN r.parent_code = ${parentCode} THEN r.code ELSE r.parent_code END`,
		f
	);
	const years = byCodeAndYear(rows);
	if (!years.size) return [];
	const codes = [...years.keys()];
	const named = db.all<{ code: string; name: string; level: string }>(
		sql`SELECT code, name, level FROM regions WHERE code IN (${sql.join(
			codes.map((c) => sql`${c}`),
			sql`, `
		)}) ORDER BY code`
	);
	return named.map((r) => ({ ...r, years: years.get(r.code) ?? [] }));
}

export interface RankedRegion {
	code: string;
	name: string;
	headline: Fulfilment;
	all: Fulfilment;
}

/** The children of a region ranked for one year by their headline fulfilment rate. */
export function rankChildren(children: ChildRecord[], year: number): RankedRegion[] {
	return children
		.map((c) => {
			const y = c.years.find((x) => x.year === year);
			return y ? { code: c.code, name: c.name, headline: y.headline, all: y.all } : null;
		})
		.filter((r): r is RankedRegion => r !== null && r.all.assessed + r.all.pending > 0)
		.sort(
			(a, b) =>
				(b.headline.rate ?? -1) - (a.headline.rate ?? -1) ||
				b.headline.assessed - a.headline.assessed ||
				a.code.localeCompare(b.code)
		);
}

export interface TrackedRegion {
	code: string;
	name: string;
	level: string;
	parentName: string | null;
	reports: number;
	commitments: number;
	outcomes: number;
	headline: Fulfilment;
	all: Fulfilment;
}

/**
 * The regions that hold commitments or outcomes, in code order, a page at a time, with their
 * totals over all years: read from the kept per region-year rows.
 */
export function trackedRegions(
	db: DbOrTx,
	limit: number,
	offset: number,
	f: CountsFilter = {}
): { regions: TrackedRegion[]; total: number } {
	const total =
		db.get<{ n: number }>(sql`SELECT count(DISTINCT region_code) AS n FROM region_years`)?.n ?? 0;
	const page = db.all<Omit<TrackedRegion, 'headline' | 'all'>>(sql`
		SELECT t.code AS code, r.name AS name, r.level AS level, p.name AS parentName,
			(SELECT count(*) FROM reports rp WHERE rp.region_code = t.code) AS reports,
			t.commitments AS commitments, t.outcomes AS outcomes
		FROM (
			SELECT region_code AS code, sum(commitments) AS commitments, sum(outcomes) AS outcomes
			FROM region_years GROUP BY region_code ORDER BY region_code LIMIT ${limit} OFFSET ${offset}
		) t
		JOIN regions r ON r.code = t.code
		LEFT JOIN regions p ON p.code = r.parent_code
		ORDER BY t.code`);
	if (!page.length) return { regions: [], total };
	const codes = sql.join(
		page.map((r) => sql`${r.code}`),
		sql`, `
	);
	const counts = countRows(db, sql`fc.region_code IN (${codes})`, sql`fc.region_code`, f);
	const years = byCodeAndYear(counts);
	return {
		total,
		regions: page.map((r) => ({ ...r, ...pooled(years.get(r.code) ?? []) }))
	};
}

/** `trackedRegions` as of the current data: one count per page and version, shared by requests. */
export function trackedRegionsNow(db: Db, limit: number, offset: number, f: CountsFilter = {}) {
	const key = `tracked|${limit}|${offset}|${f.reviewedOnly ? 1 : 0}`;
	return perVersion(db, key, () => trackedRegions(db, limit, offset, f));
}
