import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** A transaction, or the database itself, for functions that work inside either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export const DEFAULT_DATABASE_PATH = 'data/duixian.db';

/** Where the migrations (and drizzle's journal of them) are: drizzle/, or MIGRATIONS_PATH. */
export function migrationsFolder(): string {
	return process.env.MIGRATIONS_PATH ?? resolve('drizzle');
}

/** Opens (creating if needed) a SQLite database and brings its schema up to date. */
export function openDatabase(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const client = new Database(path);
	client.pragma('journal_mode = WAL');
	client.pragma('foreign_keys = ON');
	// REPLACE deletes the old row without firing DELETE triggers unless this is on, which
	// would let `INSERT OR REPLACE` rewrite an append-only outcome.
	client.pragma('recursive_triggers = ON');
	client.pragma('busy_timeout = 5000');
	const db = drizzle(client, { schema });
	migrate(db, { migrationsFolder: migrationsFolder() });
	optimize(db);
	return db;
}

/**
 * Gives the query planner statistics of the tables (ANALYZE, sampled so that it takes well
 * under a second on the national dataset) where they are missing or out of date. Without them
 * it cannot tell which index narrows a query most: compare walked every year of ten regions
 * instead of the one indicator asked for.
 */
export function optimize(db: Db): void {
	db.$client.pragma('analysis_limit = 1000');
	db.$client.pragma('optimize = 0x10002');
}

let instance: Db | undefined;

/** The app's database, opened on first use from DATABASE_PATH. */
export function getDb(): Db {
	instance ??= openDatabase(process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
	return instance;
}

/**
 * Changes whenever the data may have: `data_version` moves when another connection (a CLI
 * tool) commits, `total_changes()` counts this connection's own writes. Rolled-back writes
 * move it too, which only costs a cache a fresh copy.
 */
export function dataVersion(db: Db): string {
	const client = db.$client;
	let statement = changesOf.get(client);
	if (!statement) changesOf.set(client, (statement = client.prepare('SELECT total_changes()')));
	const changed = statement.pluck().get() as number;
	return `${client.pragma('data_version', { simple: true })}.${changed}`;
}

const changesOf = new WeakMap<Database.Database, Database.Statement>();
