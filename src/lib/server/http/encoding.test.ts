import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { acceptedEncoding, encoded } from './encoding';

const html: [string, string][] = [['content-type', 'text/html']];
const page = new TextEncoder().encode(`<p>${'全县地区生产总值增长6%以上。'.repeat(200)}</p>`);

describe('the coding of an answer', () => {
	it('is what the client takes, brotli first when it takes both alike', () => {
		expect(acceptedEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(acceptedEncoding('gzip, deflate')).toBe('gzip');
		expect(acceptedEncoding('br;q=0, gzip')).toBe('gzip');
		expect(acceptedEncoding('gzip;q=0.5, br;q=0.2')).toBe('gzip');
		expect(acceptedEncoding('*')).toBe('br');
		expect(acceptedEncoding('gzip;q=0, br;q=0')).toBe('identity');
		expect(acceptedEncoding('deflate')).toBe('identity');
		expect(acceptedEncoding('')).toBe('identity');
		expect(acceptedEncoding(null)).toBe('identity');
	});

	it('compresses text, and the client reads back the same bytes', () => {
		const br = encoded(page, html, 'br');
		expect(br.headers).toContainEqual(['content-encoding', 'br']);
		expect(br.headers).toContainEqual(['content-length', String(br.body.byteLength)]);
		expect(br.body.byteLength).toBeLessThan(page.byteLength / 5);
		expect(new Uint8Array(brotliDecompressSync(br.body))).toEqual(page);
		const gzip = encoded(page, [...html, ['content-length', String(page.byteLength)]], 'gzip');
		expect(gzip.headers.filter(([name]) => name === 'content-length')).toEqual([
			['content-length', String(gzip.body.byteLength)]
		]);
		expect(new Uint8Array(gunzipSync(gzip.body))).toEqual(page);
	});

	it('leaves alone what a coding would not help: small, binary, compressed, or not asked for', () => {
		const small = new TextEncoder().encode('<p>一</p>');
		const cases: [Uint8Array<ArrayBuffer>, [string, string][], 'br' | 'identity'][] = [
			[small, html, 'br'],
			[page, [['content-type', 'image/png']], 'br'],
			[page, [...html, ['content-encoding', 'gzip']], 'br'],
			[page, html, 'identity']
		];
		for (const [body, headers, encoding] of cases) {
			const out = encoded(body, headers, encoding);
			expect(out.body).toBe(body);
			expect(out.headers).toBe(headers);
		}
		const json = encoded(page, [['content-type', 'application/json; charset=utf-8']], 'gzip');
		expect(json.headers).toContainEqual(['content-encoding', 'gzip']);
		const csv = encoded(page, [['content-type', 'text/csv; charset=utf-8']], 'gzip');
		expect(csv.headers).toContainEqual(['content-encoding', 'gzip']);
	});
});
