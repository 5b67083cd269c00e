import { describe, expect, it } from 'vitest';
import { bodySizeLimit, isTooLarge, readPosted, sizeText, tooLargeMessage } from './body';

const post = (body: BodyInit | ReadableStream, type = 'application/x-www-form-urlencoded') =>
	new Request('http://localhost/', {
		method: 'POST',
		body,
		headers: { 'content-type': type },
		duplex: 'half'
	} as RequestInit);

describe('the body size limit', () => {
	it('reads BODY_SIZE_LIMIT as adapter-node does, 512K when unset', () => {
		expect(bodySizeLimit('6M')).toBe(6 * 1024 * 1024);
		expect(bodySizeLimit('512k')).toBe(512 * 1024);
		expect(bodySizeLimit('1G')).toBe(1024 ** 3);
		expect(bodySizeLimit('1000')).toBe(1000);
		expect(bodySizeLimit('Infinity')).toBe(Infinity);
		expect(bodySizeLimit(undefined)).toBe(512 * 1024);
	});

	it('says the limit in the message', () => {
		expect(sizeText(6 * 1024 * 1024)).toBe('6 MB');
		expect(sizeText(512 * 1024)).toBe('512 KB');
		expect(tooLargeMessage(6 * 1024 * 1024)).toContain('6 MB 的上限');
	});
});

describe('readPosted', () => {
	it('gives the form', async () => {
		const posted = await readPosted(post('a=1&b=2'));
		expect('form' in posted && posted.form.get('b')).toBe('2');
	});

	it('answers 413 when the server cut the body off at its limit', async () => {
		const tooLarge = Object.assign(new Error('Content-length of 52428800 exceeds limit'), {
			status: 413
		});
		for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
			const body = new ReadableStream({ start: (c) => c.error(tooLarge) });
			const posted = await readPosted(post(body, type));
			expect(posted).toEqual({ status: 413, message: tooLargeMessage() });
		}
		expect(isTooLarge(new Error('x', { cause: tooLarge }))).toBe(true);
	});

	it('answers 400 for a body that is not a form', async () => {
		const posted = await readPosted(post('--x\r\nbroken', 'multipart/form-data; boundary=x'));
		expect(posted).toMatchObject({ status: 400 });
	});
});
