import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from './db';
import { outcomes, type Outcome } from './db/schema';

/** A region's outcomes still in force (not superseded), newest year first. */
export function listOutcomesOfRegion(db: Db, regionCode: string): Outcome[] {
	return db
		.select()
		.from(outcomes)
		.where(and(eq(outcomes.regionCode, regionCode), isNull(outcomes.supersededBy)))
		.orderBy(desc(outcomes.year), asc(outcomes.id))
		.all();
}

export function listOutcomesOfReport(db: Db, reportId: number): Outcome[] {
	return db
		.select()
		.from(outcomes)
		.where(eq(outcomes.sourceReportId, reportId))
		.orderBy(asc(outcomes.quoteStart))
		.all();
}
