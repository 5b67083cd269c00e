/** What the extractor read that nobody has checked yet: per region, per report, the queue. */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from './db';

/** Items of the region read by the extractor and not yet checked by a person. */
export function unreviewedOfRegion(db: DbOrTx, regionCode: string): number {
	return (
		db.get<{ n: number | null }>(
			sql`SELECT sum(unreviewed) AS n FROM region_years WHERE region_code = ${regionCode}`
		)?.n ?? 0
	);
}

/** Items of the region-year read by the extractor and not yet checked by a person. */
export function unreviewedOfRegionYear(db: DbOrTx, regionCode: string, year: number): number {
	return (
		db.get<{ n: number }>(
			sql`SELECT unreviewed AS n FROM region_years WHERE region_code = ${regionCode} AND year = ${year}`
		)?.n ?? 0
	);
}

export type QueueOrder = 'oldest' | 'viewed';

export interface QueuedReport {
	id: number;
	title: string;
	code: string;
	name: string;
	planYear: number | null;
	kind: string;
	createdAt: number;
	views: number;
	commitments: number;
	outcomes: number;
}

/** Recounts a report's items that nobody has checked yet; call after its items change state. */
export function recountUnreviewed(tx: DbOrTx, reportId: number): void {
	tx.run(sql`
		UPDATE reports SET unreviewed =
			(SELECT count(*) FROM commitments c WHERE c.source_report_id = ${reportId} AND c.review_state = 'machine')
			+ (SELECT count(*) FROM outcomes o WHERE o.source_report_id = ${reportId} AND o.review_state = 'machine')
		WHERE id = ${reportId}`);
}

/**
 * The review queue: reports that still hold items read by the extractor and not checked, the
 * oldest stored first or the most viewed first, a page at a time.
 */
export function reviewQueue(
	db: DbOrTx,
	order: QueueOrder,
	limit = 30,
	offset = 0
): { reports: QueuedReport[]; total: number } {
	const waiting = sql`rp.unreviewed > 0 AND rp.reviewed_at IS NULL`;
	const sort = order === 'viewed' ? sql`rp.views DESC, rp.id DESC` : sql`rp.created_at, rp.id`;
	const reports = db.all<QueuedReport>(sql`
		SELECT rp.id AS id, rp.title AS title, rp.region_code AS code, r.name AS name,
			rp.plan_year AS planYear, rp.kind AS kind, rp.created_at AS createdAt, rp.views AS views,
			(SELECT count(*) FROM commitments c
				WHERE c.source_report_id = rp.id AND c.review_state = 'machine') AS commitments,
			(SELECT count(*) FROM outcomes o
				WHERE o.source_report_id = rp.id AND o.review_state = 'machine') AS outcomes
		FROM reports rp JOIN regions r ON r.code = rp.region_code
		WHERE ${waiting} ORDER BY ${sort} LIMIT ${limit} OFFSET ${offset}`);
	const total =
		db.get<{ n: number }>(sql`SELECT count(*) AS n FROM reports rp WHERE ${waiting}`)?.n ?? 0;
	return { reports, total };
}
