import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from './db/test-helpers';
import { auditLog, users } from './db/schema';
import { ensureAdmin } from './bootstrap';
import {
	authenticate,
	checkPassword,
	checkUsername,
	countActiveAdmins,
	createUser,
	setUserDisabled,
	setUserPassword,
	setUserRole
} from './users';

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

describe('users', () => {
	it('hashes passwords with argon2id and checks them', async () => {
		await createUser(db, { username: 'li', password: 'a long password', role: 'viewer' }, null);
		const row = db.select().from(users).get()!;
		expect(row.passwordHash).toMatch(/^\$argon2id\$/);
		expect(await authenticate(db, 'li', 'a long password')).toMatchObject({
			username: 'li',
			role: 'viewer'
		});
		expect(await authenticate(db, 'li', 'wrong password')).toBeNull();
		expect(await authenticate(db, 'nobody', 'a long password')).toBeNull();
	});

	it('refuses a disabled account, and a changed password', async () => {
		const u = await createUser(
			db,
			{ username: 'wang', password: 'first password', role: 'editor' },
			null
		);
		setUserDisabled(db, u.id, true, null);
		expect(await authenticate(db, 'wang', 'first password')).toBeNull();
		setUserDisabled(db, u.id, false, null);
		await setUserPassword(db, u.id, 'second password', null);
		expect(await authenticate(db, 'wang', 'first password')).toBeNull();
		expect(await authenticate(db, 'wang', 'second password')).not.toBeNull();
	});

	it('audits every change without the password hash', async () => {
		const admin = await createUser(
			db,
			{ username: 'root', password: 'admin password', role: 'admin' },
			null
		);
		const u = await createUser(
			db,
			{ username: 'zhao', password: 'some password', role: 'viewer' },
			admin.id
		);
		setUserRole(db, u.id, 'editor', admin.id);
		const entries = db.select().from(auditLog).all();
		expect(entries.map((e) => e.action)).toEqual(['create', 'create', 'set_role']);
		const roleChange = entries[2]!;
		expect(roleChange.userId).toBe(admin.id);
		expect(roleChange.before).toMatchObject({ role: 'viewer' });
		expect(roleChange.after).toMatchObject({ role: 'editor' });
		expect(JSON.stringify(entries)).not.toContain('argon2');
	});

	it('counts only enabled admins', async () => {
		const a = await createUser(
			db,
			{ username: 'a1', password: 'admin password', role: 'admin' },
			null
		);
		await createUser(db, { username: 'a2', password: 'admin password', role: 'admin' }, null);
		expect(countActiveAdmins(db)).toBe(2);
		setUserDisabled(db, a.id, true, null);
		expect(countActiveAdmins(db)).toBe(1);
	});

	it('validates names and passwords', () => {
		expect(checkUsername('编辑甲')).toBeNull();
		expect(checkUsername('a')).not.toBeNull();
		expect(checkUsername('has space')).not.toBeNull();
		expect(checkPassword('short')).not.toBeNull();
		expect(checkPassword('long enough')).toBeNull();
	});
});

describe('ensureAdmin', () => {
	it('creates admin from ADMIN_PASSWORD only when there are no users', async () => {
		process.env.ADMIN_PASSWORD = 'bootstrap secret';
		const lines: string[] = [];
		await ensureAdmin(db, (l) => lines.push(l));
		await ensureAdmin(db, (l) => lines.push(l));
		delete process.env.ADMIN_PASSWORD;
		expect(lines).toHaveLength(1);
		expect(lines[0]).not.toContain('bootstrap secret');
		expect(await authenticate(db, 'admin', 'bootstrap secret')).toMatchObject({ role: 'admin' });
	});

	it('prints a random password once when none is given', async () => {
		delete process.env.ADMIN_PASSWORD;
		const lines: string[] = [];
		await ensureAdmin(db, (l) => lines.push(l));
		const password = lines[0]!.match(/password: (\S+)/)![1]!;
		expect(password.length).toBeGreaterThanOrEqual(16);
		expect(await authenticate(db, 'admin', password)).not.toBeNull();
	});
});
