import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { fulfilment, type Assessment, type Fulfilment } from '../assess';
import type { Db, DbOrTx } from './db';
import {
	assessments,
	commitments,
	outcomes,
	reports,
	type Commitment,
	type Outcome,
	type StoredAssessment
} from './db/schema';
import { currentJudgements } from './judgements';

export interface ScorecardRow {
	commitment: Commitment;
	assessment: Assessment;
	/** the outcome the status rests on, with the report it cites */
	outcome: (Outcome & { reportTitle: string | null }) | null;
	/** the commitment and the figures its status rests on were checked by a person */
	reviewed: boolean;
}

export interface FulfilmentSummary {
	headline: Fulfilment;
	other: Fulfilment;
	all: Fulfilment;
}

export interface YearScorecard {
	year: number;
	rows: ScorecardRow[];
	fulfilment: FulfilmentSummary;
}

export function summarise(rows: ScorecardRow[]): FulfilmentSummary {
	const of = (list: ScorecardRow[]) => fulfilment(list.map((r) => r.assessment));
	return {
		headline: of(rows.filter((r) => r.commitment.headline)),
		other: of(rows.filter((r) => !r.commitment.headline)),
		all: of(rows)
	};
}

/** A kept assessment in the shape of the rules' own (the judgement is attached where shown). */
export function assessmentOf(a: StoredAssessment): Assessment {
	return {
		commitmentId: a.commitmentId,
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
		judgement: null
	};
}

export interface ScorecardQuery {
	year?: number;
	/** only commitments whose reading and figures a person has checked */
	reviewedOnly?: boolean;
	headlineOnly?: boolean;
	indicator?: string;
	/** the years from and to, both included */
	from?: number | null;
	to?: number | null;
}

/** The kept assessments of regions (or one of their years) with their commitments and outcomes. */
function rowsOf(db: DbOrTx, regionCodes: string[], query: ScorecardQuery): ScorecardRow[] {
	const conditions: SQL[] = [
		regionCodes.length === 1
			? eq(assessments.regionCode, regionCodes[0]!)
			: inArray(assessments.regionCode, regionCodes)
	];
	if (query.year !== undefined) conditions.push(eq(assessments.year, query.year));
	if (query.reviewedOnly) conditions.push(eq(assessments.reviewed, true));
	if (query.headlineOnly) conditions.push(eq(assessments.headline, true));
	if (query.indicator) conditions.push(eq(assessments.indicator, query.indicator));
	if (query.from != null) conditions.push(gte(assessments.year, query.from));
	if (query.to != null) conditions.push(lte(assessments.year, query.to));
	const rows = db
		.select({ commitment: commitments, stored: assessments })
		.from(assessments)
		.innerJoin(commitments, eq(commitments.id, assessments.commitmentId))
		.where(and(...conditions))
		.orderBy(desc(assessments.year), desc(assessments.headline), asc(assessments.commitmentId))
		.all();
	const ids = rows.map((r) => r.stored.outcomeId).filter((id): id is number => id !== null);
	const used = new Map(
		(ids.length
			? db
					.select({ outcome: outcomes, reportTitle: reports.title })
					.from(outcomes)
					.leftJoin(reports, eq(reports.id, outcomes.sourceReportId))
					.where(inArray(outcomes.id, ids))
					.all()
			: []
		).map((r) => [r.outcome.id, { ...r.outcome, reportTitle: r.reportTitle }])
	);
	return rows.map(({ commitment, stored }) => ({
		commitment,
		assessment: assessmentOf(stored),
		outcome: stored.outcomeId === null ? null : (used.get(stored.outcomeId) ?? null),
		reviewed: stored.reviewed
	}));
}

function byYear(rows: ScorecardRow[]): YearScorecard[] {
	const years = [...new Set(rows.map((r) => r.commitment.year))].sort((a, b) => b - a);
	return years.map((year) => {
		const ofYear = rows.filter((r) => r.commitment.year === year);
		return { year, rows: ofYear, fulfilment: summarise(ofYear) };
	});
}

/**
 * Every commitment of a region (or of one of its years) with its kept assessment: headline
 * commitments first, newest year first.
 */
export function assessRegion(
	db: DbOrTx,
	regionCode: string,
	year?: number,
	query: Omit<ScorecardQuery, 'year'> = {}
): YearScorecard[] {
	return byYear(rowsOf(db, [regionCode], { ...query, year }));
}

/** The same for several regions in one query: code → its scorecards, newest year first. */
export function assessRegions(
	db: DbOrTx,
	regionCodes: string[],
	query: Omit<ScorecardQuery, 'year'> = {}
): Map<string, YearScorecard[]> {
	const rows = regionCodes.length ? rowsOf(db, regionCodes, query) : [];
	return new Map(
		regionCodes.map((code) => [code, byYear(rows.filter((r) => r.commitment.regionCode === code))])
	);
}

/** One year's scorecard, with the editors' judgements shown beside the statuses they set. */
export function getScorecard(
	db: Db,
	regionCode: string,
	year: number,
	query: Omit<ScorecardQuery, 'year'> = {}
): YearScorecard | null {
	const card = assessRegion(db, regionCode, year, query)[0];
	if (!card) return null;
	const verdicts = currentJudgements(
		db,
		card.rows.map((r) => r.commitment.id)
	);
	for (const row of card.rows) row.assessment.judgement = verdicts.get(row.commitment.id) ?? null;
	return card;
}

/** Whether the region has commitments for the year at all (reviewed or not). */
export function hasCommitments(db: DbOrTx, regionCode: string, year: number): boolean {
	return (
		db
			.select({ n: sql<number>`1` })
			.from(assessments)
			.where(and(eq(assessments.regionCode, regionCode), eq(assessments.year, year)))
			.limit(1)
			.get() !== undefined
	);
}
