import { isIsoDay } from './dates';
import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './db';
import { auditLog, regions, users } from './db/schema';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
	user: string | null;
	region: string | null;
	table: string | null;
	/** YYYY-MM-DD, days in Beijing time (UTC+8), both inclusive */
	from: string | null;
	to: string | null;
	page: number;
}

export type AuditFilterErrors = Partial<Record<keyof AuditFilters, string>>;

export interface Change {
	key: string;
	before: string | null;
	after: string | null;
}

export interface AuditRow {
	id: number;
	at: Date;
	username: string | null;
	action: string;
	tableName: string;
	rowId: string;
	regionCode: string | null;
	regionName: string | null;
	changes: Change[];
	before: unknown;
	after: unknown;
}

const DAY_MS = 86_400_000;

/** Reads the filters of the query string; a bad one is reported and left out, never an error page. */
export function parseAuditFilters(
	params: URLSearchParams,
	known: { users: string[]; tables: string[] }
) {
	const text = (name: string) => params.get(name)?.trim() || null;
	const filters: AuditFilters = {
		user: text('user'),
		region: text('region'),
		table: text('table'),
		from: text('from'),
		to: text('to'),
		page: 1
	};
	const errors: AuditFilterErrors = {};
	if (filters.user && !known.users.includes(filters.user))
		errors.user = `没有用户“${filters.user}”`;
	if (filters.region && !/^\d{6}$/.test(filters.region))
		errors.region = '地区代码是 6 位数字，如 510811';
	if (filters.table && !known.tables.includes(filters.table))
		errors.table = `审计日志中没有表“${filters.table}”`;
	if (filters.from && !isIsoDay(filters.from)) errors.from = '日期格式为 2024-03-20';
	if (filters.to && !isIsoDay(filters.to)) errors.to = '日期格式为 2024-03-20';
	if (filters.from && filters.to && !errors.from && !errors.to && filters.from > filters.to)
		errors.to = '结束日期早于开始日期';
	const page = Number(params.get('page') ?? '1');
	if (Number.isSafeInteger(page) && page >= 1) filters.page = page;
	else errors.page = '页码须为正整数';
	for (const key of Object.keys(errors) as (keyof AuditFilters)[])
		if (key !== 'page') filters[key] = null;
	return { filters, errors };
}

/** The users and the logged tables: the choices of the filter form. */
export function auditFilterChoices(db: DbOrTx): { users: string[]; tables: string[] } {
	return {
		users: db
			.select({ name: users.username })
			.from(users)
			.orderBy(asc(users.username))
			.all()
			.map((u) => u.name),
		tables: db
			.selectDistinct({ t: auditLog.tableName })
			.from(auditLog)
			.orderBy(asc(auditLog.tableName))
			.all()
			.map((r) => r.t)
	};
}

const SECRET = /password/i;
const HIDDEN = '（已隐藏）';

const shown = (key: string, value: unknown): string | null =>
	value === null || value === undefined
		? null
		: SECRET.test(key)
			? HIDDEN
			: typeof value === 'string'
				? value
				: JSON.stringify(value);

const asObject = (v: unknown): Record<string, unknown> =>
	v && typeof v === 'object' && !Array.isArray(v)
		? (v as Record<string, unknown>)
		: v === null || v === undefined
			? {}
			: { value: v };

/** The row as logged, with secrets such as a password hash hidden. */
function redact(value: unknown): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.fromEntries(
		Object.entries(value).map(([k, v]) => [k, SECRET.test(k) && v != null ? HIDDEN : v])
	);
}

/** The keys whose values differ between before and after. */
export function diffOf(before: unknown, after: unknown): Change[] {
	const b = asObject(before);
	const a = asObject(after);
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
	return keys
		.filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
		.map((key) => ({ key, before: shown(key, b[key]), after: shown(key, a[key]) }));
}

function whereOf(f: AuditFilters): SQL | undefined {
	const conditions: SQL[] = [];
	if (f.user) conditions.push(eq(users.username, f.user));
	if (f.region) conditions.push(eq(auditLog.regionCode, f.region));
	if (f.table) conditions.push(eq(auditLog.tableName, f.table));
	// Days are Beijing days, as the page shows the times.
	if (f.from) conditions.push(gte(auditLog.at, new Date(`${f.from}T00:00:00+08:00`)));
	if (f.to)
		conditions.push(lt(auditLog.at, new Date(Date.parse(`${f.to}T00:00:00+08:00`) + DAY_MS)));
	return and(...conditions);
}

/** One page of the log, newest first. */
export function queryAudit(db: DbOrTx, filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE) {
	const where = whereOf(filters);
	const total =
		db
			.select({ n: sql<number>`count(*)` })
			.from(auditLog)
			.leftJoin(users, eq(users.id, auditLog.userId))
			.where(where)
			.get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(filters.page, pages);
	const entries: AuditRow[] = db
		.select({ entry: auditLog, username: users.username, regionName: regions.name })
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.leftJoin(regions, eq(regions.code, auditLog.regionCode))
		.where(where)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize)
		.all()
		.map(({ entry: e, username, regionName }) => ({
			id: e.id,
			at: e.at,
			username,
			action: e.action,
			tableName: e.tableName,
			rowId: e.rowId,
			regionCode: e.regionCode,
			regionName,
			changes: diffOf(e.before, e.after),
			before: redact(e.before),
			after: redact(e.after)
		}));
	return { entries, total, page, pages };
}
