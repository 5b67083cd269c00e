import { and, asc, count, eq } from 'drizzle-orm';
import { recordAudit } from './audit';
import { invalidateUserSessions } from './auth/session';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './auth/password';
import type { Db, DbOrTx } from './db';
import type { IssueCode } from './fields/issues';
import { ROLES, users, type Role, type User } from './db/schema';
import { omit } from '../omit';

export type PublicUser = Omit<User, 'passwordHash'>;

const publicColumns = {
	id: users.id,
	username: users.username,
	role: users.role,
	disabled: users.disabled,
	createdAt: users.createdAt
};

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A reason the username is unacceptable, or null. */
export function checkUsername(username: string): string | null {
	if (!/^[\p{L}\p{N}_.-]{2,32}$/u.test(username)) {
		return '用户名须为 2–32 个字母、数字、汉字或 _ . -';
	}
	return null;
}

export function checkPassword(password: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
	if (password.length > 256) return '密码过长';
	return null;
}

export function countUsers(db: Db): number {
	return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function listUsers(db: Db): PublicUser[] {
	return db.select(publicColumns).from(users).orderBy(asc(users.username)).all();
}

export function getUserByUsername(db: Db, username: string): User | undefined {
	return db.select().from(users).where(eq(users.username, username)).get();
}

export async function createUser(
	db: Db,
	input: { username: string; password: string; role: Role },
	actorId: number | null
): Promise<PublicUser> {
	const passwordHash = await hashPassword(input.password);
	return db.transaction((tx) => {
		const user = tx
			.insert(users)
			.values({ username: input.username, passwordHash, role: input.role })
			.returning(publicColumns)
			.get();
		recordAudit(tx, {
			userId: actorId,
			action: 'create',
			tableName: 'users',
			rowId: user.id,
			after: user
		});
		return user;
	});
}

/** The user if the credentials are right and the account is enabled. */
export async function authenticate(
	db: Db,
	username: string,
	password: string
): Promise<PublicUser | null> {
	const user = getUserByUsername(db, username);
	// Verify against a real hash even for unknown users, so timing does not reveal who exists.
	const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
	if (!user || !valid || user.disabled) return null;
	return omit(user, 'passwordHash');
}

const DUMMY_HASH =
	'$argon2id$v=19$m=19456,t=2,p=1$3rEfAHj/W3nNT0xbNRxO7A$3VOLqrzQVNVUu6N3ToyY2RevKhJqAz5rbeTVwQfaNuc';

export type UpdateResult =
	| { ok: true; user: PublicUser }
	| { ok: false; code: Extract<IssueCode, 'unknown_user' | 'last_admin' | 'own_account'> };

type AccountChanges = Partial<Pick<User, 'role' | 'disabled' | 'passwordHash'>>;

/** Whether the change takes an enabled admin away: a demotion or a disabling. */
const removesAdmin = (before: PublicUser, changes: AccountChanges) =>
	before.role === 'admin' &&
	!before.disabled &&
	((changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true);

/**
 * The last-admin rule, checked in the update's transaction so that two admins demoting each
 * other at once cannot both succeed: someone must always be able to manage users, and no
 * admin locks themself out.
 */
function updateUser(
	db: Db,
	id: number,
	changes: AccountChanges,
	action: string,
	actorId: number | null
): UpdateResult {
	return db.transaction((tx): UpdateResult => {
		const before = tx.select(publicColumns).from(users).where(eq(users.id, id)).get();
		if (!before) return { ok: false, code: 'unknown_user' };
		const selfLockout = changes.disabled === true || removesAdmin(before, changes);
		if (actorId === id && selfLockout) return { ok: false, code: 'own_account' };
		if (removesAdmin(before, changes) && countActiveAdmins(tx) <= 1)
			return { ok: false, code: 'last_admin' };
		const after = tx
			.update(users)
			.set(changes)
			.where(eq(users.id, id))
			.returning(publicColumns)
			.get();
		recordAudit(tx, { userId: actorId, action, tableName: 'users', rowId: id, before, after });
		return { ok: true, user: after };
	});
}

export function setUserRole(db: Db, id: number, role: Role, actorId: number | null) {
	return updateUser(db, id, { role }, 'set_role', actorId);
}

/** Disabling also signs the user out everywhere. */
export function setUserDisabled(db: Db, id: number, disabled: boolean, actorId: number | null) {
	const result = updateUser(db, id, { disabled }, disabled ? 'disable' : 'enable', actorId);
	if (result.ok && disabled) invalidateUserSessions(db, id);
	return result;
}

export async function setUserPassword(
	db: Db,
	id: number,
	password: string,
	actorId: number | null
) {
	const passwordHash = await hashPassword(password);
	const result = updateUser(db, id, { passwordHash }, 'set_password', actorId);
	if (result.ok) invalidateUserSessions(db, id);
	return result;
}

/** Admins still able to sign in: the last one may not be demoted or disabled. */
export function countActiveAdmins(db: DbOrTx): number {
	return (
		db
			.select({ n: count() })
			.from(users)
			.where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
			.get()?.n ?? 0
	);
}
