import { getDb } from '../lib/server/db';
import { ensureReferenceData } from '../lib/server/bootstrap';

// Opening the database applies every pending migration in drizzle/.
ensureReferenceData(getDb());
console.log(`Database ${process.env.DATABASE_PATH || 'data/duixian.db'} is up to date.`);
