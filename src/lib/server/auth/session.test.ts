import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../db/test-helpers';
import { sessions } from '../db/schema';
import { createUser, setUserDisabled } from '../users';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from './session';

const DAY = 24 * 60 * 60 * 1000;
let db: ReturnType<typeof createTestDatabase>;
let userId: number;

beforeEach(async () => {
	db = createTestDatabase();
	userId = (
		await createUser(db, { username: 'editor1', password: 'correct horse', role: 'editor' }, null)
	).id;
});

afterEach(() => {
	vi.useRealTimers();
	db.dispose();
});

describe('sessions', () => {
	it('stores only the SHA-256 of the token and finds the user by the token', () => {
		const token = generateSessionToken();
		const session = createSession(db, token, userId);
		expect(session.id).toMatch(/^[0-9a-f]{64}$/);
		expect(session.id).not.toContain(token);
		expect(
			db
				.select()
				.from(sessions)
				.all()
				.map((s) => s.id)
		).toEqual([session.id]);
		const result = validateSessionToken(db, token);
		expect(result.user).toEqual({ id: userId, username: 'editor1', role: 'editor' });
	});

	it('gives two tokens different ids and rejects an unknown token', () => {
		const a = generateSessionToken();
		expect(a).not.toBe(generateSessionToken());
		createSession(db, a, userId);
		expect(validateSessionToken(db, generateSessionToken())).toEqual({ session: null, user: null });
	});

	it('lasts 30 days and is extended when used in its last 15', () => {
		vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
		const token = generateSessionToken();
		const created = createSession(db, token, userId);
		expect(created.expiresAt.getTime()).toBe(Date.now() + 30 * DAY);
		vi.setSystemTime(Date.now() + 10 * DAY);
		expect(validateSessionToken(db, token).session?.expiresAt).toEqual(created.expiresAt);
		vi.setSystemTime(Date.now() + 10 * DAY);
		const renewed = validateSessionToken(db, token).session!;
		expect(renewed.expiresAt.getTime()).toBe(Date.now() + 30 * DAY);
		const row = db.select().from(sessions).where(eq(sessions.id, created.id)).get();
		expect(row?.expiresAt.getTime()).toBe(renewed.expiresAt.getTime());
	});

	it('expires after 30 days unused and deletes the row', () => {
		vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
		const token = generateSessionToken();
		createSession(db, token, userId);
		vi.setSystemTime(Date.now() + 31 * DAY);
		expect(validateSessionToken(db, token).session).toBeNull();
		expect(db.select().from(sessions).all()).toHaveLength(0);
	});

	it("is gone after sign-out, and all of a user's sessions can be ended at once", () => {
		const one = generateSessionToken();
		const two = generateSessionToken();
		const s1 = createSession(db, one, userId);
		createSession(db, two, userId);
		invalidateSession(db, s1.id);
		expect(validateSessionToken(db, one).user).toBeNull();
		expect(validateSessionToken(db, two).user).not.toBeNull();
		invalidateUserSessions(db, userId);
		expect(validateSessionToken(db, two).user).toBeNull();
	});

	it('signs out a disabled user', () => {
		const token = generateSessionToken();
		createSession(db, token, userId);
		setUserDisabled(db, userId, true, null);
		expect(validateSessionToken(db, token).user).toBeNull();
	});
});
