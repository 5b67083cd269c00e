import { resolve } from 'node:path';
import { getDb } from '../lib/server/db';
import { ensureReferenceData } from '../lib/server/bootstrap';
import { ensureAssessmentsCurrent } from '../lib/server/assessments';
import { seedFromDirectory } from '../lib/server/seed';

const db = getDb();
ensureReferenceData(db);
ensureAssessmentsCurrent(db, console.log);
const results = seedFromDirectory(db, resolve('seeds'));
const stored = results.filter((r) => r.reportCreated);
const sum = (key: 'commitments' | 'outcomes') => stored.reduce((n, r) => n + r[key], 0);
console.log(
	`Seeded ${results.length} reports of seeds/: ${stored.length} new (${sum('commitments')} commitments, ${sum('outcomes')} outcomes), ${results.length - stored.length} already stored.`
);
