/**
 * What the home page leads with: what is new (reports, figures) and what is notable in the
 * latest year that has assessed targets (the largest misses, the regions that kept every
 * headline target). Each query reads a bounded number of indexed rows.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db';

/** The latest year with at least one headline target met, exceeded or missed. */
export function latestAssessedYear(db: DbOrTx): number | null {
	const row = db.get<{ year: number } | undefined>(sql`
		SELECT year FROM fulfilment_counts
		WHERE headline = 1 AND met + exceeded + missed > 0
		ORDER BY year DESC LIMIT 1`);
	return row?.year ?? null;
}

export interface Miss {
	commitmentId: number;
	code: string;
	name: string;
	year: number;
	indicator: string;
	indicatorName: string;
	target: number;
	comparator: string;
	actual: number;
	gap: number;
	gapDecimals: number | null;
	estimated: boolean;
	reviewed: boolean;
}

/** The headline growth targets missed by the widest margin in the year (percentage points). */
export function largestMisses(db: DbOrTx, year: number, limit = 8): Miss[] {
	return db
		.all<Omit<Miss, 'estimated' | 'reviewed'> & { estimated: number; reviewed: number }>(
			sql`
		SELECT a.commitment_id AS commitmentId, a.region_code AS code, r.name AS name, a.year AS year,
			a.indicator AS indicator, coalesce(i.name_zh, c.name) AS indicatorName,
			c.value AS target, c.comparator AS comparator, a.actual AS actual, a.gap AS gap,
			a.gap_decimals AS gapDecimals, a.actual_estimated AS estimated, a.reviewed AS reviewed
		FROM assessments a
		JOIN commitments c ON c.id = a.commitment_id
		JOIN regions r ON r.code = a.region_code
		LEFT JOIN indicators i ON i.code = a.indicator AND a.indicator <> 'other'
		WHERE a.year = ${year} AND a.status = 'missed' AND a.headline = 1 AND a.metric = 'growth'
			AND a.gap IS NOT NULL
		ORDER BY a.gap ASC LIMIT ${limit}`
		)
		.map((m) => ({ ...m, estimated: Boolean(m.estimated), reviewed: Boolean(m.reviewed) }));
}

export interface KeptEverything {
	code: string;
	name: string;
	parentName: string | null;
	kept: number;
	pending: number;
}

/** Regions that met or exceeded every headline target that can be assessed, at least three. */
export function keptEveryHeadline(db: DbOrTx, year: number, limit = 10): KeptEverything[] {
	return db.all<KeptEverything>(sql`
		SELECT fc.region_code AS code, r.name AS name, p.name AS parentName,
			sum(fc.met + fc.exceeded) AS kept, sum(fc.pending) AS pending
		FROM fulfilment_counts fc
		JOIN regions r ON r.code = fc.region_code
		LEFT JOIN regions p ON p.code = r.parent_code
		WHERE fc.year = ${year} AND fc.headline = 1
		GROUP BY fc.region_code
		HAVING sum(fc.missed) = 0 AND sum(fc.met + fc.exceeded) >= 3
		ORDER BY kept DESC, fc.region_code LIMIT ${limit}`);
}

export interface NewReport {
	id: number;
	title: string;
	code: string;
	name: string;
	planYear: number | null;
	kind: string;
	createdAt: number;
	unreviewed: number;
}

/** The reports stored last, with how many of their items nobody has checked yet. */
export function newestReports(db: DbOrTx, limit = 6): NewReport[] {
	return db.all<NewReport>(sql`
		SELECT rp.id AS id, rp.title AS title, rp.region_code AS code, r.name AS name,
			rp.plan_year AS planYear, rp.kind AS kind, rp.created_at AS createdAt,
			(SELECT count(*) FROM commitments c
				WHERE c.source_report_id = rp.id AND c.review_state = 'machine') AS unreviewed
		FROM reports rp JOIN regions r ON r.code = rp.region_code
		ORDER BY rp.created_at DESC, rp.id DESC LIMIT ${limit}`);
}

export interface Totals {
	regions: number;
	reports: number;
	commitments: number;
	outcomes: number;
	unreviewed: number;
}

/** How much Duixian holds, from the kept per region-year totals. */
export function totals(db: DbOrTx): Totals {
	const kept = db.get<Omit<Totals, 'reports'>>(sql`
		SELECT count(DISTINCT region_code) AS regions, coalesce(sum(commitments), 0) AS commitments,
			coalesce(sum(outcomes), 0) AS outcomes, coalesce(sum(unreviewed), 0) AS unreviewed
		FROM region_years`)!;
	const reports = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM reports`)!.n;
	return { ...kept, reports };
}

export interface ProvinceEntry {
	code: string;
	name: string;
	/** divisions of the province (itself included) with commitments or outcomes */
	regions: number;
	latestYear: number;
}

/** The provinces Duixian holds data for, with how many of their divisions, as a way in. */
export function provincesWithData(db: DbOrTx): ProvinceEntry[] {
	return db.all<ProvinceEntry>(sql`
		SELECT p.code AS code, p.name AS name, t.regions AS regions, t.latestYear AS latestYear
		FROM (
			SELECT substr(region_code, 1, 2) || '0000' AS province, count(DISTINCT region_code) AS regions,
				max(year) AS latestYear
			FROM region_years GROUP BY 1
		) t JOIN regions p ON p.code = t.province
		ORDER BY p.code`);
}
