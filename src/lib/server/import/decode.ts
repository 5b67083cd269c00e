import mammoth from 'mammoth';

/** The largest file an editor may upload. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A file that cannot be turned into text; the message is shown beside the file input. */
export class DecodeError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DecodeError';
	}
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

/**
 * Line breaks as LF and no BOM: a browser posts a form's text back with CRLF, so the text the
 * spans refer to must be the one that survives the round trip.
 */
export function cleanText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Plain-text bytes: UTF-8 when they are valid UTF-8, else GB18030 (which includes GBK and GB2312). */
export function decodeText(bytes: Uint8Array): string {
	if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		// not UTF-8: many local government sites still serve GBK
	}
	try {
		return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
	} catch {
		throw new DecodeError('无法识别文件的编码：既不是 UTF-8，也不是 GB18030/GBK');
	}
}

/** The text of a .docx (Word 2007+) file, paragraph by paragraph. */
export async function decodeDocx(bytes: Uint8Array): Promise<string> {
	try {
		const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
		return value;
	} catch {
		throw new DecodeError('无法读取这个 .docx 文件，它可能已损坏');
	}
}

/** An uploaded .txt or .docx → its text; refuses other formats with a reason for the editor. */
export async function decodeUpload(name: string, bytes: Uint8Array): Promise<string> {
	if (bytes.length > MAX_UPLOAD_BYTES) throw new DecodeError('文件超过 5 MB，请只上传报告正文');
	if (bytes.length === 0) throw new DecodeError('文件是空的');
	const lower = name.toLowerCase();
	if (startsWith(bytes, OLE) || lower.endsWith('.doc')) {
		throw new DecodeError('不支持旧版 Word（.doc）文件，请另存为 .docx 或 .txt 后上传');
	}
	if (startsWith(bytes, PDF)) throw new DecodeError('不支持 PDF 文件，请复制其中的文字粘贴到文本框');
	if (startsWith(bytes, ZIP)) {
		if (lower && !lower.endsWith('.docx')) throw new DecodeError('只支持 .txt 和 .docx 文件');
		return cleanText(await decodeDocx(bytes));
	}
	if (lower.endsWith('.docx')) throw new DecodeError('这个文件不是有效的 .docx 文件');
	return cleanText(decodeText(bytes));
}
