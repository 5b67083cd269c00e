import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { getDb, optimize } from '$lib/server/db';
import { ensureAdmin, ensureReferenceData } from '$lib/server/bootstrap';
import * as auth from '$lib/server/auth/session';
import { ensureAssessmentsCurrent } from '$lib/server/assessments';
import { admission } from '$lib/server/http/admission';
import { jsonBodyLimit } from '$lib/server/http/body';
import { caching } from '$lib/server/http/caching';
import { securityHeaders } from '$lib/server/http/headers';

export const init: ServerInit = async () => {
	if (building) return;
	const db = getDb();
	ensureReferenceData(db);
	ensureAssessmentsCurrent(db, console.log);
	await ensureAdmin(db);
	// the planner's statistics follow the data as it grows (SQLite's advice for long-lived connections)
	setInterval(() => optimize(db), 60 * 60_000).unref();
};

const authHandle: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(auth.SESSION_COOKIE);
	if (!token) {
		event.locals.user = null;
		event.locals.session = null;
		return resolve(event);
	}
	const { session, user } = auth.validateSessionToken(getDb(), token);
	if (session) auth.setSessionTokenCookie(event, token, session.expiresAt);
	else auth.deleteSessionTokenCookie(event);
	event.locals.user = user;
	event.locals.session = session;
	return resolve(event);
};

export const handle = sequence(authHandle, securityHeaders, caching, admission(), jsonBodyLimit);
