import { and, asc, eq } from 'drizzle-orm';
import { assess, fulfilment, type Assessment, type Fulfilment } from '../assess';
import type { Db } from './db';
import { commitments, outcomes, reports, type Commitment, type Outcome } from './db/schema';
import { indicatorNames } from './indicators';
import { currentJudgements } from './judgements';
import { assessSettings } from './settings';

export interface ScorecardRow {
	commitment: Commitment;
	assessment: Assessment;
	/** the outcome the status rests on, with the report it cites */
	outcome: (Outcome & { reportTitle: string | null }) | null;
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

/**
 * Every commitment of a region (or of one of its years) assessed against the outcomes of its
 * region and year: headline commitments first, newest year first.
 */
export function assessRegion(db: Db, regionCode: string, year?: number): YearScorecard[] {
	const where = (table: typeof commitments | typeof outcomes) =>
		year === undefined
			? eq(table.regionCode, regionCode)
			: and(eq(table.regionCode, regionCode), eq(table.year, year));
	const targets = db
		.select()
		.from(commitments)
		.where(where(commitments))
		.orderBy(asc(commitments.id))
		.all();
	const results = db
		.select({ outcome: outcomes, reportTitle: reports.title })
		.from(outcomes)
		.leftJoin(reports, eq(reports.id, outcomes.sourceReportId))
		.where(where(outcomes))
		.all()
		.map((r) => ({ ...r.outcome, reportTitle: r.reportTitle }));
	const names = indicatorNames(db);
	const settings = assessSettings();
	const verdicts = currentJudgements(
		db,
		targets.map((c) => c.id)
	);
	const years = [...new Set(targets.map((c) => c.year))].sort((a, b) => b - a);
	return years.map((y) => {
		const ofYear = results.filter((o) => o.year === y);
		const rows = targets
			.filter((c) => c.year === y)
			.sort((a, b) => Number(b.headline) - Number(a.headline))
			.map((commitment) => {
				const judgement = verdicts.get(commitment.id) ?? null;
				const assessment = assess(commitment, ofYear, { names, settings, judgement });
				const outcome = ofYear.find((o) => o.id === assessment.outcomeId) ?? null;
				return { commitment, assessment, outcome };
			});
		return { year: y, rows, fulfilment: summarise(rows) };
	});
}

export function getScorecard(db: Db, regionCode: string, year: number): YearScorecard | null {
	return assessRegion(db, regionCode, year)[0] ?? null;
}
