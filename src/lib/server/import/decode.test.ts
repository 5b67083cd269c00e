import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../text-files';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
	decodeReportText,
	decodeUpload,
	DecodeError,
	MAX_DOCX_XML_BYTES,
	MAX_TEXT_CHARS,
	MAX_UPLOAD_BYTES,
	tooLong
} from './decode';

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

	it('refuses a .docx whose text parts unpack to more than 2 MB, before mammoth reads it', async () => {
		// (a small file: its document.xml of 3 MB packs to a few KB; mammoth would hold ~60 × that)
		const parts = unzipSync(fixture('report.docx'));
		const xml = strFromU8(parts['word/document.xml']!);
		const at = xml.indexOf('<w:body>') + '<w:body>'.length;
		const paragraph = '<w:p><w:r><w:t>地区生产总值增长5%左右。</w:t></w:r></w:p>';
		const many = paragraph.repeat(Math.ceil((MAX_DOCX_XML_BYTES * 1.5) / paragraph.length));
		parts['word/document.xml'] = strToU8(xml.slice(0, at) + many + xml.slice(at));
		const big = zipSync(parts, { level: 9 });
		expect(big.length).toBeLessThan(MAX_UPLOAD_BYTES);
		const error = await decodeUpload('big.docx', big).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DecodeError);
		expect((error as Error).message).toMatch(/展开后有 \d+\.\d MB，超过 2 MB 的上限/);
		// the same paragraphs within the limit are read
		parts['word/document.xml'] = strToU8(xml.slice(0, at) + paragraph.repeat(1000) + xml.slice(at));
		expect(await decodeUpload('ok.docx', zipSync(parts))).toContain('地区生产总值增长5%左右。');
	});

	it('refuses a text of more than 2 M characters, however it came', async () => {
		const long = '地'.repeat(1_000_000) + 'a'.repeat(1_000_001);
		expect(long.length).toBe(MAX_TEXT_CHARS + 1);
		const error = await decodeUpload('long.txt', utf8(long)).catch((e: unknown) => e);
		expect((error as Error).message).toContain('超过 2,000,000 的上限');
		expect(tooLong(long)).toContain('2,000,001 个字符');
		expect(tooLong(long.slice(1))).toBeNull();
	});
});
