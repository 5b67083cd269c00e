import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase, type Db } from '.';
import { loadIndicators } from '../indicators';
import { loadRegions } from '../regions';
import { ensureAssessmentsCurrent } from '../assessments';

let template: string | undefined;

// Each test file that makes a database has its own template: without this, every run of the
// suite left one per file (33 files) in the temporary folder.
afterAll(() => {
	if (template) rmSync(dirname(template), { recursive: true, force: true });
	template = undefined;
});

/** Migrated once per test file, with the reference data, then copied for every test. */
function templateDatabase(): string {
	if (template && existsSync(template)) return template;
	template = join(mkdtempSync(join(tmpdir(), 'duixian-template-')), 'template.db');
	const db = openDatabase(template);
	loadIndicators(db);
	loadRegions(db);
	ensureAssessmentsCurrent(db);
	db.$client.pragma('wal_checkpoint(TRUNCATE)');
	db.$client.close();
	return template;
}

/**
 * A fresh database in a temporary file, with every migration and the reference data.
 * Call `dispose` when done (afterEach) to close and delete it.
 */
export function createTestDatabase(): Db & { dispose(): void } {
	const dir = mkdtempSync(join(tmpdir(), 'duixian-test-'));
	const path = join(dir, 'test.db');
	copyFileSync(templateDatabase(), path);
	const db = openDatabase(path);
	return Object.assign(db, {
		dispose() {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
}
