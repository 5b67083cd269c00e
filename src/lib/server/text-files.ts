/** Reading the text files editors upload: reports (.txt) and outcome tables (.csv). */

/** A file input that holds a file (browsers post an empty one when none is chosen). */
export const isFile = (v: FormDataEntryValue | null): v is File =>
	typeof v === 'object' && v !== null && v.size > 0;

/**
 * Line breaks as LF and no BOM: a browser posts a form's text back with CRLF, so the text that
 * offsets and digests refer to must be the one that survives the round trip.
 */
export function cleanText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export type TextEncoding = 'UTF-8' | 'UTF-16' | 'GB18030';

/**
 * Bytes of text: UTF-16 with its BOM, UTF-8 when they are valid UTF-8 (a BOM is dropped), else
 * GB18030 — which includes GBK and GB2312, what many local government sites and Excel in China
 * still write. Throws when they are none of these.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
	if (startsWith(bytes, [0xff, 0xfe]))
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
	if (startsWith(bytes, [0xfe, 0xff]))
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
	const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
			encoding: 'UTF-8'
		};
	} catch {
		// not UTF-8: try the Chinese national encoding
	}
	try {
		return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' };
	} catch {
		throw new Error('无法识别文件的编码：既不是 UTF-8，也不是 GB18030/GBK');
	}
}
