import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	type AnySQLiteColumn
} from 'drizzle-orm/sqlite-core';
import { BOUNDS, COMPARATORS, METRICS } from '../../vocabulary';

const createdAt = () =>
	integer('created_at', { mode: 'timestamp_ms' })
		.notNull()
		.$defaultFn(() => new Date());

export const REGION_LEVELS = ['province', 'prefecture', 'county'] as const;
export const REPORT_KINDS = [
	'plan_report',
	'work_report',
	'statistical_bulletin',
	'other'
] as const;
export const ROLES = ['admin', 'editor', 'viewer'] as const;
export { BOUNDS, COMPARATORS, METRICS };
export const BINDINGS = ['expected', 'binding'] as const;
export const JUDGEMENT_STATUSES = ['met', 'missed'] as const;
export const STATUSES = ['met', 'exceeded', 'missed', 'pending', 'unassessable'] as const;
/**
 * How far a person has checked an item: read by the extractor and not yet checked, checked and
 * kept as read, checked and corrected, or (outcomes only, never deleted) rejected as no result.
 */
export const REVIEW_STATES = ['machine', 'reviewed', 'corrected', 'rejected'] as const;

/** Who checked an item read by the extractor, and when. */
const reviewed = () => ({
	reviewState: text('review_state', { enum: REVIEW_STATES }).notNull().default('reviewed'),
	reviewedBy: integer('reviewed_by').references(() => users.id),
	reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' })
});

/** GB/T 2260 administrative divisions: provinces, prefectures and county-level divisions. */
export const regions = sqliteTable(
	'regions',
	{
		code: text('code').primaryKey(),
		name: text('name').notNull(),
		level: text('level', { enum: REGION_LEVELS }).notNull(),
		parentCode: text('parent_code').references((): AnySQLiteColumn => regions.code)
	},
	(t) => [index('regions_name_idx').on(t.name), index('regions_parent_idx').on(t.parentCode)]
);

/** The indicator catalogue of the extraction contract. */
export const indicators = sqliteTable('indicators', {
	code: text('code').primaryKey(),
	nameZh: text('name_zh').notNull(),
	nameEn: text('name_en').notNull(),
	defaultUnit: text('default_unit').notNull(),
	higherIsBetter: integer('higher_is_better', { mode: 'boolean' }).notNull()
});

export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	username: text('username').notNull().unique(),
	passwordHash: text('password_hash').notNull(),
	role: text('role', { enum: ROLES }).notNull().default('viewer'),
	disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
	createdAt: createdAt()
});

/** Sessions as Lucia's guide teaches: the id is the SHA-256 of the token, never the token. */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** A source document; the same text is never stored twice. */
export const reports = sqliteTable(
	'reports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		regionCode: text('region_code')
			.notNull()
			.references(() => regions.code),
		kind: text('kind', { enum: REPORT_KINDS }).notNull(),
		title: text('title').notNull(),
		date: text('date'),
		reviewYear: integer('review_year'),
		planYear: integer('plan_year'),
		sourceUrl: text('source_url'),
		/** where the text comes from, beyond its URL (a collection, a workbook row) */
		sourceNote: text('source_note'),
		/** the region as the text names it (清苑县 for today's 清苑区) */
		regionName: text('region_name'),
		text: text('text').notNull(),
		contentHash: text('content_hash').notNull().unique(),
		/** a signature of the normalised text, to find the same report reposted with a header */
		fingerprint: text('fingerprint'),
		/** set when an editor has been through every item read from it */
		reviewedBy: integer('reviewed_by').references(() => users.id),
		reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
		views: integer('views').notNull().default(0),
		/** items read from it by the extractor that nobody has checked yet (kept with them) */
		unreviewed: integer('unreviewed').notNull().default(0),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [
		index('reports_region_idx').on(t.regionCode, t.planYear),
		index('reports_created_idx').on(t.createdAt),
		index('reports_fingerprint_idx').on(t.fingerprint),
		index('reports_queue_oldest_idx')
			.on(t.createdAt, t.id)
			.where(sql`${t.unreviewed} > 0 AND ${t.reviewedAt} IS NULL`),
		index('reports_queue_viewed_idx')
			.on(t.views, t.id)
			.where(sql`${t.unreviewed} > 0 AND ${t.reviewedAt} IS NULL`)
	]
);

/** What commitments and outcomes are of: a statistic of a region in a year (fresh builders each call). */
const measured = () => ({
	id: integer('id').primaryKey({ autoIncrement: true }),
	regionCode: text('region_code')
		.notNull()
		.references(() => regions.code),
	year: integer('year').notNull(),
	indicator: text('indicator')
		.notNull()
		.references(() => indicators.code),
	name: text('name').notNull(),
	scope: text('scope'),
	metric: text('metric', { enum: METRICS }).notNull()
});

/** A target a report states for a region and year. */
export const commitments = sqliteTable(
	'commitments',
	{
		...measured(),
		comparator: text('comparator', { enum: COMPARATORS }).notNull(),
		value: real('value'),
		stretch: real('stretch'),
		unit: text('unit'),
		relativeTo: text('relative_to').references(() => indicators.code),
		headline: integer('headline', { mode: 'boolean' }).notNull(),
		binding: text('binding', { enum: BINDINGS }),
		sourceReportId: integer('source_report_id').references(() => reports.id),
		sourceQuote: text('source_quote').notNull(),
		quoteStart: integer('quote_start'),
		quoteEnd: integer('quote_end'),
		...reviewed(),
		/** what the extractor guessed in reading it (JSON list of notes for the editor) */
		guesses: text('guesses', { mode: 'json' }).$type<string[]>(),
		/** Bumped on every change, for optimistic concurrency. */
		version: integer('version').notNull().default(1),
		createdBy: integer('created_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [
		index('commitments_region_year_idx').on(t.regionCode, t.year),
		index('commitments_report_idx').on(t.sourceReportId, t.reviewState)
	]
);

/**
 * A recorded result. Append-only: a correction is a new row that the old one points to
 * through supersededBy; a trigger in the migrations refuses any UPDATE of the figure.
 */
export const outcomes = sqliteTable(
	'outcomes',
	{
		...measured(),
		value: real('value'),
		unit: text('unit'),
		estimated: integer('estimated', { mode: 'boolean' }).notNull(),
		bound: text('bound', { enum: BOUNDS }),
		sourceReportId: integer('source_report_id').references(() => reports.id),
		sourceUrl: text('source_url'),
		sourceQuote: text('source_quote').notNull(),
		quoteStart: integer('quote_start'),
		quoteEnd: integer('quote_end'),
		sourceDate: text('source_date'),
		note: text('note'),
		recordedBy: integer('recorded_by').references(() => users.id),
		recordedAt: integer('recorded_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date()),
		supersededBy: integer('superseded_by').references((): AnySQLiteColumn => outcomes.id),
		...reviewed(),
		guesses: text('guesses', { mode: 'json' }).$type<string[]>()
	},
	(t) => [
		index('outcomes_region_year_idx').on(t.regionCode, t.year, t.indicator),
		index('outcomes_report_idx').on(t.sourceReportId, t.reviewState),
		index('outcomes_latest_idx')
			.on(t.recordedAt, t.id)
			.where(sql`${t.supersededBy} IS NULL`),
		check('outcomes_has_source', sql`${t.sourceReportId} IS NOT NULL OR ${t.sourceUrl} IS NOT NULL`)
	]
);

/**
 * An editor's met/missed verdict on a qualitative or unassessable commitment, with the reason.
 * Kept as history: a new verdict supersedes the previous one.
 */
export const judgements = sqliteTable(
	'judgements',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => commitments.id),
		status: text('status', { enum: JUDGEMENT_STATUSES }).notNull(),
		reason: text('reason').notNull(),
		judgedBy: integer('judged_by')
			.notNull()
			.references(() => users.id),
		judgedAt: integer('judged_at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date()),
		supersededBy: integer('superseded_by').references((): AnySQLiteColumn => judgements.id)
	},
	(t) => [index('judgements_commitment_idx').on(t.commitmentId)]
);

/**
 * The assessment of each commitment as the rules give it now, kept up to date in the same
 * transaction as every write that can change it (src/lib/server/assessments.ts): pages read
 * it instead of assessing millions of commitments per request.
 */
export const assessments = sqliteTable(
	'assessments',
	{
		commitmentId: integer('commitment_id')
			.primaryKey()
			.references(() => commitments.id, { onDelete: 'cascade' }),
		regionCode: text('region_code').notNull(),
		year: integer('year').notNull(),
		headline: integer('headline', { mode: 'boolean' }).notNull(),
		indicator: text('indicator').notNull(),
		metric: text('metric', { enum: METRICS }).notNull(),
		status: text('status', { enum: STATUSES }).notNull(),
		actual: real('actual'),
		actualBound: text('actual_bound', { enum: BOUNDS }),
		actualEstimated: integer('actual_estimated', { mode: 'boolean' }).notNull(),
		outcomeId: integer('outcome_id'),
		reference: real('reference'),
		gap: real('gap'),
		attainment: real('attainment'),
		decimals: integer('decimals'),
		gapDecimals: integer('gap_decimals'),
		reason: text('reason').notNull(),
		judged: integer('judged', { mode: 'boolean' }).notNull(),
		/** the commitment and every figure its status rests on have been checked by a person */
		reviewed: integer('reviewed', { mode: 'boolean' }).notNull()
	},
	(t) => [
		index('assessments_region_year_idx').on(t.regionCode, t.year),
		// a region's headline targets over the years (its page), one indicator of regions (compare)
		index('assessments_region_headline_idx').on(t.regionCode, t.headline, t.year),
		index('assessments_region_indicator_idx').on(t.regionCode, t.indicator, t.year),
		index('assessments_year_status_idx').on(t.year, t.status, t.headline, t.metric, t.gap)
	]
);

/**
 * How many commitments of a region and year are met, exceeded, missed, pending or
 * unassessable: headline or not, read and checked by a person or not. Kept with `assessments`.
 */
export const fulfilmentCounts = sqliteTable(
	'fulfilment_counts',
	{
		regionCode: text('region_code')
			.notNull()
			.references(() => regions.code),
		year: integer('year').notNull(),
		headline: integer('headline', { mode: 'boolean' }).notNull(),
		reviewed: integer('reviewed', { mode: 'boolean' }).notNull(),
		met: integer('met').notNull(),
		exceeded: integer('exceeded').notNull(),
		missed: integer('missed').notNull(),
		pending: integer('pending').notNull(),
		unassessable: integer('unassessable').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.regionCode, t.year, t.headline, t.reviewed] }),
		index('fulfilment_counts_year_idx').on(t.year, t.headline)
	]
);

/** What a region holds for a year beyond its commitments: the outcomes recorded (all of them). */
export const regionYears = sqliteTable(
	'region_years',
	{
		regionCode: text('region_code')
			.notNull()
			.references(() => regions.code),
		year: integer('year').notNull(),
		commitments: integer('commitments').notNull(),
		outcomes: integer('outcomes').notNull(),
		/** items read by the extractor that nobody has checked yet */
		unreviewed: integer('unreviewed').notNull()
	},
	(t) => [primaryKey({ columns: [t.regionCode, t.year] })]
);

/** Settings the kept data depends on (the assessment tolerances), to rebuild it when they change. */
export const appMeta = sqliteTable('app_meta', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});

/** Who did what to which row, when, with the row before and after (JSON). */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id').references(() => users.id),
		action: text('action').notNull(),
		tableName: text('table_name').notNull(),
		rowId: text('row_id').notNull(),
		regionCode: text('region_code'),
		before: text('before', { mode: 'json' }),
		after: text('after', { mode: 'json' }),
		at: integer('at', { mode: 'timestamp_ms' })
			.notNull()
			.$defaultFn(() => new Date())
	},
	(t) => [index('audit_log_at_idx').on(t.at), index('audit_log_user_idx').on(t.userId)]
);

export type Region = typeof regions.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
export type User = typeof users.$inferSelect;
export type Report = typeof reports.$inferSelect;
export type Commitment = typeof commitments.$inferSelect;
export type Outcome = typeof outcomes.$inferSelect;
export type Judgement = typeof judgements.$inferSelect;
export type StoredAssessment = typeof assessments.$inferSelect;
export type ReviewState = (typeof REVIEW_STATES)[number];
export type Role = (typeof ROLES)[number];
export type ReportKind = (typeof REPORT_KINDS)[number];
