import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../text-files';
import { decodeReportText, decodeUpload, DecodeError, MAX_UPLOAD_BYTES } from './decode';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
	it('reads UTF-8, with or without a BOM', () => {
		expect(decodeReportText(utf8('地区生产总值增长5%'))).toBe('地区生产总值增长5%');
		expect(decodeReportText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('统计公报')]))).toBe(
			'统计公报'
		);
	});

	it('falls back to GB18030 for GBK bytes, including characters beyond GBK', async () => {
		const bytes = fixture('gb18030.txt');
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
		const text = await decodeUpload('浑源县统计公报.txt', bytes);
		expect(text).toBe('浑源县2023年统计公报\n全县地区生产总值增长5.2%，朱镕基、𠀀字亦可编码。\n');
	});

	it('reads the text of a .docx', async () => {
		const text = await decodeUpload('report.docx', fixture('report.docx'));
		expect(text).toContain('2025年五华区政府工作报告');
		expect(text).toContain('地区生产总值增长5%左右。');
	});

	it('uses LF line breaks and drops a BOM, so spans survive a form round trip', async () => {
		expect(cleanText('\uFEFF一\r\n二\r三\n')).toBe('一\n二\n三\n');
		expect(await decodeUpload('a.txt', utf8('一、回顾\r\n二、目标'))).toBe('一、回顾\n二、目标');
	});

	it('refuses files it cannot read, with a reason', async () => {
		const reason = (name: string, bytes: Uint8Array) =>
			decodeUpload(name, bytes).then(
				() => 'read',
				(e: unknown) => (e instanceof DecodeError ? e.message : 'crash')
			);
		expect(await reason('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toContain(
			'.doc'
		);
		expect(await reason('a.pdf', utf8('%PDF-1.7'))).toContain('PDF');
		expect(
			await reason('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))
		).toContain('.docx');
		expect(await reason('fake.docx', utf8('plain text'))).toContain('.docx');
		expect(await reason('empty.txt', new Uint8Array())).toBe('文件是空的');
		expect(await reason('big.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1))).toContain('5 MB');
		expect(await reason('bad.txt', new Uint8Array([0x81, 0x20, 0xff, 0xff]))).toContain('编码');
	});
});
