import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '.';
import { loadIndicators } from '../indicators';
import { loadRegions } from '../regions';

/**
 * A fresh database in a temporary file, with every migration and the reference data.
 * Call `dispose` when done (afterEach) to close and delete it.
 */
export function createTestDatabase(): Db & { dispose(): void } {
	const dir = mkdtempSync(join(tmpdir(), 'duixian-test-'));
	const db = openDatabase(join(dir, 'test.db'));
	loadIndicators(db);
	loadRegions(db);
	return Object.assign(db, {
		dispose() {
			db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	});
}
