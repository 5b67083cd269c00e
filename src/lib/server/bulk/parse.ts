import { undefuse } from '../export';
import { cleanText } from '../text-files';
import { parse, CsvError } from 'csv-parse/sync';

export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 5000;

/**
 * The documented columns; `bound`, `source_date`, `note`, `scope` and `name` may be left out.
 * `superseded_by` comes with the outcomes export: rows it marks are history and are skipped.
 */
export const COLUMNS = [
	'region_code',
	'year',
	'indicator',
	'metric',
	'value',
	'unit',
	'kind',
	'bound',
	'source_url',
	'source_report_id',
	'source_quote',
	'source_date',
	'note',
	'scope',
	'name',
	'superseded_by'
] as const;
export type Column = (typeof COLUMNS)[number];

const REQUIRED: Column[] = [
	'region_code',
	'year',
	'indicator',
	'metric',
	'value',
	'unit',
	'kind',
	'source_quote'
];

/** One data row: the CSV line it starts on (the header is line 1) and its values by column. */
export interface CsvRow {
	line: number;
	values: Record<Column, string>;
	/** set when the row does not have as many fields as the header has columns */
	fields?: { found: number; expected: number };
}

export type ParsedCsv =
	{ ok: true; rows: CsvRow[]; ignored: string[]; history: number[] } | { ok: false; error: string };

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function tooLarge(bytes: number): string | null {
	return bytes > MAX_BYTES
		? `内容有 ${megabytes(bytes)} MB，超过 5 MB 的上限，请拆成几个文件分批导入`
		: null;
}

type Parsed = { record: string[]; info: { lines: number }; raw: string };

/** The line a record starts on: the parser reports where it ends, and skipped blank lines lead its raw text. */
function startLine({ info, raw }: Parsed): number {
	const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
	return info.lines - (body.match(/\n/g)?.length ?? 0);
}

function headerOf(
	record: string[]
): { columns: (Column | null)[]; ignored: string[] } | { error: string } {
	const names = record.map((h) =>
		h
			.replace(/^\uFEFF/, '')
			.trim()
			.toLowerCase()
	);
	const seen = new Set<string>();
	for (const name of names) {
		if (name && seen.has(name)) return { error: `表头中“${name}”出现了两次` };
		seen.add(name);
	}
	const missing = REQUIRED.filter((c) => !seen.has(c));
	if (!seen.has('source_url') && !seen.has('source_report_id')) missing.push('source_url');
	if (missing.length) return { error: `第 1 行（表头）缺少列：${missing.join(', ')}` };
	const known = new Set<string>(COLUMNS);
	return {
		columns: names.map((n) => (known.has(n) ? (n as Column) : null)),
		ignored: names.filter((n) => n && !known.has(n))
	};
}

/** Parses the CSV text; a malformed file is an error with its line, never an exception. */
export function parseCsv(input: string): ParsedCsv {
	const text = cleanText(input);
	// characters never outnumber the bytes they were decoded from, in UTF-8 or GB18030
	const size = tooLarge(text.length);
	if (size) return { ok: false, error: size };
	if (!text.trim()) return { ok: false, error: '没有内容：请选择一个 CSV 文件，或粘贴 CSV 文本' };
	let records: Parsed[];
	try {
		records = parse(text, {
			info: true,
			raw: true,
			relax_column_count: true,
			skip_empty_lines: true
		}) as unknown as Parsed[];
	} catch (e) {
		if (e instanceof CsvError)
			return {
				ok: false,
				error: `第 ${e.lines ?? '?'} 行的 CSV 格式有误（${csvReason(e.code)}），整个文件未导入`
			};
		throw e;
	}
	const [head, ...body] = records;
	if (!head) return { ok: false, error: '没有内容' };
	const header = headerOf(head.record);
	if ('error' in header) return { ok: false, error: header.error };
	const data = body.filter((r) => r.record.some((v) => v.trim() !== ''));
	if (!data.length) return { ok: false, error: '只有表头，没有数据行' };
	if (data.length > MAX_ROWS) {
		return {
			ok: false,
			error: `有 ${data.length} 行数据，超过 ${MAX_ROWS} 行的上限，请拆成几个文件分批导入`
		};
	}
	const rows = data.map((r): CsvRow => {
		const values = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
		header.columns.forEach((column, i) => {
			if (column) values[column] = undefuse((r.record[i] ?? '').trim());
		});
		const extra = r.record.slice(header.columns.length).some((v) => v.trim() !== '');
		const row: CsvRow = { line: startLine(r), values };
		if (extra || r.record.length < header.columns.length) {
			row.fields = { found: r.record.length, expected: header.columns.length };
		}
		return row;
	});
	return {
		ok: true,
		rows: rows.filter((r) => !r.values.superseded_by),
		ignored: header.ignored,
		history: rows.filter((r) => r.values.superseded_by).map((r) => r.line)
	};
}

function csvReason(code: string): string {
	if (code === 'CSV_QUOTE_NOT_CLOSED') return '引号没有闭合';
	if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE')
		return '引号位置不对：含逗号或引号的值须整体用英文双引号括起，值中的引号写两遍';
	return code;
}
