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

describe('the last-admin rule', () => {
	const admin = (username: string) =>
		createUser(db, { username, password: 'admin password', role: 'admin' }, null);
	const roleOf = (id: number) =>
		db
			.select()
			.from(users)
			.all()
			.find((u) => u.id === id)!;

	it('keeps the last enabled admin: no demotion, no disabling, nothing audited', async () => {
		const only = await admin('root');
		const editor = await createUser(
			db,
			{ username: 'ed', password: 'editor password', role: 'editor' },
			null
		);
		const audited = db.select().from(auditLog).all().length;
		expect(setUserRole(db, only.id, 'editor', editor.id)).toEqual({
			ok: false,
			code: 'last_admin'
		});
		expect(setUserDisabled(db, only.id, true, editor.id)).toEqual({
			ok: false,
			code: 'last_admin'
		});
		expect(roleOf(only.id)).toMatchObject({ role: 'admin', disabled: false });
		expect(db.select().from(auditLog).all()).toHaveLength(audited);
		expect(setUserRole(db, editor.id, 'admin', only.id)).toMatchObject({ ok: true });
		expect(setUserRole(db, only.id, 'viewer', editor.id)).toMatchObject({ ok: true });
	});

	it('counts only enabled admins, and lets two admins not demote each other to none', async () => {
		const a = await admin('a1');
		const b = await admin('a2');
		expect(setUserRole(db, b.id, 'editor', a.id)).toMatchObject({ ok: true });
		expect(setUserRole(db, a.id, 'editor', b.id)).toEqual({ ok: false, code: 'last_admin' });
		const c = await admin('a3');
		expect(setUserDisabled(db, c.id, true, a.id)).toMatchObject({ ok: true });
		expect(setUserDisabled(db, a.id, true, null)).toEqual({ ok: false, code: 'last_admin' });
		expect(setUserDisabled(db, c.id, false, a.id)).toMatchObject({ ok: true });
		expect(setUserDisabled(db, a.id, true, c.id)).toMatchObject({ ok: true });
	});

	it('lets no admin lock themself out, even with another admin left', async () => {
		const a = await admin('a1');
		await admin('a2');
		expect(setUserDisabled(db, a.id, true, a.id)).toEqual({ ok: false, code: 'own_account' });
		expect(setUserRole(db, a.id, 'editor', a.id)).toEqual({ ok: false, code: 'own_account' });
		expect(setUserRole(db, a.id, 'admin', a.id)).toMatchObject({ ok: true });
		expect(await setUserPassword(db, a.id, 'a new password', a.id)).toMatchObject({ ok: true });
		expect(roleOf(a.id)).toMatchObject({ role: 'admin', disabled: false });
	});

	it('says when there is no such user', async () => {
		expect(setUserRole(db, 999, 'viewer', null)).toEqual({ ok: false, code: 'unknown_user' });
		expect(await setUserPassword(db, 999, 'a new password', null)).toEqual({
			ok: false,
			code: 'unknown_user'
		});
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
