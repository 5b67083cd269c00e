import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth/session';
import { signInThrottle, waitText } from '$lib/server/auth/throttle';
import { readPosted } from '$lib/server/http/body';
import { authenticate } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

/**
 * Only a path of this site, so a crafted link cannot send someone elsewhere after sign-in
 * (browsers read `/\\evil.com` as `//evil.com`: resolve it before trusting it).
 */
function safeRedirect(target: string | null, origin: string): string {
	if (!target) return '/';
	try {
		const url = new URL(target, origin);
		return url.origin === origin ? url.pathname + url.search + url.hash : '/';
	} catch {
		return '/';
	}
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirect(url.searchParams.get('redirectTo'), url.origin));
};

export const actions: Actions = {
	default: async (event) => {
		const read = await readPosted(event.request);
		if (!('form' in read)) return fail(read.status, { username: '', message: read.message });
		const posted = read.form.get('username');
		const password = read.form.get('password');
		if (typeof posted !== 'string' || !posted.trim()) {
			return fail(400, { username: '', message: '请输入用户名' });
		}
		// One spelling per account, for the lookup and the throttle alike.
		const username = posted.trim().normalize('NFKC');
		if (typeof password !== 'string' || !password) {
			return fail(400, { username, message: '请输入密码' });
		}
		const address = event.getClientAddress();
		const wait = signInThrottle.retryAfter(address, username);
		if (wait > 0) {
			event.setHeaders({ 'retry-after': String(wait) });
			return fail(429, {
				username,
				message: `尝试次数过多，请 ${waitText(wait)}后再试`
			});
		}
		const next = signInThrottle.charge(address, username);
		const db = getDb();
		const user = await authenticate(db, username, password);
		if (!user) {
			const message = next
				? `用户名或密码不正确。尝试次数过多，请 ${waitText(next)}后再试`
				: '用户名或密码不正确';
			return fail(400, { username, message });
		}
		signInThrottle.succeed(address, username);
		const token = auth.generateSessionToken();
		const session = auth.createSession(db, token, user.id);
		auth.setSessionTokenCookie(event, token, session.expiresAt);
		redirect(303, safeRedirect(event.url.searchParams.get('redirectTo'), event.url.origin));
	}
};
