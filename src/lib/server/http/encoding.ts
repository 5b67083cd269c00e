import Negotiator from 'negotiator';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The content codings a kept answer is sent in: brotli, gzip or as it is. */
export type ContentEncoding = 'br' | 'gzip' | 'identity';

const OFFERED: ContentEncoding[] = ['br', 'gzip', 'identity'];

/** The coding the client prefers of those offered (brotli when it takes both alike). */
export function acceptedEncoding(acceptEncoding: string | null): ContentEncoding {
	const negotiator = new Negotiator({
		headers: { 'accept-encoding': acceptEncoding ?? undefined }
	});
	const chosen = negotiator.encoding(OFFERED, { preferred: OFFERED });
	return (chosen as ContentEncoding | undefined) ?? 'identity';
}

/** Under this many bytes a coding saves less than its header costs. */
const SMALLEST = 1024;
const TEXTUAL = /^(?:text\/|application\/(?:json|javascript|xml)|[^;]*\+(?:json|xml))/;

/**
 * A body to keep and its headers in `encoding`: compressed once, when it is text of some size
 * not compressed already (brotli at quality 5: as fast as gzip, and a tenth to a fifth smaller on our pages).
 */
export function encoded(
	body: Uint8Array<ArrayBuffer>,
	headers: [string, string][],
	encoding: ContentEncoding
): { body: Uint8Array<ArrayBuffer>; headers: [string, string][] } {
	const type = headers.find(([name]) => name === 'content-type')?.[1] ?? '';
	const coded = headers.some(([name]) => name === 'content-encoding');
	if (encoding === 'identity' || coded || body.byteLength < SMALLEST || !TEXTUAL.test(type))
		return { body, headers };
	const squeezed =
		encoding === 'br'
			? brotliCompressSync(body, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 5,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
					}
				})
			: gzipSync(body);
	return {
		body: new Uint8Array(squeezed),
		headers: [
			...headers.filter(([name]) => name !== 'content-length'),
			['content-encoding', encoding],
			['content-length', String(squeezed.byteLength)]
		]
	};
}
