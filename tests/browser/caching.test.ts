import { describe, expect, inject, it } from 'vitest';
import Database from 'better-sqlite3';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { url } from './browser';

const passwords = inject('passwords');
const origin = new URL(url('/')).origin;

async function sessionCookie(username: string, password: string): Promise<string> {
	const response = await fetch(url('/login'), {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password })
	});
	expect(response.status).toBe(303);
	return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(url(path), { headers, redirect: 'manual' });

/** The answer as it came over the wire, not decoded (fetch decodes what it asked for). */
function raw(
	path: string,
	acceptEncoding: string
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((done, fail) => {
		const request = httpGet(url(path), { headers: { 'accept-encoding': acceptEncoding } }, (r) => {
			const chunks: Buffer[] = [];
			r.on('data', (c: Buffer) => chunks.push(c));
			r.on('end', () => done({ headers: r.headers, body: Buffer.concat(chunks) }));
		});
		request.on('error', fail);
	});
}

const PUBLIC = [
	'/',
	'/regions/500242',
	'/regions/500242/2022',
	'/compare?indicator=gdp',
	'/methodology',
	'/api/regions',
	'/api/regions/500242?format=csv',
	'/api/regions/500242/scorecard/2022',
	'/api/outcomes?latest=3'
];

describe('public reads are cacheable until the data changes', () => {
	it('tag every public page and API answer, and answer a matching If-None-Match with 304', async () => {
		for (const path of PUBLIC) {
			const first = await get(path);
			expect(first.status, path).toBe(200);
			expect(first.headers.get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
			const etag = first.headers.get('etag');
			expect(etag, path).toMatch(/^W\/".+"$/);
			const again = await get(path, { 'if-none-match': etag! });
			expect(again.status, path).toBe(304);
			expect(await again.text()).toBe('');
			expect(again.headers.get('etag')).toBe(etag);
			expect(again.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
			// the page kept by the browser keeps its own policy
			expect(again.headers.get('content-security-policy')).toBeNull();
			const other = await get(path, { 'if-none-match': 'W/"something-else"' });
			expect(other.status, path).toBe(200);
		}
	});

	it('also for the data a page loads when navigating in the browser', async () => {
		const first = await get('/regions/500242/2022/__data.json');
		expect(first.status).toBe(200);
		const etag = first.headers.get('etag')!;
		expect((await get('/regions/500242/2022/__data.json', { 'if-none-match': etag })).status).toBe(
			304
		);
	});

	it('sends what it keeps compressed to a client that takes it, the same bytes once decoded', async () => {
		let compressed = 0;
		for (const path of PUBLIC) {
			const plain = await raw(path, 'identity');
			expect(plain.headers['content-encoding'], path).toBeUndefined();
			expect(plain.headers.vary, path).toContain('Accept-Encoding');
			const br = await raw(path, 'gzip, deflate, br');
			const gzip = await raw(path, 'gzip');
			if (plain.body.byteLength < 1024) continue;
			expect(br.headers['content-encoding'], path).toBe('br');
			expect(br.body.byteLength, path).toBeLessThan(plain.body.byteLength / 2);
			expect(brotliDecompressSync(br.body).equals(plain.body), path).toBe(true);
			expect(gzip.headers['content-encoding'], path).toBe('gzip');
			expect(gunzipSync(gzip.body).equals(plain.body), path).toBe(true);
			// a tag of its own per coding: a cache that revalidates one never takes another's
			expect(br.headers.etag, path).not.toBe(plain.headers.etag);
			expect(gzip.headers.etag, path).not.toBe(br.headers.etag);
			compressed++;
		}
		expect(compressed).toBeGreaterThanOrEqual(PUBLIC.length - 2);
	});

	it('changes the tag when the app writes and when another process writes', async () => {
		const before = (await get('/')).headers.get('etag')!;
		await sessionCookie('viewer1', passwords.viewer); // the app stores a session
		const afterApp = (await get('/')).headers.get('etag')!;
		expect(afterApp).not.toBe(before);
		expect((await get('/', { 'if-none-match': before })).status).toBe(200);

		const other = new Database(inject('databasePath'));
		other.exec('CREATE TABLE etag_probe (x); DROP TABLE etag_probe;');
		other.close();
		const afterOther = (await get('/')).headers.get('etag')!;
		expect(afterOther).not.toBe(afterApp);
		expect((await get('/', { 'if-none-match': afterApp })).status).toBe(200);
	});

	it('answers a read again from memory, and the first read after any write afresh', async () => {
		const path = '/regions/500242/2022';
		const first = await (await get(path)).text();
		expect(await (await get(path)).text()).toBe(first);
		const name = async () => (await (await get('/api/regions/500242')).json()).region.name;
		const before = await name();
		const other = new Database(inject('databasePath'));
		const rename = other.prepare('UPDATE regions SET name = ? WHERE code = ?');
		try {
			rename.run(`${before}（改）`, '500242');
			expect(await name()).toBe(`${before}（改）`);
			expect(await (await get(path)).text()).toContain(`${before}（改）`);
		} finally {
			rename.run(before, '500242');
			other.close();
		}
		expect(await name()).toBe(before);
	});

	it('lets any site read the API, and says so nowhere else', async () => {
		for (const path of PUBLIC) {
			const cors = (await get(path)).headers.get('access-control-allow-origin');
			expect(cors, path).toBe(path.startsWith('/api/') ? '*' : null);
		}
		const error = await get('/api/regions/999999');
		expect(error.status).toBe(404);
		expect(error.headers.get('access-control-allow-origin')).toBe('*');
		expect(error.headers.get('etag')).toBeNull();
	});
});

describe('nothing private is kept', () => {
	it('answers a signed-in user with no-store, no tag and no CORS, even for public pages', async () => {
		const cookie = await sessionCookie('editor1', passwords.editor);
		const etag = (await get('/api/regions')).headers.get('etag')!;
		for (const path of [...PUBLIC, '/import', '/outcomes/import', '/outcomes/export']) {
			const response = await get(path, { cookie, 'if-none-match': etag });
			expect(response.status, path).toBe(200);
			expect(response.headers.get('cache-control'), path).toBe('no-store');
			expect(response.headers.get('etag'), path).toBeNull();
			expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
		}
	});

	it('never lets the sign-in, admin or import pages be kept, signed out either', async () => {
		for (const path of ['/login', '/admin/users', '/admin/audit', '/import', '/outcomes/import']) {
			const response = await get(path);
			expect([200, 303], path).toContain(response.status);
			expect(response.headers.get('cache-control'), path).toBe('no-store');
			expect(response.headers.get('etag'), path).toBeNull();
			expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
		}
	});

	it('keeps POSTs and answers that set a cookie out of every cache', async () => {
		const post = await fetch(url('/login'), {
			method: 'POST',
			redirect: 'manual',
			headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ username: 'nobody', password: 'x' })
		});
		expect(post.headers.get('cache-control')).toBe('no-store');
		expect(post.headers.get('access-control-allow-origin')).toBeNull();
		// a stale session cookie is deleted, so that answer is private too
		const stale = await get('/', { cookie: 'duixian-session=not-a-session' });
		expect(stale.headers.get('cache-control')).toBe('no-store');
		expect(stale.headers.get('etag')).toBeNull();
	});
});
