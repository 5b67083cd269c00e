import { asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from './db';
import { commitments, outcomes, regions, reports } from './db/schema';
import type { YearScorecard } from './scorecard';
import type { Status } from '../assess';

export interface TrackedRegion {
	code: string;
	name: string;
	level: string;
	parentName: string | null;
	reports: number;
	commitments: number;
	outcomes: number;
}

const countOf = (table: typeof reports | typeof commitments | typeof outcomes) =>
	sql<number>`(SELECT count(*) FROM ${table} WHERE ${table.regionCode} = ${regions.code})`;

/** Regions with at least one report, commitment or outcome, with how many of each. */
export function listTrackedRegions(db: Db): TrackedRegion[] {
	const parent = alias(regions, 'parent');
	const rows = db
		.select({
			code: regions.code,
			name: regions.name,
			level: regions.level,
			parentName: parent.name,
			reports: countOf(reports),
			commitments: countOf(commitments),
			outcomes: countOf(outcomes)
		})
		.from(regions)
		.leftJoin(parent, eq(parent.code, regions.parentCode))
		.where(
			sql`EXISTS (SELECT 1 FROM ${reports} WHERE ${reports.regionCode} = ${regions.code})
				OR EXISTS (SELECT 1 FROM ${commitments} WHERE ${commitments.regionCode} = ${regions.code})
				OR EXISTS (SELECT 1 FROM ${outcomes} WHERE ${outcomes.regionCode} = ${regions.code})`
		)
		.orderBy(asc(regions.code))
		.all();
	return rows;
}

export interface AmbitionPoint {
	code: string;
	name: string;
	year: number;
	target: number;
	actual: number;
	estimated: boolean;
	status: Status;
	quote: string;
}

/** GDP growth target against actual, one point a region-year where both are known exactly. */
export function ambitionVsDelivery(
	regionsWithCards: { code: string; name: string; cards: YearScorecard[] }[]
): AmbitionPoint[] {
	return regionsWithCards.flatMap(({ code, name, cards }) =>
		cards.flatMap((card) =>
			card.rows
				.filter(
					({ commitment: c, assessment: a }) =>
						c.headline &&
						c.indicator === 'gdp' &&
						c.metric === 'growth' &&
						c.value !== null &&
						a.actual !== null &&
						a.actualBound === null
				)
				.slice(0, 1)
				.map(({ commitment: c, assessment: a }) => ({
					code,
					name,
					year: card.year,
					target: c.value!,
					actual: a.actual!,
					estimated: a.actualEstimated,
					status: a.status,
					quote: c.sourceQuote
				}))
		)
	);
}

export interface LatestOutcome {
	id: number;
	regionCode: string;
	regionName: string;
	year: number;
	name: string;
	metric: string;
	value: number | null;
	unit: string | null;
	bound: '<=' | '>=' | null;
	estimated: boolean;
	recordedAt: Date;
	sourceReportId: number | null;
	sourceUrl: string | null;
	quote: string;
}

/** The most recently recorded outcomes still in force. */
export function latestOutcomes(db: Db, limit: number): LatestOutcome[] {
	return db
		.select({
			id: outcomes.id,
			regionCode: outcomes.regionCode,
			regionName: regions.name,
			year: outcomes.year,
			name: outcomes.name,
			metric: outcomes.metric,
			value: outcomes.value,
			unit: outcomes.unit,
			bound: outcomes.bound,
			estimated: outcomes.estimated,
			recordedAt: outcomes.recordedAt,
			sourceReportId: outcomes.sourceReportId,
			sourceUrl: outcomes.sourceUrl,
			quote: outcomes.sourceQuote
		})
		.from(outcomes)
		.innerJoin(regions, eq(regions.code, outcomes.regionCode))
		.where(isNull(outcomes.supersededBy))
		.orderBy(desc(outcomes.recordedAt), desc(outcomes.id))
		.limit(limit)
		.all();
}
