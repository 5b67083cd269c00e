import { createHash } from 'node:crypto';
import { and, desc, eq, getTableColumns, isNotNull, sql } from 'drizzle-orm';
import { recordAudit } from './audit';
import { normalize } from '../extract';
import type { Db, DbOrTx } from './db';
import { commitments, outcomes, reports, type Report, type ReportKind } from './db/schema';
import { omit } from '../omit';

export interface ReportInput {
	regionCode: string;
	kind: ReportKind;
	title: string;
	date: string | null;
	reviewYear: number | null;
	planYear: number | null;
	sourceUrl: string | null;
	/** where the text comes from beyond its URL (a collection, a workbook row) */
	sourceNote?: string | null;
	/** the region as the text names it (清苑县 for today's 清苑区) */
	regionName?: string | null;
	text: string;
}

/** Line endings and surrounding blank space do not make a text different. */
export function contentHashOf(text: string): string {
	const canonical = text.replace(/\r\n?/g, '\n').trim();
	return createHash('sha256').update(canonical).digest('hex');
}

export function findReportByText(db: DbOrTx, text: string): Report | undefined {
	return db
		.select()
		.from(reports)
		.where(eq(reports.contentHash, contentHashOf(text)))
		.get();
}

/** Stores a report unless the same text is already stored; returns the stored row either way. */
export function storeReport(
	db: DbOrTx,
	input: ReportInput,
	actorId: number | null
): { report: Report; created: boolean } {
	return db.transaction((tx) => {
		const existing = findReportByText(tx, input.text);
		if (existing) return { report: existing, created: false };
		const report = tx
			.insert(reports)
			.values({ ...input, contentHash: contentHashOf(input.text), createdBy: actorId })
			.returning()
			.get();
		const summary = omit(report, 'text');
		recordAudit(tx, {
			userId: actorId,
			action: 'create',
			tableName: 'reports',
			rowId: report.id,
			regionCode: report.regionCode,
			after: summary
		});
		return { report, created: true };
	});
}

export function getReport(db: Db, id: number): Report | undefined {
	return db.select().from(reports).where(eq(reports.id, id)).get();
}

/**
 * How many rows of the table cite the report: qualified by hand, because drizzle renders the
 * outer column of a correlated subquery unqualified (it would read as the inner table's id).
 */
const citing = (table: typeof commitments | typeof outcomes) =>
	sql<number>`(SELECT count(*) FROM ${table} AS cited WHERE cited.source_report_id = ${sql.raw('"reports"."id"')})`;

export type ReportSummary = Omit<Report, 'text'> & { commitments: number; outcomes: number };

/** A region's reports, newest first, with how many commitments and outcomes cite each. */
export function listReportsOfRegion(
	db: Db,
	regionCode: string,
	limit = 100,
	offset = 0
): ReportSummary[] {
	const columns = omit(getTableColumns(reports), 'text');
	return db
		.select({
			...columns,
			commitments: citing(commitments),
			outcomes: citing(outcomes)
		})
		.from(reports)
		.where(eq(reports.regionCode, regionCode))
		.orderBy(desc(reports.planYear), desc(reports.date), desc(reports.id))
		.limit(limit)
		.offset(offset)
		.all();
}

export function countReportsOfRegion(db: DbOrTx, regionCode: string): number {
	return (
		db
			.select({ n: sql<number>`count(*)` })
			.from(reports)
			.where(eq(reports.regionCode, regionCode))
			.get()?.n ?? 0
	);
}

/** The names the region's reports give it where they differ from today's (清苑县 for 清苑区). */
export function namesInReports(db: DbOrTx, regionCode: string): string[] {
	return db
		.selectDistinct({ name: reports.regionName })
		.from(reports)
		.where(and(eq(reports.regionCode, regionCode), isNotNull(reports.regionName)))
		.all()
		.map((r) => r.name!);
}

/** Compared as the extractor reads: simplified characters, half-width digits, no white space. */
function comparable(text: string): string {
	return normalize(text).text.replace(/\s+/g, '');
}

// Reports never change once stored, so their comparable text can be kept (by content hash).
const comparableTexts = new Map<string, string>();

/** Whether the quote stands in the report, or undefined when there is no such report. */
export function reportContainsQuote(db: DbOrTx, id: number, quote: string): boolean | undefined {
	const row = db
		.select({ text: reports.text, hash: reports.contentHash })
		.from(reports)
		.where(eq(reports.id, id))
		.get();
	if (!row) return undefined;
	let text = comparableTexts.get(row.hash);
	if (text === undefined) {
		text = comparable(row.text);
		if (comparableTexts.size >= 32) comparableTexts.delete(comparableTexts.keys().next().value!);
		comparableTexts.set(row.hash, text);
	}
	return text.includes(comparable(quote));
}
