import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder, type Db } from './db';

export interface Health {
	ok: boolean;
	database: 'ok' | 'unreachable';
	migrations: { applied: number | null; expected: number | null; current: boolean };
	reason?: string;
}

/** How many migrations this build ships, from drizzle's journal. */
export function expectedMigrations(folder = migrationsFolder()): number {
	const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8'));
	return (journal as { entries: unknown[] }).entries.length;
}

function appliedMigrations(db: Db): number {
	const client = db.$client;
	const table = client
		.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
		.get();
	if (!table) return 0;
	return client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
}

/** Is the database answering, and is its schema the one this build expects? */
export function checkHealth(open: () => Db, folder = migrationsFolder()): Health {
	let applied: number;
	try {
		applied = appliedMigrations(open());
	} catch (e) {
		return {
			ok: false,
			database: 'unreachable',
			migrations: { applied: null, expected: null, current: false },
			reason: `database: ${messageOf(e)}`
		};
	}
	let expected: number;
	try {
		expected = expectedMigrations(folder);
	} catch (e) {
		return {
			ok: false,
			database: 'ok',
			migrations: { applied, expected: null, current: false },
			reason: `migrations journal: ${messageOf(e)}`
		};
	}
	const current = applied === expected;
	const health: Health = {
		ok: current,
		database: 'ok',
		migrations: { applied, expected, current }
	};
	if (applied < expected)
		health.reason = `${expected - applied} migration(s) not applied: restart the server or run npm run db:migrate`;
	if (applied > expected)
		health.reason = `the database has ${applied - expected} migration(s) this build does not know: it is newer than the code`;
	return health;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
