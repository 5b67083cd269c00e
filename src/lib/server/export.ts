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

/** A table as CSV, UTF-8 with a BOM so that Excel opens the Chinese text correctly. */
export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
	const records = rows.map((row) => columns.map((c) => defuse(c.value(row) ?? '')));
	return (
		'\uFEFF' + stringify([columns.map((c) => c.header), ...records], { record_delimiter: '\r\n' })
	);
}

export function csvResponse<T>(filename: string, columns: Column<T>[], rows: T[]): Response {
	return new Response(toCsv(columns, rows), {
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
