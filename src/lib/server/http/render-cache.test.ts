import { describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import { renderCache } from './render-cache';

const page =
	(text: string, init: ResponseInit = {}) =>
	async () =>
		new Response(text, { status: 200, headers: { 'content-type': 'text/html' }, ...init });

function counted(text: string, init?: ResponseInit) {
	const made = { times: 0 };
	const make = page(text, init);
	return Object.assign(made, {
		make: () => {
			made.times++;
			return make();
		}
	});
}

describe('the render cache', () => {
	it('answers a URL once per version, with the same status, headers and bytes', async () => {
		const cache = renderCache();
		const a = counted('<p>一</p>');
		const first = await cache.serve('1.0', 'k', a.make);
		const second = await cache.serve('1.0', 'k', a.make);
		expect(a.times).toBe(1);
		expect(await second.text()).toBe('<p>一</p>');
		expect(await first.text()).toBe('<p>一</p>');
		expect(second.headers.get('content-type')).toBe('text/html');
		expect(second.status).toBe(200);
	});

	it('keeps an answer in the coding asked for, under the key given for it', async () => {
		const cache = renderCache();
		const text = `<p>${'全县地区生产总值增长6%以上。'.repeat(100)}</p>`;
		const a = counted(text);
		const br = await cache.serve('1', 'br k', a.make, 'br');
		const again = await cache.serve('1', 'br k', a.make, 'br');
		const plain = await cache.serve('1', 'identity k', a.make);
		expect(a.times).toBe(2);
		for (const coded of [br, again]) {
			expect(coded.headers.get('content-encoding')).toBe('br');
			const bytes = new Uint8Array(await coded.arrayBuffer());
			expect(Number(coded.headers.get('content-length'))).toBe(bytes.byteLength);
			expect(brotliDecompressSync(bytes).toString('utf8')).toBe(text);
		}
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(text);
		expect(cache.bytes).toBeLessThan(Buffer.byteLength(text) * 1.25);
	});

	it('drops everything when the version changes', async () => {
		const cache = renderCache();
		const a = counted('old');
		await cache.serve('1.0', 'k', a.make);
		const b = counted('new');
		expect(await (await cache.serve('1.1', 'k', b.make)).text()).toBe('new');
		expect(b.times).toBe(1);
		expect(cache.size).toBe(1);
	});

	it('keeps nothing that is not a plain 200 a shared cache could keep', async () => {
		const cache = renderCache();
		const inits: ResponseInit[] = [
			{ status: 404 },
			{ headers: { 'set-cookie': 'a=1' } },
			{ headers: { 'cache-control': 'no-store' } },
			{ headers: { 'cache-control': 'private' } }
		];
		for (const init of inits) {
			const a = counted('x', init);
			await cache.serve('1', JSON.stringify(init), a.make);
			await cache.serve('1', JSON.stringify(init), a.make);
			expect(a.times, JSON.stringify(init)).toBe(2);
		}
		expect(cache.size).toBe(0);
	});

	it('streams a body larger than an entry through whole, and keeps none of it', async () => {
		const cache = renderCache({ maxBytes: 1000, maxEntryBytes: 10 });
		const parts = ['0123456', '789abc', 'def'];
		const make = async () =>
			new Response(
				new ReadableStream({
					start(c) {
						for (const p of parts) c.enqueue(new TextEncoder().encode(p));
						c.close();
					}
				}),
				{ status: 200, headers: { 'x-a': '1' } }
			);
		const response = await cache.serve('1', 'big', make);
		expect(await response.text()).toBe(parts.join(''));
		expect(response.headers.get('x-a')).toBe('1');
		expect(cache.size).toBe(0);
	});

	// an entry of ten characters under a key of one: its body, and its key and header as UTF-16
	const ENTRY = 10 + 2 * ('a'.length + 'content-type'.length + 'text/html'.length);

	it('stays within its bytes, dropping the least recently read first', async () => {
		const cache = renderCache({ maxBytes: 3 * ENTRY, maxEntryBytes: 30 });
		await cache.serve('1', 'a', page('a'.repeat(10)));
		await cache.serve('1', 'b', page('b'.repeat(10)));
		await cache.serve('1', 'c', page('c'.repeat(10)));
		await cache.serve('1', 'a', page('changed')); // a hit: a is now the most recent
		await cache.serve('1', 'd', page('d'.repeat(10)));
		expect(cache.bytes).toBe(3 * ENTRY);
		const b = counted('b');
		await cache.serve('1', 'b', b.make);
		expect(b.times).toBe(1);
		const a = counted('a');
		expect(await (await cache.serve('1', 'a', a.make)).text()).toBe('a'.repeat(10));
		expect(a.times).toBe(0);
	});

	it('counts what its keys and headers hold, not only the bodies', async () => {
		const cache = renderCache({ maxBytes: 10 * ENTRY, maxEntryBytes: 30 });
		// a query the page ignores makes a key of its own: long ones leave room for fewer entries
		const pad = 'x'.repeat(2 * ENTRY);
		for (let n = 0; n < 10; n++) await cache.serve('1', `/regions/1?pad=${pad}&n=${n}`, page('p'));
		expect(cache.size).toBeLessThanOrEqual(2);
		expect(cache.bytes).toBeLessThanOrEqual(10 * ENTRY);
		const headers = { 'content-type': 'text/html', link: 'y'.repeat(3 * ENTRY) };
		for (let n = 0; n < 10; n++) await cache.serve('1', String(n), page('p', { headers }));
		expect(cache.size).toBeLessThanOrEqual(1);
	});

	it('makes a URL once when many read it at the same moment', async () => {
		const cache = renderCache();
		let times = 0;
		const slow = async () => {
			times++;
			await new Promise((r) => setTimeout(r, 20));
			return new Response('slow', { status: 200 });
		};
		const answers = await Promise.all(
			Array.from({ length: 20 }, () => cache.serve('1', 'k', slow))
		);
		expect(times).toBe(1);
		expect(await Promise.all(answers.map((r) => r.text()))).toEqual(Array(20).fill('slow'));
	});

	it('lets the waiting readers make their own answer when the first one failed', async () => {
		const cache = renderCache();
		const failing = async () => {
			await new Promise((r) => setTimeout(r, 10));
			throw new Error('render failed');
		};
		const first = cache.serve('1', 'k', failing);
		const second = cache.serve('1', 'k', page('ok'));
		await expect(first).rejects.toThrow('render failed');
		expect(await (await second).text()).toBe('ok');
	});
});
