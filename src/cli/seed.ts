import { resolve } from 'node:path';
import { getDb } from '../lib/server/db';
import { ensureAdmin, ensureReferenceData } from '../lib/server/bootstrap';
import { seedFromDirectory } from '../lib/server/seed';

const db = getDb();
ensureReferenceData(db);
for (const r of seedFromDirectory(db, resolve('seeds'))) {
	const report = r.reportCreated ? 'stored' : 'already stored';
	console.log(
		`${r.file}: report ${report}; ${r.commitments} commitments, ${r.outcomes} outcomes added`
	);
}
await ensureAdmin(db);
