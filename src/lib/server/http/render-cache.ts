/**
 * Public answers kept in memory for the version of the data they were made from: the next
 * reader of the same URL gets the same bytes without a query or a render, and the first write
 * (any change to the data version) drops them all. What a CDN in front would do, inside the
 * process, bounded in bytes.
 */

import { encoded, type ContentEncoding } from './encoding';

export interface RenderCacheLimits {
	/** All kept entries together: bodies, keys and headers (see costOf). */
	maxBytes: number;
	/** A larger answer is streamed through and not kept (exports, big tables). */
	maxEntryBytes: number;
}

export const RENDER_CACHE_LIMITS: RenderCacheLimits = {
	maxBytes: 48 * 1024 * 1024,
	maxEntryBytes: 2 * 1024 * 1024
};

interface Kept {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/** what keeping it takes, in bytes */
	cost: number;
}

/**
 * The bytes an entry holds: its body, and its key and headers as strings of two bytes a
 * character. A compressed body is a tenth of the page, so a long URL (any query a page ignores
 * makes a key of its own) or the headers could otherwise hold more than the bodies counted.
 */
function costOf(key: string, headers: [string, string][], body: Uint8Array): number {
	let chars = key.length;
	for (const [name, value] of headers) chars += name.length + value.length;
	return body.byteLength + 2 * chars;
}

export interface RenderCache {
	/**
	 * The kept answer for `key` at `version`, else `make()`'s answer, kept (in `encoding`) when it
	 * is a 200 that fits. Readers of a key being made wait for it rather than make it again. The
	 * key is the caller's: it tells the codings apart.
	 */
	serve(
		version: string,
		key: string,
		make: () => Promise<Response>,
		encoding?: ContentEncoding
	): Promise<Response>;
	/** What the kept entries hold (bodies, keys and headers), in bytes. */
	readonly bytes: number;
	readonly size: number;
}

export function renderCache(limits: RenderCacheLimits = RENDER_CACHE_LIMITS): RenderCache {
	let keptVersion = '';
	let bytes = 0;
	const kept = new Map<string, Kept>();
	const making = new Map<string, Promise<Kept | null>>();

	const keep = (key: string, entry: Kept) => {
		bytes += entry.cost;
		kept.set(key, entry);
		// Maps iterate in insertion order and a hit re-inserts: the first key is the least recent
		for (const [oldest, old] of kept) {
			if (bytes <= limits.maxBytes) break;
			kept.delete(oldest);
			bytes -= old.cost;
		}
	};

	const hit = (key: string, entry: Kept) => {
		kept.delete(key);
		kept.set(key, entry);
		return answer(entry);
	};

	return {
		async serve(version, key, make, encoding = 'identity') {
			if (version !== keptVersion) {
				kept.clear();
				making.clear();
				bytes = 0;
				keptVersion = version;
			}
			const entry = kept.get(key);
			if (entry) return hit(key, entry);
			const pending = making.get(key);
			if (pending) {
				const made = await pending;
				return made ? answer(made) : make();
			}
			let settle: (made: Kept | null) => void = () => {};
			const promise = new Promise<Kept | null>((resolve) => (settle = resolve));
			making.set(key, promise);
			let made: Kept | null = null;
			try {
				const response = await make();
				if (!keepable(response) || !response.body) return response;
				const read = await readUpTo(response.body, limits.maxEntryBytes);
				if (read.rest) return new Response(read.rest, response);
				const { body, headers } = encoded(read.body, [...response.headers], encoding);
				made = { status: 200, headers, body, cost: costOf(key, headers, body) };
				if (version === keptVersion) keep(key, made);
				return answer(made);
			} finally {
				if (making.get(key) === promise) making.delete(key);
				settle(made);
			}
		},
		get bytes() {
			return bytes;
		},
		get size() {
			return kept.size;
		}
	};
}

/** A 200 a shared cache could keep: no cookie set, not marked private or no-store. */
function keepable(response: Response): boolean {
	const control = response.headers.get('cache-control') ?? '';
	return (
		response.status === 200 &&
		!response.headers.has('set-cookie') &&
		!/no-store|private/.test(control)
	);
}

// The body is copied into each Response (fetch's body extraction copies a typed array).
function answer(entry: Kept): Response {
	return new Response(entry.body, { status: entry.status, headers: entry.headers });
}

/**
 * The whole body when it is at most `max` bytes; else a stream of everything, what was read
 * first and then the rest.
 */
async function readUpTo(
	body: ReadableStream<Uint8Array>,
	max: number
): Promise<{ body: Uint8Array<ArrayBuffer>; rest?: ReadableStream<Uint8Array> }> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		length += value.byteLength;
		if (length > max) return { body: new Uint8Array(), rest: replay(chunks, reader) };
	}
	const joined = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		joined.set(chunk, at);
		at += chunk.byteLength;
	}
	return { body: joined };
}

function replay(
	chunks: Uint8Array[],
	reader: ReadableStreamDefaultReader<Uint8Array>
): ReadableStream<Uint8Array> {
	return new ReadableStream({
		async pull(controller) {
			const first = chunks.shift();
			if (first) return controller.enqueue(first);
			const { done, value } = await reader.read();
			if (done) controller.close();
			else controller.enqueue(value);
		},
		cancel(reason) {
			return reader.cancel(reason);
		}
	});
}
