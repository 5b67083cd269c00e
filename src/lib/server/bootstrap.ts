import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Db } from './db';
import { fillFingerprints } from './copies';
import { loadIndicators } from './indicators';
import { loadRegions } from './regions';
import { count } from 'drizzle-orm';
import { regions } from './db/schema';
import { countUsers, createUser } from './users';

/**
 * The catalogue and the national division list, loaded when missing; the fingerprints of
 * reports stored before the copy check existed.
 */
export function ensureReferenceData(db: Db): void {
	loadIndicators(db);
	const loaded = db.select({ n: count() }).from(regions).get()?.n ?? 0;
	if (loaded === 0) loadRegions(db);
	fillFingerprints(db);
}

/**
 * On a database with no users, creates `admin` with ADMIN_PASSWORD, or with a random
 * password printed once, in a box that says where to sign in.
 */
export async function ensureAdmin(
	db: Db,
	log: (line: string) => void = console.log
): Promise<void> {
	if (countUsers(db) > 0) return;
	const given = process.env.ADMIN_PASSWORD;
	const password = given || randomPassword();
	await createUser(db, { username: 'admin', password, role: 'admin' }, null);
	const signIn = `Sign in at http://localhost:${process.env.PORT || 3000}/login`;
	if (given) log(box([signIn, 'user: admin, password: the one in ADMIN_PASSWORD']));
	else
		log(
			box([
				signIn,
				'user:     admin',
				`password: ${password}`,
				'Shown once: change it after signing in.'
			])
		);
}

/** Lines framed so that they stand out of a build log. */
export function box(lines: string[]): string {
	const width = Math.max(...lines.map((l) => l.length));
	const rule = '─'.repeat(width + 2);
	return [`┌${rule}┐`, ...lines.map((l) => `│ ${l.padEnd(width)} │`), `└${rule}┘`].join('\n');
}

function randomPassword(): string {
	const bytes = new Uint8Array(12);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
