import { describe, expect, it } from 'vitest';
import { decodeText } from '../text-files';
import { MAX_ROWS, parseCsv } from './parse';

const HEADER =
	'region_code,year,indicator,metric,value,unit,kind,bound,source_url,source_report_id,source_quote,source_date,note';

/** GB18030 bytes for a text, from the decoder's own two-byte table (Node has no GB18030 encoder). */
function gb18030(text: string): Uint8Array {
	const decoder = new TextDecoder('gb18030');
	const table = new Map<string, number[]>();
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail !== 0x7f) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
		}
	}
	return new Uint8Array(
		[...text].flatMap((ch) => {
			if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
			const bytes = table.get(ch);
			if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch}`);
			return bytes;
		})
	);
}

describe('decoding an upload', () => {
	it('reads UTF-8 with or without a BOM', () => {
		const text = `${HEADER}\n510811,2023,gdp,growth,6.0,%,final,,https://a.cn,,地区生产总值增长6.0%,,`;
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		expect(decodeText(bom)).toEqual({ text, encoding: 'UTF-8' });
		expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'UTF-8' });
	});

	it('falls back to GB18030, as Excel saves CSV in China', () => {
		const text = `${HEADER}\n510811,2023,gdp,growth,6.0,%,final,,https://a.cn,,地区生产总值增长6.0%,,备注`;
		const bytes = gb18030(text);
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		expect(decodeText(bytes)).toEqual({ text, encoding: 'GB18030' });
	});
});

describe('parsing CSV', () => {
	it('numbers rows by the CSV line they start on, the header being line 1', () => {
		const text = `\uFEFF${HEADER}\r\n510811,2023,gdp,growth,6,%,final,,https://a.cn,,"两行\r\n原文",,\r\n\r\n510811,2023,gdp,level,90,亿元,final,,https://a.cn,,原文,,\r\n,,,,,,,,,,,,\r\n`;
		const parsed = parseCsv(text);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.rows.map((r) => r.line)).toEqual([2, 5]);
		expect(parsed.rows[0]!.values).toMatchObject({
			region_code: '510811',
			source_quote: '两行\n原文',
			scope: ''
		});
	});

	it('names missing and repeated header columns', () => {
		expect(parseCsv('region_code,year\n1,2')).toEqual({
			ok: false,
			error: expect.stringContaining(
				'indicator, metric, value, unit, kind, source_quote, source_url'
			)
		});
		expect(parseCsv(`${HEADER},year\n`)).toEqual({
			ok: false,
			error: expect.stringContaining('“year”出现了两次')
		});
	});

	it('reports a broken quote with its line instead of throwing', () => {
		const parsed = parseCsv(
			`${HEADER}\n510811,2023,gdp,growth,6,%,final,,https://a.cn,,"未闭合,,\n`
		);
		expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/第 \d 行.*引号没有闭合/) });
	});

	it('flags a row with more or fewer values than the header, and ignores extra columns it does not know', () => {
		const parsed = parseCsv(
			`${HEADER},id\n510811,2023,gdp,growth,6,%,final,,https://a.cn,,原文,,,7,oops\n510811,2023\n510811,2023,gdp,growth,6,%,final,,https://a.cn,,原文,,,,`
		);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.ignored).toEqual(['id']);
		expect(parsed.rows.map((r) => r.fields)).toEqual([
			{ found: 15, expected: 14 },
			{ found: 2, expected: 14 },
			undefined
		]);
	});

	it('skips rows the export marks as superseded', () => {
		const parsed = parseCsv(
			`${HEADER},superseded_by\n510811,2023,gdp,growth,6,%,final,,https://a.cn,,原文,,,9\n510811,2023,gdp,growth,7,%,final,,https://a.cn,,原文,,,`
		);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.history).toEqual([2]);
		expect(parsed.rows.map((r) => r.values.value)).toEqual(['7']);
	});

	it(`refuses more than ${MAX_ROWS} rows, more than 5 MB, and an empty file, with a message`, () => {
		const row = '510811,2023,gdp,growth,6,%,final,,https://a.cn,,原文,,';
		const many = parseCsv([HEADER, ...Array(MAX_ROWS + 1).fill(row)].join('\n'));
		expect(many).toEqual({ ok: false, error: expect.stringContaining(`${MAX_ROWS + 1} 行`) });
		expect(parseCsv([HEADER, ...Array(MAX_ROWS).fill(row)].join('\n')).ok).toBe(true);
		expect(parseCsv(HEADER + '\n' + 'x'.repeat(5 * 1024 * 1024 + 1))).toEqual({
			ok: false,
			error: expect.stringContaining('5 MB')
		});
		expect(parseCsv('  \n')).toEqual({ ok: false, error: expect.stringContaining('没有内容') });
		expect(parseCsv(`${HEADER}\n`)).toEqual({ ok: false, error: '只有表头，没有数据行' });
	});
});
