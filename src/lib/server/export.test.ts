import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvStream, toCsv, type Column } from './export';

type Row = { id: number; quote: string };
const columns: Column<Row>[] = [
	{ header: 'id', value: (r) => r.id },
	{ header: 'quote', value: (r) => r.quote }
];
const awkward: Row[] = [
	{ id: 1, quote: '序号\t指标\t2022年目标\n1\t地区生产总值\t7%' },
	{ id: 2, quote: '一行\r另一行' },
	{ id: 3, quote: 'CRLF\r\n在中间' },
	{ id: 4, quote: '他说"增长7%"，' }
];

async function read(stream: ReadableStream<Uint8Array>): Promise<string> {
	const bytes = await new Response(stream).arrayBuffer();
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('CSV the app writes', () => {
	it('quotes every field with a line break or a tab, so each record parses back whole', () => {
		const csv = toCsv(columns, awkward);
		const records = parse(csv.replace(/^\uFEFF/, ''), {
			relax_column_count: false,
			// as spreadsheets read: any line break ends an unquoted record
			record_delimiter: ['\r\n', '\n', '\r']
		}) as string[][];
		expect(records).toEqual([['id', 'quote'], ...awkward.map((r) => [String(r.id), r.quote])]);
	});

	it('streams page after page and gives the same file as the whole table at once', async () => {
		const rows = Array.from({ length: 25 }, (_, i) => ({ ...awkward[i % 4]!, id: i + 1 }));
		const pages: number[] = [];
		const stream = csvStream(columns, (last) => {
			const from = last ? last.id : 0;
			pages.push(from);
			return rows.filter((r) => r.id > from).slice(0, 10);
		});
		expect(await read(stream)).toBe(toCsv(columns, rows));
		expect(pages).toEqual([0, 10, 20, 25]);
	});
});
