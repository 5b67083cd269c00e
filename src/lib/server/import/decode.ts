import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { cleanText, decodeText } from '../text-files';

/** The largest file an editor may upload. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/**
 * The longest text read, however it came (a 5 MB file in GBK holds 2.5 M characters): its
 * extraction and review stay well within the server's heap (`npm run serve`). A whole provincial
 * report is under 100,000.
 */
export const MAX_TEXT_CHARS = 2_000_000;
/**
 * The most XML of a .docx's text parts (word/*.xml, unpacked) read: mammoth holds some 60 bytes of
 * heap a byte of it (4.5 MB of it exhausts the server's 256 MB heap). A report's is under 1 MB.
 */
export const MAX_DOCX_XML_BYTES = 2 * 1024 * 1024;

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

/** The unpacked size of a .docx's XML parts, from the sizes its zip directory states. */
function docxXmlBytes(bytes: Uint8Array): number {
	let total = 0;
	unzipSync(bytes, {
		filter: (entry) => {
			if (/^word\/.*\.xml$/.test(entry.name)) total += entry.originalSize;
			return false;
		}
	});
	return total;
}

const UNREADABLE_DOCX = '无法读取这个 .docx 文件，它可能已损坏';
const mb = (bytes: number) => bytes / 1024 / 1024;

/** The text of a .docx (Word 2007+) file, paragraph by paragraph. */
export async function decodeDocx(bytes: Uint8Array): Promise<string> {
	let xmlBytes: number;
	try {
		xmlBytes = docxXmlBytes(bytes);
	} catch {
		throw new DecodeError(UNREADABLE_DOCX);
	}
	if (xmlBytes > MAX_DOCX_XML_BYTES)
		throw new DecodeError(
			`这个 .docx 文件的正文部分展开后有 ${mb(xmlBytes).toFixed(1)} MB，超过 ${mb(MAX_DOCX_XML_BYTES)} MB 的上限，请另存为 .txt 后上传`
		);
	try {
		const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
		return value;
	} catch {
		throw new DecodeError(UNREADABLE_DOCX);
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
	const zip = startsWith(bytes, ZIP);
	if (zip && lower && !lower.endsWith('.docx')) throw new DecodeError('只支持 .txt 和 .docx 文件');
	if (!zip && lower.endsWith('.docx')) throw new DecodeError('这个文件不是有效的 .docx 文件');
	const text = cleanText(zip ? await decodeDocx(bytes) : decodeReportText(bytes));
	const long = tooLong(text);
	if (long) throw new DecodeError(long);
	return text;
}

/** A text over MAX_TEXT_CHARS is refused: the message the editor sees, or null. */
export function tooLong(text: string): string | null {
	return text.length > MAX_TEXT_CHARS
		? `文本有 ${text.length.toLocaleString('en-US')} 个字符，超过 ${MAX_TEXT_CHARS.toLocaleString('en-US')} 的上限，请只保留报告正文`
		: null;
}
