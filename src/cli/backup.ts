import { resolve } from 'node:path';
import { DEFAULT_DATABASE_PATH } from '../lib/server/db';
import { backupDatabase } from '../lib/server/db/backup';
import { sizeText } from '../lib/server/http/body';

const [name] = process.argv.slice(2);
if (!name) {
	console.error('usage: npm run db:backup -- FILE   (a new file; the database is DATABASE_PATH)');
	process.exit(1);
}
// npm runs scripts in the project's folder: the file is named from where npm was run
const target = resolve(process.env.INIT_CWD ?? process.cwd(), name);
const source = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
try {
	const report = await backupDatabase(source, target);
	console.log(
		`Backed up ${source} to ${report.path}: ${sizeText(report.bytes)}, integrity ${report.integrity}`
	);
	for (const { name, rows } of report.tables) console.log(`  ${name}: ${rows} rows`);
	console.log('To restore it, see "Backup and restore" in README.md.');
} catch (e) {
	console.error(`Backup failed: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
}
