import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '.';
import { backupDatabase, tablesOf } from './backup';
import { createTestDatabase } from './test-helpers';
import { seedFromDirectory } from '../seed';

let db: ReturnType<typeof createTestDatabase>;
let dir: string;
beforeEach(() => {
	db = createTestDatabase();
	// The seeds without the 95 machine-read real reports: a backup of every table is what matters.
	seedFromDirectory(db, resolve('seeds'), (file) => !file.startsWith('real/'));
	dir = mkdtempSync(join(tmpdir(), 'duixian-backup-'));
});
afterEach(() => {
	db.dispose();
	rmSync(dir, { recursive: true, force: true });
});

/** Every table, every row, in a stable order. */
function dump(client: Database.Database): Record<string, string[]> {
	return Object.fromEntries(
		tablesOf(client).map((name) => [
			name,
			client
				.prepare(`SELECT * FROM "${name}"`)
				.all()
				.map((row) => JSON.stringify(row))
				.sort()
		])
	);
}

describe('backup and restore', () => {
	it('copies a consistent snapshot while another connection is writing, and restores it whole', async () => {
		const committed = dump(db.$client);
		expect(committed.outcomes!.length).toBeGreaterThan(50);

		const writer = new Database(db.$client.name);
		writer.exec('BEGIN IMMEDIATE');
		writer.exec("UPDATE reports SET title = title || '（改）'");
		writer.exec('DELETE FROM sessions');
		const target = join(dir, 'backup.db');
		const report = await backupDatabase(db.$client.name, target);
		writer.exec('COMMIT');
		writer.close();

		expect(report.integrity).toBe('ok');
		expect(report.tables.find((t) => t.name === 'outcomes')?.rows).toBe(committed.outcomes!.length);
		expect(existsSync(`${target}-wal`)).toBe(false);

		// restore as the README says: the file copied over DATABASE_PATH, no -wal or -shm
		const restoredPath = join(dir, 'restored.db');
		copyFileSync(target, restoredPath);
		const reopened = openDatabase(restoredPath);
		expect(dump(reopened.$client)).toEqual(committed);
		expect(reopened.$client.pragma('integrity_check', { simple: true })).toBe('ok');
		reopened.$client.close();
		expect(dump(db.$client).reports).not.toEqual(committed.reports);
	});

	it('never overwrites a file or the database itself', async () => {
		const target = join(dir, 'backup.db');
		await backupDatabase(db.$client.name, target);
		await expect(backupDatabase(db.$client.name, target)).rejects.toThrow(/already exists/);
		await expect(backupDatabase(db.$client.name, db.$client.name)).rejects.toThrow(/itself/);
	});
});
