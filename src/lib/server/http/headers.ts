import type { Handle } from '@sveltejs/kit';
import { editable } from './response';

const YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

// Pages get theirs from kit.csp (svelte.config.js); JSON, CSV and plain errors need nothing.
const NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers every answer carries. HSTS only over https: on a plain-http intranet it would lock
 * browsers out of the site.
 */
export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = editable(await resolve(event));
	const headers = response.headers;
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('x-frame-options', 'DENY');
	if (event.url.protocol === 'https:') {
		headers.set('strict-transport-security', `max-age=${YEAR_IN_SECONDS}`);
	}
	// A 304 must not carry a policy: the browser would put it on the page it keeps.
	if (response.status !== 304 && !headers.has('content-security-policy')) {
		headers.set('content-security-policy', NOTHING_ALLOWED);
	}
	return response;
};
