import { createHash } from 'node:crypto';
import type { Db, DbOrTx } from '../db';
import { refreshRegionYears } from '../assessments';
import { insertOutcome } from '../record';
import { cleanText, decodeText, type TextEncoding } from '../text-files';
import { parseCsv, tooLarge } from './parse';
import { planRows, type PlannedRow } from './plan';
import { validateRows, type RowProblem } from './validate';

/** What the dry run found; `text` and `digest` go back with the confirmation. */
export type DryRun =
	| { ok: false; error: string }
	| {
			ok: true;
			text: string;
			digest: string;
			encoding: TextEncoding;
			ignored: string[];
			/** lines of superseded rows (from the export), skipped */
			history: number[];
			rows: PlannedRow[];
			problems: RowProblem[];
			/** rows that writing will store (not the unchanged ones) */
			toWrite: number;
	  };

export type ImportResult =
	| {
			ok: true;
			written: number;
			unchanged: number;
			scorecards: { regionCode: string; regionName: string; year: number }[];
	  }
	| { ok: false; message: string; dryRun: DryRun };

export const digestOf = (text: string) =>
	createHash('sha256').update(cleanText(text)).digest('hex');

/** The text of an upload (bytes) or of pasted CSV; nothing is written. */
export function readInput(
	input: { bytes: Uint8Array } | { text: string }
): { text: string; encoding: TextEncoding } | { error: string } {
	if ('text' in input) {
		const size = tooLarge(Buffer.byteLength(input.text));
		return size ? { error: size } : { text: input.text, encoding: 'UTF-8' };
	}
	const size = tooLarge(input.bytes.byteLength);
	if (size) return { error: size };
	try {
		return decodeText(input.bytes);
	} catch (e) {
		return { error: (e as Error).message };
	}
}

/** Parses and checks every row; reports every problem and what each good row will do. */
export function dryRun(
	db: DbOrTx,
	text: string,
	encoding: TextEncoding = 'UTF-8',
	today = new Date()
): DryRun {
	const parsed = parseCsv(text);
	if (!parsed.ok) return { ok: false, error: parsed.error };
	const { valid, problems } = validateRows(db, parsed.rows, today);
	const rows = planRows(db, valid);
	const toWrite = rows.filter((r) => r.effect.kind !== 'unchanged').length;
	return {
		ok: true,
		text: cleanText(text),
		digest: digestOf(text),
		encoding,
		ignored: parsed.ignored,
		history: parsed.history,
		rows,
		problems,
		toWrite
	};
}

/**
 * Checks the confirmed text again and stores all its rows in one transaction, or none: the text
 * must be the one the editor saw checked, and must still write the number of rows they confirmed.
 */
export function importOutcomes(
	db: Db,
	confirmed: { text: string; digest: string; expected: number },
	actorId: number,
	today = new Date()
): ImportResult {
	return db.transaction((tx): ImportResult => {
		const checked = dryRun(tx, confirmed.text, 'UTF-8', today);
		if (!checked.ok) return { ok: false, message: checked.error, dryRun: checked };
		if (checked.digest !== confirmed.digest) {
			return { ok: false, message: '提交的内容与预检的不同，请重新预检', dryRun: checked };
		}
		if (checked.problems.length) {
			return {
				ok: false,
				message: `有 ${checked.problems.length} 行数据有问题，没有写入任何数据`,
				dryRun: checked
			};
		}
		if (checked.toWrite !== confirmed.expected) {
			const message = `预检之后数据已有变化：现在将写入 ${checked.toWrite} 条，而不是确认的 ${confirmed.expected} 条，请核对后再确认`;
			return { ok: false, message, dryRun: checked };
		}
		const scorecards = new Map<string, { regionCode: string; regionName: string; year: number }>();
		let written = 0;
		for (const row of checked.rows) {
			if (row.effect.kind === 'unchanged') continue;
			if (insertOutcome(tx, row.key, row.name, row.draft, actorId, 'auto', false).created)
				written++;
			const { regionCode, year } = row.key;
			scorecards.set(`${regionCode}/${year}`, { regionCode, regionName: row.regionName, year });
		}
		refreshRegionYears(tx, scorecards.values());
		return {
			ok: true,
			written,
			unchanged: checked.rows.length - written,
			scorecards: [...scorecards.values()]
		};
	});
}
