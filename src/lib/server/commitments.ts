import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { commitments, type Commitment } from './db/schema';

/** A region's commitments, newest year first, headline targets before the others. */
export function listCommitmentsOfRegion(db: Db, regionCode: string): Commitment[] {
	return db
		.select()
		.from(commitments)
		.where(eq(commitments.regionCode, regionCode))
		.orderBy(desc(commitments.year), desc(commitments.headline), asc(commitments.id))
		.all();
}

export function listCommitmentsOfReport(db: Db, reportId: number): Commitment[] {
	return db
		.select()
		.from(commitments)
		.where(eq(commitments.reportId, reportId))
		.orderBy(asc(commitments.quoteStart))
		.all();
}
