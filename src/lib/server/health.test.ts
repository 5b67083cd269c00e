import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase } from './db/test-helpers';
import { checkHealth, expectedMigrations } from './health';

let db: ReturnType<typeof createTestDatabase>;
let dir: string;
beforeEach(() => {
	db = createTestDatabase();
	dir = mkdtempSync(join(tmpdir(), 'duixian-health-'));
});
afterEach(() => {
	db.dispose();
	rmSync(dir, { recursive: true, force: true });
});

describe('checkHealth', () => {
	it('is ok when the database answers and every migration of the journal is applied', () => {
		const expected = expectedMigrations();
		expect(expected).toBeGreaterThanOrEqual(5);
		expect(checkHealth(() => db)).toEqual({
			ok: true,
			database: 'ok',
			migrations: { applied: expected, expected, current: true }
		});
	});

	it('is not when this build ships a migration the database lacks', () => {
		cpSync(resolve('drizzle'), dir, { recursive: true });
		const path = join(dir, 'meta/_journal.json');
		const journal = JSON.parse(readFileSync(path, 'utf8'));
		journal.entries.push({
			idx: 99,
			version: '6',
			when: Date.now(),
			tag: '9999_later',
			breakpoints: true
		});
		writeFileSync(path, JSON.stringify(journal));
		const health = checkHealth(() => db, dir);
		expect(health).toMatchObject({ ok: false, database: 'ok', migrations: { current: false } });
		expect(health.migrations.expected).toBe(health.migrations.applied! + 1);
		expect(health.reason).toMatch(/1 migration\(s\) not applied/);
	});

	it('is not when the database is newer than the code', () => {
		db.$client.exec("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('x', 1)");
		expect(checkHealth(() => db).reason).toMatch(/does not know/);
	});

	it('says why when the database cannot be opened or the journal read', () => {
		const down = checkHealth(() => {
			throw new Error('unable to open database file');
		});
		expect(down).toMatchObject({ ok: false, database: 'unreachable' });
		expect(down.reason).toContain('unable to open database file');
		const noJournal = checkHealth(() => db, dir);
		expect(noJournal).toMatchObject({ ok: false, database: 'ok' });
		expect(noJournal.reason).toMatch(/journal/);
	});
});
