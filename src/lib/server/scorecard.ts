import { and, eq, sql, type SQL } from 'drizzle-orm';
import { fulfilment, type Assessment, type Fulfilment } from '../assess';
import type { Db, DbOrTx } from './db';
import { assessments, type Commitment, type Outcome } from './db/schema';
import { currentJudgements } from './judgements';

/** What a scorecard shows and sends of a commitment, and of the outcome its status rests on. */
export type ScorecardCommitment = Pick<
	Commitment,
	| 'id'
	| 'regionCode'
	| 'year'
	| 'indicator'
	| 'name'
	| 'scope'
	| 'metric'
	| 'comparator'
	| 'value'
	| 'stretch'
	| 'unit'
	| 'relativeTo'
	| 'headline'
	| 'sourceReportId'
	| 'sourceQuote'
	| 'quoteStart'
>;
export type ScorecardOutcome = Pick<
	Outcome,
	'id' | 'value' | 'unit' | 'sourceReportId' | 'sourceUrl' | 'sourceQuote' | 'quoteStart'
>;

export interface ScorecardRow {
	commitment: ScorecardCommitment;
	assessment: Assessment;
	/** the outcome the status rests on, with the report it cites */
	outcome: (ScorecardOutcome & { reportTitle: string | null }) | null;
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

/** One row of the scorecard query: SQLite's integers where the schema has booleans. */
type Flat = Omit<ScorecardCommitment, 'headline'> &
	Omit<Assessment, 'commitmentId' | 'actualEstimated' | 'judgement'> & {
		headline: number;
		actualEstimated: number;
		reviewed: number;
		outcomeValue: number | null;
		outcomeUnit: string | null;
		outcomeReportId: number | null;
		outcomeUrl: string | null;
		outcomeQuote: string | null;
		outcomeQuoteStart: number | null;
		reportTitle: string | null;
	};

function conditionsOf(regionCodes: string[], query: ScorecardQuery): SQL[] {
	const conditions = [
		sql`a.region_code IN (${sql.join(
			regionCodes.map((c) => sql`${c}`),
			sql`, `
		)})`
	];
	if (query.year !== undefined) conditions.push(sql`a.year = ${query.year}`);
	if (query.reviewedOnly) conditions.push(sql`a.reviewed = 1`);
	if (query.headlineOnly) conditions.push(sql`a.headline = 1`);
	if (query.indicator) conditions.push(sql`a.indicator = ${query.indicator}`);
	if (query.from != null) conditions.push(sql`a.year >= ${query.from}`);
	if (query.to != null) conditions.push(sql`a.year <= ${query.to}`);
	return conditions;
}

/**
 * The kept assessments of regions (or one of their years) with their commitments and outcomes.
 * One plain query rather than the query builder: on the pages read most, mapping every column
 * of every row through the builder cost more than the query itself.
 */
function rowsOf(db: DbOrTx, regionCodes: string[], query: ScorecardQuery): ScorecardRow[] {
	const rows = db.all<Flat>(sql`
		SELECT c.id, c.region_code AS regionCode, c.year, c.indicator, c.name, c.scope, c.metric,
			c.comparator, c.value, c.stretch, c.unit, c.relative_to AS relativeTo, c.headline,
			c.source_report_id AS sourceReportId, c.source_quote AS sourceQuote,
			c.quote_start AS quoteStart,
			a.status, a.actual, a.actual_bound AS actualBound, a.actual_estimated AS actualEstimated,
			a.outcome_id AS outcomeId, a.reference, a.gap, a.attainment, a.decimals,
			a.gap_decimals AS gapDecimals, a.reason, a.reviewed,
			o.value AS outcomeValue, o.unit AS outcomeUnit, o.source_report_id AS outcomeReportId,
			o.source_url AS outcomeUrl, o.source_quote AS outcomeQuote,
			o.quote_start AS outcomeQuoteStart, r.title AS reportTitle
		FROM assessments a
		JOIN commitments c ON c.id = a.commitment_id
		LEFT JOIN outcomes o ON o.id = a.outcome_id
		LEFT JOIN reports r ON r.id = o.source_report_id
		WHERE ${sql.join(conditionsOf(regionCodes, query), sql` AND `)}
		ORDER BY a.year DESC, a.headline DESC, a.commitment_id`);
	return rows.map(rowOf);
}

function rowOf(f: Flat): ScorecardRow {
	return {
		commitment: {
			id: f.id,
			regionCode: f.regionCode,
			year: f.year,
			indicator: f.indicator,
			name: f.name,
			scope: f.scope,
			metric: f.metric,
			comparator: f.comparator,
			value: f.value,
			stretch: f.stretch,
			unit: f.unit,
			relativeTo: f.relativeTo,
			headline: f.headline === 1,
			sourceReportId: f.sourceReportId,
			sourceQuote: f.sourceQuote,
			quoteStart: f.quoteStart
		},
		assessment: {
			commitmentId: f.id,
			status: f.status,
			actual: f.actual,
			actualBound: f.actualBound,
			actualEstimated: f.actualEstimated === 1,
			outcomeId: f.outcomeId,
			reference: f.reference,
			gap: f.gap,
			attainment: f.attainment,
			decimals: f.decimals,
			gapDecimals: f.gapDecimals,
			reason: f.reason,
			judgement: null
		},
		outcome:
			f.outcomeId === null || f.outcomeQuote === null
				? null
				: {
						id: f.outcomeId,
						value: f.outcomeValue,
						unit: f.outcomeUnit,
						sourceReportId: f.outcomeReportId,
						sourceUrl: f.outcomeUrl,
						sourceQuote: f.outcomeQuote,
						quoteStart: f.outcomeQuoteStart,
						reportTitle: f.reportTitle
					},
		reviewed: f.reviewed === 1
	};
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
