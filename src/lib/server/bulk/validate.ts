import { yearInChina } from '../dates';
import { and, inArray, isNull } from 'drizzle-orm';
import type { Metric } from '../../assess';
import { scopeKey } from '../../assess/select';
import type { DbOrTx } from '../db';
import {
	commitments,
	indicators,
	outcomes,
	regions,
	type Commitment,
	type Outcome
} from '../db/schema';
import type { OutcomeDraft } from '../outcome-input';
import { outcomeKeyOf, type OutcomeKey } from '../record';
import { draftOf } from '../outcome-input';
import { checkOutcome, sameKey, storedTwin } from './fields';
import type { Column, CsvRow } from './parse';

export const IMPORT_METRICS = ['growth', 'level', 'rate', 'change_pp'] as const;

export interface RowProblem {
	line: number;
	/** what the row is about, as far as it could be read */
	label: string;
	messages: { column: Column | null; message: string }[];
}

/** A row that passed every check, ready to store. */
export interface ValidRow {
	line: number;
	key: OutcomeKey;
	name: string;
	regionName: string;
	draft: OutcomeDraft;
	/** the commitments judged on this outcome's key */
	matches: Commitment[];
	/** the row repeats a stored figure exactly: nothing will be written for it */
	repeatsStored?: boolean;
}

/** The reference data the rows are checked against, read once per file. */
interface Context {
	regions: Map<string, string>;
	indicators: Map<string, { nameZh: string; defaultUnit: string }>;
	commitments: Commitment[];
	/** the figures not superseded, to recognise a row that repeats one */
	stored: Outcome[];
	today: Date;
}

function contextOf(db: DbOrTx, rows: CsvRow[], today: Date): Context {
	const codes = [...new Set(rows.map((r) => r.values.region_code).filter(Boolean))];
	const found = codes.length
		? db.select().from(regions).where(inArray(regions.code, codes)).all()
		: [];
	return {
		regions: new Map(found.map((r) => [r.code, r.name])),
		indicators: new Map(
			db
				.select()
				.from(indicators)
				.all()
				.map((i) => [i.code, i])
		),
		commitments: codes.length
			? db.select().from(commitments).where(inArray(commitments.regionCode, codes)).all()
			: [],
		stored: codes.length
			? db
					.select()
					.from(outcomes)
					.where(and(inArray(outcomes.regionCode, codes), isNull(outcomes.supersededBy)))
					.all()
			: [],
		today
	};
}

function validateRow(db: DbOrTx, row: CsvRow, ctx: Context): ValidRow | RowProblem {
	const v = row.values;
	const messages: RowProblem['messages'] = [];
	const add = (column: Column | null, message: string) => messages.push({ column, message });
	if (row.fields)
		add(
			null,
			`这一行有 ${row.fields.found} 个值，表头有 ${row.fields.expected} 列（含逗号的值须用英文双引号括起）`
		);
	const regionName = ctx.regions.get(v.region_code);
	if (!v.region_code) add('region_code', '请填写地区代码');
	else if (!regionName)
		add('region_code', `没有代码为“${v.region_code}”的地区（须为 6 位行政区划代码）`);
	const year = /^\d{4}$/.test(v.year) ? Number(v.year) : null;
	if (year === null) add('year', v.year ? `“${v.year}”不是年份` : '请填写年份');
	else if (year < 1949) add('year', `${year}年太早了`);
	const indicator = ctx.indicators.get(v.indicator);
	if (!v.indicator) add('indicator', '请填写指标代码');
	else if (!indicator) add('indicator', `指标代码“${v.indicator}”不在指标目录中`);
	const metric = (IMPORT_METRICS as readonly string[]).includes(v.metric)
		? (v.metric as Metric)
		: null;
	if (!metric)
		add(
			'metric',
			`口径${v.metric ? `“${v.metric}”` : ''}须为 growth、level、rate 或 change_pp 之一`
		);

	const key: OutcomeKey | null =
		regionName && year !== null && indicator && metric
			? { regionCode: v.region_code, year, indicator: v.indicator, metric, scope: v.scope || null }
			: null;
	const matches = key
		? ctx.commitments.filter((c) => {
				const k = outcomeKeyOf(c);
				return k !== null && sameKey(k, key);
			})
		: [];
	const twin = key && regionName && !messages.length ? storedTwin(v, key, ctx.stored) : undefined;
	if (key && regionName && twin)
		return {
			line: row.line,
			key,
			name: twin.name,
			regionName,
			draft: draftOf(twin),
			matches,
			repeatsStored: true
		};
	const unit =
		matches.find((c) => c.unit)?.unit ??
		(metric === 'level' ? indicator?.defaultUnit || null : null);
	const outcome = checkOutcome(
		db,
		v,
		{ year: year ?? yearInChina(ctx.today), metric, unit },
		ctx.today
	);
	messages.push(...outcome.messages);

	const label = [v.region_code, regionName, v.year, v.indicator, v.metric, v.scope]
		.filter(Boolean)
		.join(' ');
	if (messages.length || !key || !outcome.draft || !regionName || !indicator)
		return { line: row.line, label, messages };
	const name = v.name || matches[0]?.name || indicator.nameZh;
	return { line: row.line, key, name, regionName, draft: outcome.draft, matches };
}

/** Statistics come in a handful of scopes; many more means the column holds something else. */
export const MAX_SCOPES = 20;

/** Checks every row; two rows for the same outcome and kind would leave which one counts to chance. */
export function validateRows(
	db: DbOrTx,
	rows: CsvRow[],
	today = new Date()
): { valid: ValidRow[]; problems: RowProblem[] } {
	const ctx = contextOf(db, rows, today);
	const valid: ValidRow[] = [];
	const problems: RowProblem[] = [];
	const firstLine = new Map<string, number>();
	const scopes = new Map<string, Set<string>>();
	for (const row of rows) {
		const result = validateRow(db, row, ctx);
		const v = row.values;
		const group = [v.region_code, v.year, v.indicator, v.metric].join('|');
		const seen = scopes.get(group) ?? new Set<string>();
		scopes.set(group, seen.add(scopeKey(v.scope)));
		if (seen.size > MAX_SCOPES && 'key' in result) {
			const message = `同一地区、年份、指标和口径已有 ${MAX_SCOPES} 种范围（scope），请检查 scope 列是否填错`;
			problems.push({
				line: row.line,
				label: `${v.region_code} ${result.regionName} ${v.year} ${v.indicator} ${v.metric} ${v.scope}`,
				messages: [{ column: 'scope', message }]
			});
			continue;
		}
		if ('repeatsStored' in result && result.repeatsStored) {
			// Two stored reports may state the same final figure; repeating them writes nothing.
			valid.push(result);
			continue;
		}
		const dupKey = [
			v.region_code,
			v.year,
			v.indicator,
			v.metric,
			scopeKey(v.scope),
			v.kind.toLowerCase()
		].join('|');
		const first = firstLine.get(dupKey);
		if (first === undefined) firstLine.set(dupKey, row.line);
		const duplicate = first !== undefined && {
			column: null,
			message: `与第 ${first} 行重复：同一地区、年份、指标、口径和范围的${v.kind.toLowerCase() === 'estimated' ? '预计数' : '最终数'}只能有一行`
		};
		if ('messages' in result) {
			if (duplicate) result.messages.push(duplicate);
			problems.push(result);
		} else if (duplicate) {
			problems.push({
				line: row.line,
				label: `${v.region_code} ${result.regionName} ${v.year} ${v.indicator} ${v.metric}`,
				messages: [duplicate]
			});
		} else {
			valid.push(result);
		}
	}
	return { valid, problems };
}
