import mammoth from 'mammoth';
import { cleanText, decodeText } from '../text-files';

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

/** Plain-text bytes of a report (see decodeText in text-files.ts). */
export function decodeReportText(bytes: Uint8Array): string {
	try {
		return decodeText(bytes).text;
	} catch (e) {
		throw new DecodeError((e as Error).message);
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
	if (startsWith(bytes, PDF))
		throw new DecodeError('不支持 PDF 文件，请复制其中的文字粘贴到文本框');
	if (startsWith(bytes, ZIP)) {
		if (lower && !lower.endsWith('.docx')) throw new DecodeError('只支持 .txt 和 .docx 文件');
		return cleanText(await decodeDocx(bytes));
	}
	if (lower.endsWith('.docx')) throw new DecodeError('这个文件不是有效的 .docx 文件');
	return cleanText(decodeReportText(bytes));
}
