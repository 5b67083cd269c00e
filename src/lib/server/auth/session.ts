import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { sessions, users, type Role } from '../db/schema';

const DAY_IN_MS = 1000 * 60 * 60 * 24;
const SESSION_LIFETIME_MS = DAY_IN_MS * 30;
const RENEW_WITHIN_MS = DAY_IN_MS * 15;

export const SESSION_COOKIE = 'duixian-session';

export interface SessionUser {
	id: number;
	username: string;
	role: Role;
}

export interface Session {
	id: string;
	userId: number;
	expiresAt: Date;
}

export type SessionValidationResult =
	{ session: Session; user: SessionUser } | { session: null; user: null };

/** 20 random bytes in base32: what goes into the cookie. Never stored. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

function sessionIdOf(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(db: Db, token: string, userId: number): Session {
	const session: Session = {
		id: sessionIdOf(token),
		userId,
		expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS)
	};
	db.insert(sessions).values(session).run();
	return session;
}

/** Looks the token up by its hash; expired sessions and disabled users are signed out. */
export function validateSessionToken(db: Db, token: string): SessionValidationResult {
	const sessionId = sessionIdOf(token);
	const row = db
		.select({
			session: sessions,
			user: { id: users.id, username: users.username, role: users.role, disabled: users.disabled }
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, sessionId))
		.get();
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	if (Date.now() >= session.expiresAt.getTime() || user.disabled) {
		db.delete(sessions).where(eq(sessions.id, session.id)).run();
		return { session: null, user: null };
	}
	if (Date.now() >= session.expiresAt.getTime() - RENEW_WITHIN_MS) {
		session.expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
		db.update(sessions)
			.set({ expiresAt: session.expiresAt })
			.where(eq(sessions.id, session.id))
			.run();
	}
	return { session, user: { id: user.id, username: user.username, role: user.role } };
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(db: Db, userId: number): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/**
 * Secure whenever the page was served over https (the origin as the server sees it: ORIGIN, or
 * the protocol a request came over); COOKIE_SECURE=true or false decides instead when set.
 */
function secureCookies(event: RequestEvent): boolean {
	const setting = process.env.COOKIE_SECURE;
	if (setting === 'true' || setting === 'false') return setting === 'true';
	return event.url.protocol === 'https:';
}

export function setSessionTokenCookie(event: RequestEvent, token: string, expiresAt: Date): void {
	event.cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: secureCookies(event),
		expires: expiresAt,
		path: '/'
	});
}

export function deleteSessionTokenCookie(event: RequestEvent): void {
	event.cookies.set(SESSION_COOKIE, '', {
		httpOnly: true,
		sameSite: 'lax',
		secure: secureCookies(event),
		maxAge: 0,
		path: '/'
	});
}
