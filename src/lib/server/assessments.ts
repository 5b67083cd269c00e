/**
 * The kept assessments: every commitment's status as the rules give it now, and the fulfilment
 * counts of each region and year, written in the same transaction as every write that can
 * change them. A page reads them; no request assesses more than the region-year it wrote.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { assess, type Assessment, type Status } from '../assess';
import type { DbOrTx } from './db';
import {
	appMeta,
	assessments,
	commitments,
	fulfilmentCounts,
	outcomes,
	regionYears,
	type Commitment,
	type Outcome
} from './db/schema';
import { indicatorNames } from './indicators';
import { currentJudgements } from './judgements';
import { assessSettings } from './settings';

export interface RegionYear {
	regionCode: string;
	year: number;
}

const keyOf = (k: RegionYear) => `${k.regionCode}:${k.year}`;

/** The outcomes that may count for a region and year: every row but the rejected ones. */
function countingOutcomes(db: DbOrTx, k: RegionYear): Outcome[] {
	return db
		.select()
		.from(outcomes)
		.where(
			and(
				eq(outcomes.regionCode, k.regionCode),
				eq(outcomes.year, k.year),
				ne(outcomes.reviewState, 'rejected')
			)
		)
		.all();
}

export interface AssessedCommitment {
	commitment: Commitment;
	assessment: Assessment;
	/** the commitment and every figure its status rests on were checked by a person */
	reviewed: boolean;
}

/**
 * Every commitment of a region and year assessed against its outcomes (and judgements); one a
 * reviewer rejected (not a target after all) is not assessed and counts nowhere.
 */
export function assessRegionYear(
	db: DbOrTx,
	k: RegionYear,
	names: Record<string, string> = indicatorNames(db)
): AssessedCommitment[] {
	const targets = db
		.select()
		.from(commitments)
		.where(
			and(
				eq(commitments.regionCode, k.regionCode),
				eq(commitments.year, k.year),
				ne(commitments.reviewState, 'rejected')
			)
		)
		.all();
	if (!targets.length) return [];
	const results = countingOutcomes(db, k);
	const byId = new Map(results.map((o) => [o.id, o]));
	const options = { names, settings: assessSettings() };
	const verdicts = currentJudgements(
		db,
		targets.map((c) => c.id)
	);
	return targets.map((commitment) => {
		const judgement = verdicts.get(commitment.id) ?? null;
		const assessment = assess(commitment, results, { ...options, judgement });
		const used = assessment.outcomeId === null ? null : byId.get(assessment.outcomeId);
		const reviewed =
			commitment.reviewState !== 'machine' && (!used || used.reviewState !== 'machine');
		return { commitment, assessment, reviewed };
	});
}

type Counts = Record<Status, number>;
const zero = (): Counts => ({ met: 0, exceeded: 0, missed: 0, pending: 0, unassessable: 0 });

/** Re-assesses the region-years and rewrites their kept assessments and counts. */
export function refreshRegionYears(tx: DbOrTx, keys: Iterable<RegionYear>): void {
	const seen = new Set<string>();
	let names: Record<string, string> | undefined;
	for (const k of keys) {
		if (seen.has(keyOf(k))) continue;
		seen.add(keyOf(k));
		names ??= indicatorNames(tx);
		refreshOne(tx, k, names);
	}
}

function refreshOne(tx: DbOrTx, k: RegionYear, names: Record<string, string>): void {
	const assessed = assessRegionYear(tx, k, names);
	const here = (table: typeof assessments | typeof fulfilmentCounts | typeof regionYears) =>
		and(eq(table.regionCode, k.regionCode), eq(table.year, k.year));
	tx.delete(assessments).where(here(assessments)).run();
	tx.delete(fulfilmentCounts).where(here(fulfilmentCounts)).run();
	tx.delete(regionYears).where(here(regionYears)).run();
	const counts = new Map<string, Counts>();
	for (const { commitment: c, assessment: a, reviewed } of assessed) {
		tx.insert(assessments)
			.values(storedOf(c, a, reviewed))
			.run();
		const bucket = `${c.headline ? 1 : 0}${reviewed ? 1 : 0}`;
		const n = counts.get(bucket) ?? zero();
		n[a.status]++;
		counts.set(bucket, n);
	}
	if (counts.size)
		tx.insert(fulfilmentCounts)
			.values(
				[...counts].map(([bucket, n]) => ({
					...k,
					headline: bucket[0] === '1',
					reviewed: bucket[1] === '1',
					...n
				}))
			)
			.run();
	const figures = tx
		.select({
			all: sql<number>`count(*)`,
			machine: sql<number>`coalesce(sum(${outcomes.reviewState} = 'machine'), 0)`
		})
		.from(outcomes)
		.where(and(eq(outcomes.regionCode, k.regionCode), eq(outcomes.year, k.year)))
		.get() ?? { all: 0, machine: 0 };
	const unreviewedTargets = assessed.filter((r) => r.commitment.reviewState === 'machine').length;
	if (assessed.length || figures.all)
		tx.insert(regionYears)
			.values({
				...k,
				commitments: assessed.length,
				outcomes: figures.all,
				unreviewed: unreviewedTargets + figures.machine
			})
			.run();
}

function storedOf(c: Commitment, a: Assessment, reviewed: boolean) {
	return {
		commitmentId: c.id,
		regionCode: c.regionCode,
		year: c.year,
		headline: c.headline,
		indicator: c.indicator,
		metric: c.metric,
		status: a.status,
		actual: a.actual,
		actualBound: a.actualBound,
		actualEstimated: a.actualEstimated,
		outcomeId: a.outcomeId,
		reference: a.reference,
		gap: a.gap,
		attainment: a.attainment,
		decimals: a.decimals,
		gapDecimals: a.gapDecimals,
		reason: a.reason,
		judged: a.judgement !== null,
		reviewed
	};
}

/** The region-years that hold commitments or outcomes, in pages. */
function regionYearsPage(db: DbOrTx, after: RegionYear | null, limit: number): RegionYear[] {
	const cursor = after
		? sql`WHERE (region_code, year) > (${after.regionCode}, ${after.year})`
		: sql``;
	return db.all<RegionYear>(sql`
		SELECT region_code AS regionCode, year FROM (
			SELECT region_code, year FROM commitments
			UNION SELECT region_code, year FROM outcomes
		) ${cursor} ORDER BY region_code, year LIMIT ${limit}`);
}

/** Rebuilds every kept assessment and count from the commitments and outcomes. */
export function rebuildAssessments(
	db: DbOrTx,
	onProgress: (done: number) => void = () => {}
): number {
	db.delete(assessments).run();
	db.delete(fulfilmentCounts).run();
	db.delete(regionYears).run();
	let done = 0;
	let after: RegionYear | null = null;
	for (;;) {
		const page = regionYearsPage(db, after, 500);
		if (!page.length) break;
		db.transaction((tx) => refreshRegionYears(tx, page));
		done += page.length;
		after = page[page.length - 1]!;
		onProgress(done);
	}
	return done;
}

/** What the kept assessments depend on besides the data: the rules' settings and version. */
const RULES_VERSION = 1;
export function assessmentBasis(): string {
	return JSON.stringify({ rules: RULES_VERSION, ...assessSettings() });
}

/**
 * Rebuilds the kept assessments when they were made under other settings (TOLERANCE_PP…) or
 * rules, or never made (a database from before they were kept). Returns whether it rebuilt.
 */
export function ensureAssessmentsCurrent(
	db: DbOrTx,
	log: (line: string) => void = () => {}
): boolean {
	const basis = assessmentBasis();
	const stored = db.select().from(appMeta).where(eq(appMeta.key, 'assessments')).get();
	if (stored?.value === basis) return false;
	const started = Date.now();
	const n = rebuildAssessments(db);
	db.insert(appMeta)
		.values({ key: 'assessments', value: basis })
		.onConflictDoUpdate({ target: appMeta.key, set: { value: basis } })
		.run();
	log(`Assessed the commitments of ${n} region-years in ${Date.now() - started} ms.`);
	return true;
}

/** The region-years a set of commitments and outcomes belong to. */
export function regionYearsOf(rows: Iterable<RegionYear>): RegionYear[] {
	const map = new Map<string, RegionYear>();
	for (const r of rows) map.set(keyOf(r), { regionCode: r.regionCode, year: r.year });
	return [...map.values()];
}

/** The region-years of these commitments, read before they change (a move to another year). */
export function regionYearsOfCommitments(db: DbOrTx, ids: number[]): RegionYear[] {
	if (!ids.length) return [];
	return regionYearsOf(
		db
			.select({ regionCode: commitments.regionCode, year: commitments.year })
			.from(commitments)
			.where(inArray(commitments.id, ids))
			.all()
	);
}
