import { asc, eq, getTableColumns, gt, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { commitments, judgements, outcomes, regions, reports, users } from '../db/schema';
import { csvResponse, csvStream, type Column } from '../export';
import { omit } from '../../omit';

const iso = (d: Date | null) => d?.toISOString() ?? '';

/** Rows per page of an export: memory stays flat whatever the size of the table. */
const PAGE = 2000;

function listOutcomes(db: Db, afterId = 0) {
	return db
		.select({ o: outcomes, regionName: regions.name, recordedBy: users.username })
		.from(outcomes)
		.innerJoin(regions, eq(regions.code, outcomes.regionCode))
		.leftJoin(users, eq(users.id, outcomes.recordedBy))
		.where(gt(outcomes.id, afterId))
		.orderBy(asc(outcomes.id))
		.limit(PAGE)
		.all();
}

/** The importer's columns first, under the same names, so an export can be imported again. */
const outcomeColumns: Column<ReturnType<typeof listOutcomes>[number]>[] = [
	{ header: 'region_code', value: (r) => r.o.regionCode },
	{ header: 'year', value: (r) => r.o.year },
	{ header: 'indicator', value: (r) => r.o.indicator },
	{ header: 'metric', value: (r) => r.o.metric },
	{ header: 'value', value: (r) => r.o.value },
	{ header: 'unit', value: (r) => r.o.unit },
	{ header: 'kind', value: (r) => (r.o.estimated ? 'estimated' : 'final') },
	{ header: 'bound', value: (r) => r.o.bound },
	{ header: 'source_url', value: (r) => r.o.sourceUrl },
	{ header: 'source_report_id', value: (r) => r.o.sourceReportId },
	{ header: 'source_quote', value: (r) => r.o.sourceQuote },
	{ header: 'source_date', value: (r) => r.o.sourceDate },
	{ header: 'note', value: (r) => r.o.note },
	{ header: 'scope', value: (r) => r.o.scope },
	{ header: 'name', value: (r) => r.o.name },
	{ header: 'id', value: (r) => r.o.id },
	{ header: 'region_name', value: (r) => r.regionName },
	{ header: 'recorded_by', value: (r) => r.recordedBy },
	{ header: 'recorded_at', value: (r) => iso(r.o.recordedAt) },
	{ header: 'superseded_by', value: (r) => r.o.supersededBy }
];

function listCommitments(db: Db, afterId = 0) {
	return db
		.select({ c: commitments, regionName: regions.name, createdBy: users.username })
		.from(commitments)
		.innerJoin(regions, eq(regions.code, commitments.regionCode))
		.leftJoin(users, eq(users.id, commitments.createdBy))
		.where(gt(commitments.id, afterId))
		.orderBy(asc(commitments.id))
		.limit(PAGE)
		.all();
}

const commitmentColumns: Column<ReturnType<typeof listCommitments>[number]>[] = [
	{ header: 'id', value: (r) => r.c.id },
	{ header: 'region_code', value: (r) => r.c.regionCode },
	{ header: 'region_name', value: (r) => r.regionName },
	{ header: 'year', value: (r) => r.c.year },
	{ header: 'indicator', value: (r) => r.c.indicator },
	{ header: 'name', value: (r) => r.c.name },
	{ header: 'scope', value: (r) => r.c.scope },
	{ header: 'metric', value: (r) => r.c.metric },
	{ header: 'comparator', value: (r) => r.c.comparator },
	{ header: 'value', value: (r) => r.c.value },
	{ header: 'stretch', value: (r) => r.c.stretch },
	{ header: 'unit', value: (r) => r.c.unit },
	{ header: 'relative_to', value: (r) => r.c.relativeTo },
	{ header: 'headline', value: (r) => (r.c.headline ? 'true' : 'false') },
	{ header: 'binding', value: (r) => r.c.binding },
	{ header: 'source_quote', value: (r) => r.c.sourceQuote },
	{ header: 'source_report_id', value: (r) => r.c.sourceReportId },
	{ header: 'version', value: (r) => r.c.version },
	{ header: 'created_by', value: (r) => r.createdBy },
	{ header: 'created_at', value: (r) => iso(r.c.createdAt) }
];

function listJudgements(db: Db, afterId = 0) {
	return db
		.select({ j: judgements, c: commitments, regionName: regions.name, judgedBy: users.username })
		.from(judgements)
		.innerJoin(commitments, eq(commitments.id, judgements.commitmentId))
		.innerJoin(regions, eq(regions.code, commitments.regionCode))
		.leftJoin(users, eq(users.id, judgements.judgedBy))
		.where(gt(judgements.id, afterId))
		.orderBy(asc(judgements.id))
		.limit(PAGE)
		.all();
}

const judgementColumns: Column<ReturnType<typeof listJudgements>[number]>[] = [
	{ header: 'id', value: (r) => r.j.id },
	{ header: 'commitment_id', value: (r) => r.j.commitmentId },
	{ header: 'region_code', value: (r) => r.c.regionCode },
	{ header: 'region_name', value: (r) => r.regionName },
	{ header: 'year', value: (r) => r.c.year },
	{ header: 'indicator', value: (r) => r.c.indicator },
	{ header: 'commitment_name', value: (r) => r.c.name },
	{ header: 'status', value: (r) => r.j.status },
	{ header: 'reason', value: (r) => r.j.reason },
	{ header: 'judged_by', value: (r) => r.judgedBy },
	{ header: 'judged_at', value: (r) => iso(r.j.judgedAt) },
	{ header: 'superseded_by', value: (r) => r.j.supersededBy }
];

function listReports(db: Db, afterId = 0) {
	const columns = omit(getTableColumns(reports), 'text');
	return db
		.select({
			r: columns,
			characters: sql<number>`length(${reports.text})`,
			regionName: regions.name,
			createdBy: users.username
		})
		.from(reports)
		.innerJoin(regions, eq(regions.code, reports.regionCode))
		.leftJoin(users, eq(users.id, reports.createdBy))
		.where(gt(reports.id, afterId))
		.orderBy(asc(reports.id))
		.limit(PAGE)
		.all();
}

const reportColumns: Column<ReturnType<typeof listReports>[number]>[] = [
	{ header: 'id', value: (r) => r.r.id },
	{ header: 'region_code', value: (r) => r.r.regionCode },
	{ header: 'region_name', value: (r) => r.regionName },
	{ header: 'kind', value: (r) => r.r.kind },
	{ header: 'title', value: (r) => r.r.title },
	{ header: 'date', value: (r) => r.r.date },
	{ header: 'review_year', value: (r) => r.r.reviewYear },
	{ header: 'plan_year', value: (r) => r.r.planYear },
	{ header: 'source_url', value: (r) => r.r.sourceUrl },
	{ header: 'characters', value: (r) => r.characters },
	{ header: 'content_hash', value: (r) => r.r.contentHash },
	{ header: 'created_by', value: (r) => r.createdBy },
	{ header: 'created_at', value: (r) => iso(r.r.createdAt) }
];

const TABLES = {
	commitments: (db: Db, name: string) =>
		csvResponse(
			name,
			commitmentColumns,
			csvStream(commitmentColumns, (last) => listCommitments(db, last?.c.id))
		),
	outcomes: (db: Db, name: string) =>
		csvResponse(
			name,
			outcomeColumns,
			csvStream(outcomeColumns, (last) => listOutcomes(db, last?.o.id))
		),
	judgements: (db: Db, name: string) =>
		csvResponse(
			name,
			judgementColumns,
			csvStream(judgementColumns, (last) => listJudgements(db, last?.j.id))
		),
	reports: (db: Db, name: string) =>
		csvResponse(
			name,
			reportColumns,
			csvStream(reportColumns, (last) => listReports(db, last?.r.id))
		)
};

export type ExportTable = keyof typeof TABLES;

export const isExportTable = (name: string): name is ExportTable => Object.hasOwn(TABLES, name);

/** The whole table as CSV (UTF-8 with a BOM), named with the table and the date. */
export function exportTable(db: Db, table: ExportTable, today = new Date()): Response {
	return TABLES[table](db, `duixian-${table}-${today.toISOString().slice(0, 10)}`);
}

/** How many rows each table has, for the export page. */
export function exportCounts(db: Db): Record<ExportTable, number> {
	const count = (t: typeof commitments | typeof outcomes | typeof judgements | typeof reports) =>
		db
			.select({ n: sql<number>`count(*)` })
			.from(t)
			.get()?.n ?? 0;
	return {
		commitments: count(commitments),
		outcomes: count(outcomes),
		judgements: count(judgements),
		reports: count(reports)
	};
}
