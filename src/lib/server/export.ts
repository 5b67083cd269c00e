import { json } from '@sveltejs/kit';
import { stringify } from 'csv-stringify/sync';

export interface Column<T> {
	header: string;
	value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading ', which
 * Excel shows as plain text; the bulk importer takes it off again.
 */
export function defuse(cell: string | number | boolean): string | number | boolean {
	return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `defuse`. */
export function undefuse(cell: string): string {
	return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * Records end with CRLF, as spreadsheets expect; csv-stringify then quotes only fields with a
 * CRLF in them, so a quote from a table row (a lone \n, a tab) would split its record:
 * every field with a line break or a tab is quoted.
 */
const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n\t]/ } as const;
const BOM = '\uFEFF';

function csvRecords<T>(columns: Column<T>[], rows: T[]): string {
	return stringify(
		rows.map((row) => columns.map((c) => defuse(c.value(row) ?? ''))),
		CSV_OPTIONS
	);
}

const csvHeader = <T>(columns: Column<T>[]) =>
	BOM + stringify([columns.map((c) => c.header)], CSV_OPTIONS);

/** A table as CSV, UTF-8 with a BOM so that Excel opens the Chinese text correctly. */
export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
	return csvHeader(columns) + csvRecords(columns, rows);
}

/**
 * A table of any size as CSV written as it goes: `page(after)` gives the rows after the last
 * row of the previous page (keyset pagination), an empty page at the end. Memory holds one page;
 * the database is free for other requests between pages.
 */
export function csvStream<T>(
	columns: Column<T>[],
	page: (after: T | null) => T[]
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let last: T | null = null;
	let started = false;
	return new ReadableStream({
		pull(controller) {
			const text = started ? '' : csvHeader(columns);
			started = true;
			const rows = page(last);
			if (rows.length) last = rows[rows.length - 1]!;
			controller.enqueue(encoder.encode(text + csvRecords(columns, rows)));
			if (!rows.length) controller.close();
		}
	});
}

export function csvResponse<T>(
	filename: string,
	columns: Column<T>[],
	rows: T[] | ReadableStream<Uint8Array>
): Response {
	const body = Array.isArray(rows) ? toCsv(columns, rows) : rows;
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}.csv"`
		}
	});
}

/** A JSON error with its reason, for the API. */
export function jsonError(status: number, reason: string): Response {
	return json({ error: reason }, { status });
}

export type Format = 'json' | 'csv';

/** `?format=csv|json` (json when absent); null for anything else. */
export function formatOf(url: URL): Format | null {
	const format = url.searchParams.get('format') ?? 'json';
	return format === 'json' || format === 'csv' ? format : null;
}
