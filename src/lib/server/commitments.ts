import { asc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { commitments, type Commitment } from './db/schema';

export function listCommitmentsOfReport(db: Db, reportId: number): Commitment[] {
	return db
		.select()
		.from(commitments)
		.where(eq(commitments.reportId, reportId))
		.orderBy(asc(commitments.quoteStart))
		.all();
}
