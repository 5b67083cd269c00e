import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BackupReport {
	path: string;
	bytes: number;
	integrity: string;
	tables: { name: string; rows: number }[];
}

/** The user tables of a database and their rows, for the report and for comparisons. */
export function tablesOf(client: Database.Database): string[] {
	return client
		.prepare(
			"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
		)
		.pluck()
		.all() as string[];
}

/**
 * Copies a database with SQLite's online backup, safe while the server writes: all pages are
 * copied in one step, inside one read transaction, so the copy is a snapshot of one moment
 * (in WAL mode a reader holds up no writer, and a step that spans every page is never
 * restarted by their commits). The copy is a single file (journal_mode DELETE), checked with
 * integrity_check, and only then given its name.
 */
export async function backupDatabase(
	sourcePath: string,
	targetPath: string
): Promise<BackupReport> {
	if (resolve(sourcePath) === resolve(targetPath))
		throw new Error('The backup cannot be the database itself');
	if (existsSync(targetPath))
		throw new Error(`${targetPath} already exists: choose a new file name`);
	const partial = `${targetPath}.partial`;
	rmSync(partial, { force: true });
	const source = new Database(sourcePath, { fileMustExist: true, timeout: 5000 });
	try {
		// the first step only counts the pages; the second copies all of them
		await source.backup(partial, { progress: () => 0x7fffffff });
	} finally {
		source.close();
	}
	const copy = new Database(partial);
	let integrity: string;
	let tables: BackupReport['tables'];
	try {
		copy.pragma('journal_mode = DELETE');
		integrity = (copy.pragma('integrity_check') as { integrity_check: string }[])
			.map((r) => r.integrity_check)
			.join('; ');
		tables = tablesOf(copy).map((name) => ({
			name,
			rows: copy.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number
		}));
	} finally {
		copy.close();
	}
	if (integrity !== 'ok') throw new Error(`The copy failed its integrity check: ${integrity}`);
	renameSync(partial, targetPath);
	return { path: targetPath, bytes: statSync(targetPath).size, integrity, tables };
}
