/**
 * The same report reposted: with a title line, the page chrome of the site that reposted it,
 * other line breaks or entities. Two texts are copies when their normalised bodies match, or
 * when nearly all of the new text's passages are in a stored report of the same region.
 */
import { createHash } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import { normalize } from '../extract';
import type { DbOrTx } from './db';
import { reports, type Report } from './db/schema';

/** Lines a site adds around a text: when, by whom, from where, how often read. */
const CHROME_LINE =
	/^\s*(?:发布)?(?:时间|日期|作者|来源|信息来源|阅读|阅读次数|浏览|浏览次数|点击|评论|字号|打印|分享|编辑|责任编辑|内容摘要)\s*[:：]/;

/** Only the characters that carry the text: no spacing, punctuation or site chrome. */
export function bodyOf(text: string): string {
	return normalize(text)
		.text.split('\n')
		.filter((line) => !CHROME_LINE.test(line))
		.join('')
		.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

/** Line endings and surrounding blank space do not make a text different. */
export function contentHashOf(text: string): string {
	const canonical = text.replace(/\r\n?/g, '\n').trim();
	return createHash('sha256').update(canonical).digest('hex');
}

export function fingerprintOf(text: string): string {
	return createHash('sha256').update(bodyOf(text)).digest('hex');
}

/** Passages this long are rarely shared by two different reports of one region. */
const SHINGLE = 12;

function shinglesOf(body: string): Set<string> {
	const out = new Set<string>();
	for (let i = 0; i + SHINGLE <= body.length; i += 2) out.add(body.slice(i, i + SHINGLE));
	return out;
}

/** The share of the passages that are also in `stored` (1 when every one is). */
function shareOf(passages: Set<string>, stored: string): number {
	if (!passages.size) return 0;
	const body = bodyOf(stored);
	let found = 0;
	for (const s of passages) if (body.includes(s)) found++;
	return found / passages.size;
}

/** The share of `text`'s passages that are also in `stored` (1 when every one is). */
export function shareFoundIn(text: string, stored: string): number {
	return shareOf(shinglesOf(bodyOf(text)), stored);
}

/** A text that repeats a stored report at least this much is that report again. */
export const COPY_SHARE = 0.9;

export interface StoredCopy {
	report: Report;
	/** how much of the new text the stored report holds, 0–1 */
	share: number;
}

/** The stored report that `text` repeats: the same text, the same body, or nearly all of it. */
export function findStoredCopy(
	db: DbOrTx,
	text: string,
	regionCode?: string | null
): StoredCopy | undefined {
	const same = db
		.select()
		.from(reports)
		.where(eq(reports.contentHash, contentHashOf(text)))
		.get();
	if (same) return { report: same, share: 1 };
	const body = db
		.select()
		.from(reports)
		.where(eq(reports.fingerprint, fingerprintOf(text)))
		.get();
	if (body) return { report: body, share: 1 };
	return regionCode ? nearCopyInRegion(db, text, regionCode) : undefined;
}

function nearCopyInRegion(db: DbOrTx, text: string, regionCode: string): StoredCopy | undefined {
	const passages = shinglesOf(bodyOf(text));
	let best: StoredCopy | undefined;
	for (const report of db.select().from(reports).where(eq(reports.regionCode, regionCode)).all()) {
		const share = shareOf(passages, report.text);
		if (share >= COPY_SHARE && share > (best?.share ?? 0)) best = { report, share };
	}
	return best;
}

/** Gives reports stored before fingerprints existed theirs; a few at a time, so cheap to repeat. */
export function fillFingerprints(db: DbOrTx, batch = 200): number {
	let filled = 0;
	for (;;) {
		const rows = db
			.select({ id: reports.id, text: reports.text })
			.from(reports)
			.where(and(sql`${reports.fingerprint} IS NULL`, ne(reports.text, '')))
			.limit(batch)
			.all();
		if (!rows.length) return filled;
		for (const { id, text } of rows)
			db.update(reports)
				.set({ fingerprint: fingerprintOf(text) })
				.where(eq(reports.id, id))
				.run();
		filled += rows.length;
	}
}
