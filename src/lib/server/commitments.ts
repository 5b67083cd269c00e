import { asc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { commitments, type Commitment } from './db/schema';

export function listCommitmentsOfReport(db: Db, reportId: number): Commitment[] {
	return db
		.select()
		.from(commitments)
		.where(eq(commitments.sourceReportId, reportId))
		.orderBy(asc(commitments.quoteStart))
		.all();
}

/** The years a region has commitments for, oldest first. */
export function listCommitmentYears(db: Db, regionCode: string): number[] {
	return db
		.selectDistinct({ year: commitments.year })
		.from(commitments)
		.where(eq(commitments.regionCode, regionCode))
		.orderBy(asc(commitments.year))
		.all()
		.map((r) => r.year);
}
