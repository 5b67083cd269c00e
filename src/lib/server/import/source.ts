import { extractReport, NotAReportError } from '../../extract';
import type { Db } from '../db';
import { findStoredCopy } from '../copies';
import { cleanText, isFile } from '../text-files';
import { decodeUpload, DecodeError, MAX_UPLOAD_BYTES, tooLong } from './decode';
import { storedAlready } from './addition';
import type { ReviewModel } from './model';
import { reviewOfExtraction } from './review';

/** Errors of step 1, beside the file input or the text area. */
export interface SourceErrors {
	file?: string;
	text?: string;
}

export type SourceResult =
	| { ok: true; text: string; from: 'file' | 'text'; fileName: string | null }
	| { ok: false; errors: SourceErrors };

/** The text to import: the uploaded file (.txt in UTF-8 or GB18030, or .docx) if any, else the pasted text. */
export async function readSource(form: FormData): Promise<SourceResult> {
	const file = form.get('file');
	if (isFile(file)) {
		if (file.size > MAX_UPLOAD_BYTES)
			return { ok: false, errors: { file: '文件超过 5 MB，请只上传报告正文' } };
		try {
			const text = await decodeUpload(file.name, new Uint8Array(await file.arrayBuffer()));
			return { ok: true, text, from: 'file', fileName: file.name };
		} catch (e) {
			const message = e instanceof DecodeError ? e.message : '无法读取这个文件';
			return { ok: false, errors: { file: message } };
		}
	}
	const pasted = form.get('text');
	const text = typeof pasted === 'string' ? cleanText(pasted) : '';
	if (!text.trim())
		return { ok: false, errors: { text: '请粘贴报告全文，或选择一个 .txt / .docx 文件' } };
	const long = tooLong(text);
	if (long) return { ok: false, errors: { text: long } };
	return { ok: true, text, from: 'text', fileName: null };
}

const REASONS: Record<string, string> = {
	'empty text': '文本是空的',
	'input is not text': '内容不是文本',
	'binary content, not a text report': '内容是二进制数据，不是文字报告',
	'no Chinese text': '文本中几乎没有中文',
	'no year in the text': '文本中没有年份',
	'does not look like a government report': '看起来不是政府工作报告、计划报告或统计公报'
};

export type PrepareResult =
	| { status: 'review'; review: ReviewModel }
	| { status: 'duplicate'; report: ReturnType<typeof storedAlready> }
	| { status: 'not-a-report'; message: string };

/**
 * Step 1 after reading: a text already stored, or a copy of a stored report (copies.ts), is
 * reported instead of a review; else it is extracted.
 */
export function prepareImport(db: Db, text: string): PrepareResult {
	const existing = findStoredCopy(db, text);
	if (existing) return { status: 'duplicate', report: storedAlready(db, existing) };
	try {
		const review = reviewOfExtraction(db, text, extractReport(text));
		const copy = findStoredCopy(db, text, review.regionCode);
		if (copy) return { status: 'duplicate', report: storedAlready(db, copy) };
		return { status: 'review', review };
	} catch (e) {
		if (e instanceof NotAReportError)
			return { status: 'not-a-report', message: `不能导入：${REASONS[e.message] ?? e.message}` };
		console.error('import: extraction failed', e);
		return { status: 'not-a-report', message: '识别这份报告时出错，请检查文本是否完整' };
	}
}
