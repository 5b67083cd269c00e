import type { Handle, RequestEvent } from '@sveltejs/kit';
import { createHash, randomUUID } from 'node:crypto';
import { dataVersion, getDb } from '../db';
import { SESSION_COOKIE } from '../auth/session';
import { editable } from './response';
import { renderCache } from './render-cache';
import { acceptedEncoding, type ContentEncoding } from './encoding';

/** Pages about an account or a change, never kept by any cache. */
const PRIVATE_PATHS = [
	'/login',
	'/logout',
	'/admin',
	'/import',
	'/outcomes/import',
	'/outcomes/export',
	'/healthz'
];

export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export function isPrivatePath(pathname: string): boolean {
	return PRIVATE_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** A GET by someone signed out (no session cookie at all) of a page anyone may read. */
export function isPublicRead(event: RequestEvent): boolean {
	const { method } = event.request;
	return (
		(method === 'GET' || method === 'HEAD') &&
		!event.locals.user &&
		!event.cookies.get(SESSION_COOKIE) &&
		!isPrivatePath(event.url.pathname)
	);
}

// A restart starts the connection's change count at 0 again: the boot tells the two apart.
const boot = randomUUID();

/**
 * What every public answer depends on: the data and this process (its build and settings), and
 * the coding it goes out in, so that a shared cache revalidating one coding never takes the tag
 * for another's. Weak, since it promises the same content rather than the same bytes.
 */
export function currentEtag(version: string, encoding: ContentEncoding = 'identity'): string {
	const digest = createHash('sha256').update(`${boot}|${version}`).digest('base64url');
	return `W/"${digest.slice(0, 22)}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

/** If-None-Match holds the tag (weak comparison; `*` is not honoured). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

function publicHeaders(headers: Headers, event: RequestEvent, etag: string | null): void {
	if (etag) {
		headers.set('etag', etag);
		headers.set('cache-control', PUBLIC_CACHE_CONTROL);
		// (a kept answer is sent compressed to a client that takes it)
		headers.append('vary', 'Cookie, Accept-Encoding');
	} else if (!headers.has('cache-control')) {
		headers.set('cache-control', 'no-cache');
	}
	// the read-only API, for a newsroom's own page to chart; never with a session
	if (event.url.pathname.startsWith('/api/')) headers.set('access-control-allow-origin', '*');
}

// SvelteKit tags every page with a hash of its HTML and answers 304 to it: not for these.
function neverKept(response: Response): Response {
	response.headers.set('cache-control', 'no-store');
	response.headers.delete('etag');
	return response;
}

// Read per view (the review queue's "most viewed"): rendered for every reader.
const RENDERED_EACH_TIME = /^\/reports\/\d+$/;

const rendered = renderCache();

/** What tells two public answers of a version apart: the URL as sent, HTML or not, the coding. */
function renderKey(event: RequestEvent, encoding: ContentEncoding): string | null {
	if (event.request.method !== 'GET' || RENDERED_EACH_TIME.test(event.url.pathname)) return null;
	const html = event.request.headers.get('accept')?.includes('text/html') ? 'html' : 'other';
	return `${html} ${encoding} ${event.request.url}`;
}

/**
 * Public reads carry an ETag of the data version and may be kept until it changes; a
 * matching If-None-Match is answered 304 before anything is loaded or rendered, and the same
 * URL is answered from memory until the next write. Everything else (signed in, private
 * pages, writes) is no-store.
 */
export const caching: Handle = async ({ event, resolve }) => {
	if (event.isSubRequest) return resolve(event);
	if (!isPublicRead(event)) {
		return neverKept(editable(await resolve(event)));
	}
	const version = dataVersion(getDb());
	const encoding = acceptedEncoding(event.request.headers.get('accept-encoding'));
	const etag = currentEtag(version, encoding);
	if (matchesEtag(event.request.headers.get('if-none-match'), etag)) {
		const response = new Response(null, { status: 304 });
		publicHeaders(response.headers, event, etag);
		return response;
	}
	const answer = async () => {
		const response = editable(await resolve(event));
		if (response.headers.has('set-cookie')) return neverKept(response);
		publicHeaders(response.headers, event, response.status === 200 ? etag : null);
		return response;
	};
	const key = renderKey(event, encoding);
	return key ? rendered.serve(version, key, answer, encoding) : answer();
};
