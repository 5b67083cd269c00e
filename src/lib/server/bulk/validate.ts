import { yearInChina } from '../dates';
import { and, inArray, isNull } from 'drizzle-orm';
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
import type { IssueCode } from '../fields/issues';
import { draftOf, type OutcomeDraft } from '../fields/outcome';
import { outcomeKeyOf, type OutcomeKey } from '../record';
import { reportContainsQuote } from '../reports';
import { checkRow, keyOf, sameKey, storedTwin, type RowContext } from './fields';
import { readByKeys, type RegionYearIndicator } from './keys';
import type { Column, CsvRow } from './parse';

export interface RowProblem {
	line: number;
	/** what the row is about, as far as it could be read */
	label: string;
	messages: { column: Column | null; code: IssueCode; message: string }[];
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

/** The rows' region, year and indicator where those read as such (the checks tell the rest). */
function keysOf(rows: CsvRow[]): RegionYearIndicator[] {
	return rows.flatMap(({ values: v }) => {
		const year = Number(v.year);
		return v.region_code && v.indicator && Number.isInteger(year)
			? [{ regionCode: v.region_code, year, indicator: v.indicator }]
			: [];
	});
}

function contextOf(db: DbOrTx, rows: CsvRow[], today: Date): Context {
	const codes = [...new Set(rows.map((r) => r.values.region_code).filter(Boolean))];
	const found = codes.length
		? db.select().from(regions).where(inArray(regions.code, codes)).all()
		: [];
	const keys = keysOf(rows);
	return {
		regions: new Map(found.map((r) => [r.code, r.name])),
		indicators: new Map(
			db
				.select()
				.from(indicators)
				.all()
				.map((i) => [i.code, i])
		),
		commitments: readByKeys(commitments, keys, (about) =>
			db.select().from(commitments).where(about).all()
		),
		stored: readByKeys(outcomes, keys, (about) =>
			db
				.select()
				.from(outcomes)
				.where(and(about, isNull(outcomes.supersededBy)))
				.all()
		),
		today
	};
}

/** The rules' context for the rows of one file. */
function rowContext(db: DbOrTx, ctx: Context, targetUnit: string | null = null): RowContext {
	return {
		indicators: new Set(ctx.indicators.keys()),
		thisYear: yearInChina(ctx.today),
		today: ctx.today,
		regionExists: (code) => ctx.regions.has(code),
		reportContainsQuote: (id, quote) => reportContainsQuote(db, id, quote),
		targetUnit
	};
}

const problem = (column: Column | null, code: IssueCode, message: string) => ({
	column,
	code,
	message
});

function validateRow(db: DbOrTx, row: CsvRow, ctx: Context): ValidRow | RowProblem {
	const v = row.values;
	const messages: RowProblem['messages'] = [];
	if (row.fields)
		messages.push(
			problem(
				null,
				'field_count',
				`这一行有 ${row.fields.found} 个值，表头有 ${row.fields.expected} 列（含逗号的值须用英文双引号括起）`
			)
		);
	const key = keyOf(v, rowContext(db, ctx));
	const regionName = key ? ctx.regions.get(key.regionCode) : undefined;
	const indicator = key ? ctx.indicators.get(key.indicator) : undefined;
	const matches = key
		? ctx.commitments.filter((c) => {
				const k = outcomeKeyOf(c);
				return k !== null && sameKey(k, key);
			})
		: [];
	const twin = key && !messages.length ? storedTwin(v, key, ctx.stored) : undefined;
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
		(key?.metric === 'level' ? indicator?.defaultUnit || null : null);
	const checked = checkRow(v, rowContext(db, ctx, unit));
	if (!checked.ok) messages.push(...checked.messages);

	const label = [v.region_code, regionName, v.year, v.indicator, v.metric, v.scope]
		.filter(Boolean)
		.join(' ');
	if (messages.length || !checked.ok || !regionName || !indicator)
		return { line: row.line, label, messages };
	const name = checked.name || matches[0]?.name || indicator.nameZh;
	return { line: row.line, key: checked.key, name, regionName, draft: checked.draft, matches };
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
				messages: [problem('scope', 'too_many_scopes', message)]
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
		const duplicate =
			first !== undefined &&
			problem(
				null,
				'duplicate_row',
				`与第 ${first} 行重复：同一地区、年份、指标、口径和范围的${v.kind.toLowerCase() === 'estimated' ? '预计数' : '最终数'}只能有一行`
			);
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
