import type { Handle } from '@sveltejs/kit';
import pLimit from 'p-limit';

/**
 * Pages and API reads rendered at once; the rest wait their turn, first come first served.
 *
 * Without it every request that arrives starts rendering at once, and one turn of the event loop
 * holds all their synchronous work: under load a turn took seconds, and a request that needs
 * several turns (reading a posted body, writing a large page) waited seconds for each, up to 30 s
 * in the soak. With a few at a time a turn stays short and the wait is a fair queue.
 */
export const RENDERING_AT_ONCE = 4;

/**
 * Admits a GET to rendering when one of the slots is free. Answers kept in memory never get here
 * (the caching handle before it answers them), so a busy server still serves them at once. A
 * request with a body is not queued: a client sending its body slowly would hold a slot for as
 * long as it likes, and writes are few and quick to render once read.
 */
export function admission(slots = RENDERING_AT_ONCE): Handle {
	const limit = pLimit(slots);
	return ({ event, resolve }) => {
		const { method } = event.request;
		if (method !== 'GET' && method !== 'HEAD') return resolve(event);
		return limit(() => resolve(event));
	};
}
