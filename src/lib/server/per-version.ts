/**
 * Answers that add up whole tables, kept per version of the data (`dataVersion`: any write, by
 * this process or another, changes it) and shared by every request until the next write.
 */
import { dataVersion, type Db } from './db';

/** At most this many answers per version (a page number in a URL is a key). */
const MAX_KEYS = 64;

const kept = new WeakMap<Db, { version: string; answers: Map<string, unknown> }>();

/** `compute()` once per version of the data and `key`, the kept answer otherwise. */
export function perVersion<T>(db: Db, key: string, compute: () => T): T {
	const version = dataVersion(db);
	let entry = kept.get(db);
	if (entry?.version !== version) kept.set(db, (entry = { version, answers: new Map() }));
	if (entry.answers.has(key)) return entry.answers.get(key) as T;
	const answer = compute();
	if (entry.answers.size >= MAX_KEYS) entry.answers.clear();
	entry.answers.set(key, answer);
	return answer;
}
