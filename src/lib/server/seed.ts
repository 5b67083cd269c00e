import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../extract/types';
import type { Db } from './db';
import { storeExtractedItems } from './extracted';
import { storeReport, type ReportInput } from './reports';

type SeedEntry = Omit<ReportInput, 'text'> & { file: string };

export interface SeedResult {
	file: string;
	reportCreated: boolean;
	commitments: number;
	outcomes: number;
}

/**
 * Stores each report of seeds/manifest.json and, from its reviewed extraction
 * (`<file>.json` beside it), its commitments and outcomes. Running it again changes nothing.
 */
export function seedFromDirectory(
	db: Db,
	dir: string,
	only: (file: string) => boolean = () => true
): SeedResult[] {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as SeedEntry[];
	return manifest.filter((entry) => only(entry.file)).map((entry) => seedOne(db, dir, entry));
}

function seedOne(db: Db, dir: string, entry: SeedEntry): SeedResult {
	const { file, ...meta } = entry;
	const text = readFileSync(join(dir, file), 'utf8');
	const extractionPath = join(dir, file.replace(/\.txt$/, '.json'));
	const extraction = existsSync(extractionPath)
		? (JSON.parse(readFileSync(extractionPath, 'utf8')) as Extraction)
		: null;
	return db.transaction((tx) => {
		const { report, created } = storeReport(tx, { ...meta, text }, null);
		const result = { file, reportCreated: created, commitments: 0, outcomes: 0 };
		// Items come with the report, in its transaction: a report stored before has them already.
		if (!extraction || !created) return result;
		return { ...result, ...storeExtractedItems(tx, report, extraction, null) };
	});
}
