import { isActionFailure, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE } from '$lib/server/auth/session';
import { createTestDatabase } from '$lib/server/db/test-helpers';
import { createUser } from '$lib/server/users';

let db: ReturnType<typeof createTestDatabase>;
vi.mock('$lib/server/db', async (original) => ({
	...(await original<typeof import('$lib/server/db')>()),
	getDb: () => db
}));
const { actions } = await import('./+page.server');
const action = actions.default!;

beforeAll(async () => {
	db = createTestDatabase();
	for (const username of ['li', 'wang', 'zhao'])
		await createUser(db, { username, password: 'the right one', role: 'editor' }, null);
});
afterAll(() => db.dispose());

/** The sign-in action as a browser at `address` posts it: its status, body and cookie. */
async function signIn(address: string, username: string, password: string) {
	const body = new FormData();
	body.set('username', username);
	body.set('password', password);
	const url = new URL('http://localhost/login');
	const set = vi.fn();
	const event = {
		request: new Request(url, { method: 'POST', body }),
		url,
		getClientAddress: () => address,
		cookies: { set }
	} as unknown as Parameters<typeof action>[0];
	try {
		const result = await action(event);
		if (!isActionFailure(result)) throw new Error('expected a failure or a redirect');
		return {
			status: result.status,
			data: result.data as unknown as { message: string; username: string }
		};
	} catch (e) {
		if (!isRedirect(e)) throw e;
		return { status: e.status, signedIn: set.mock.calls.some(([name]) => name === SESSION_COOKIE) };
	}
}

/** Wrong passwords until the action answers 429; how many it took. */
async function failUntilRefused(address: string, username: string): Promise<number> {
	for (let attempt = 1; attempt <= 20; attempt++) {
		const { status } = await signIn(address, username, `wrong ${attempt}`);
		if (status === 429) return attempt;
		expect(status).toBe(400);
	}
	throw new Error('never throttled');
}

describe('the sign-in throttle', () => {
	it('refuses a name from a client with 429 after at most ten wrong passwords, even the right one next', async () => {
		const attempts = await failUntilRefused('203.0.113.1', 'li');
		expect(attempts).toBeGreaterThan(1);
		expect(attempts).toBeLessThanOrEqual(11);
		const refused = await signIn('203.0.113.1', 'li', 'the right one');
		expect(refused.status).toBe(429);
		expect(refused.data).toMatchObject({
			username: 'li',
			message: expect.stringContaining('分钟')
		});
	});

	it('counts the failures of a name however it is spelled', async () => {
		await failUntilRefused('203.0.113.2', 'wang');
		expect((await signIn('203.0.113.2', ' ｗａｎｇ ', 'the right one')).status).toBe(429);
	});

	it('still lets the same name sign in from another client', async () => {
		await failUntilRefused('203.0.113.3', 'zhao');
		expect(await signIn('198.51.100.7', 'zhao', 'the right one')).toEqual({
			status: 303,
			signedIn: true
		});
	});

	it('lets a few typos pass', async () => {
		for (let i = 0; i < 3; i++)
			expect((await signIn('203.0.113.4', 'li', 'a typo')).status).toBe(400);
		expect(await signIn('203.0.113.4', 'li', 'the right one')).toEqual({
			status: 303,
			signedIn: true
		});
	});
});
