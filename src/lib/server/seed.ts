import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../extract';
import type { Extraction } from '../extract/types';
import type { Db } from './db';
import { omit } from '../omit';
import { storeExtractedItems, type ItemsReview } from './extracted';
import { findStoredCopy } from './copies';
import { storeReport, type ReportInput } from './reports';

/**
 * One report of a manifest: its text file (relative to seeds/) and what is known of it. A
 * reviewed reading sits beside the text as `<file>.json`; `reading: 'machine'` reports are read
 * by the extractor as they are stored, and their items are marked as not yet checked.
 */
type SeedEntry = Omit<ReportInput, 'text' | 'regionName' | 'sourceNote'> & {
	file: string;
	sourceNote?: string | null;
	reading?: 'reviewed' | 'machine';
};

export interface SeedResult {
	file: string;
	reportCreated: boolean;
	commitments: number;
	outcomes: number;
}

/** The manifests of seeds/: the reviewed seed readings, then the machine-read real reports. */
const MANIFESTS = ['manifest.json', 'real/manifest.json'];

function readManifests(dir: string): SeedEntry[] {
	return MANIFESTS.map((name) => join(dir, name))
		.filter((path) => existsSync(path))
		.flatMap((path) => JSON.parse(readFileSync(path, 'utf8')) as SeedEntry[]);
}

/**
 * Stores each report of the manifests and its commitments and outcomes: from its reviewed
 * reading (`<file>.json`) or, for machine-read reports, the extractor's. Running it again
 * changes nothing.
 */
export function seedFromDirectory(
	db: Db,
	dir: string,
	only: (file: string) => boolean = () => true
): SeedResult[] {
	return readManifests(dir)
		.filter((entry) => only(entry.file))
		.map((entry) => seedOne(db, dir, entry));
}

function readingOf(dir: string, entry: SeedEntry, text: string): [Extraction | null, ItemsReview] {
	if (entry.reading === 'machine') return [extractReport(text), 'machine'];
	const path = join(dir, entry.file.replace(/\.txt$/, '.json'));
	return [
		existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Extraction) : null,
		'reviewed'
	];
}

function seedOne(db: Db, dir: string, entry: SeedEntry): SeedResult {
	const { file, sourceNote, ...rest } = entry;
	const meta = omit(rest, 'reading');
	const text = readFileSync(join(dir, file), 'utf8');
	const result = { file, reportCreated: false, commitments: 0, outcomes: 0 };
	// Items come with the report, once: a report stored before has them already.
	if (findStoredCopy(db, text, meta.regionCode)) return result;
	const [extraction, review] = readingOf(dir, entry, text);
	return db.transaction((tx) => {
		const input = {
			...meta,
			sourceNote: sourceNote ?? null,
			regionName: extraction?.region ?? null,
			text
		};
		const { report } = storeReport(tx, input, null);
		const stored = { ...result, reportCreated: true };
		if (!extraction) return stored;
		return { ...stored, ...storeExtractedItems(tx, report, extraction, null, review) };
	});
}
