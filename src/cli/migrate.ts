import { getDb } from '../lib/server/db';
import { ensureReferenceData } from '../lib/server/bootstrap';
import { ensureAssessmentsCurrent } from '../lib/server/assessments';

// Opening the database applies every pending migration in drizzle/.
const db = getDb();
ensureReferenceData(db);
ensureAssessmentsCurrent(db, console.log);
console.log(`Database ${process.env.DATABASE_PATH || 'data/duixian.db'} is up to date.`);
