import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from './db';
import { commitments, outcomes, regions, reports } from './db/schema';

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
				OR EXISTS (SELECT 1 FROM ${commitments} WHERE ${commitments.regionCode} = ${regions.code})`
		)
		.orderBy(asc(regions.code))
		.all();
	return rows;
}
