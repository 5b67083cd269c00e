import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { admission } from './admission';

/** A render that ends when the test says so. */
function pending() {
	const renders: { path: string; finish: () => void }[] = [];
	const resolve = (event: RequestEvent) =>
		new Promise<Response>((done) =>
			renders.push({
				path: event.url.pathname,
				finish: () => done(new Response(event.url.pathname))
			})
		);
	return { renders, resolve };
}

const eventOf = (path: string, method = 'GET') =>
	({
		url: new URL(`http://x${path}`),
		request: new Request(`http://x${path}`, { method })
	}) as RequestEvent;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('admission to rendering', () => {
	it('renders a few requests at once and lets the others in first come, first served', async () => {
		const handle = admission(2);
		const { renders, resolve } = pending();
		const answers = ['/a', '/b', '/c', '/d'].map((p) => handle({ event: eventOf(p), resolve }));
		await settle();
		expect(renders.map((r) => r.path)).toEqual(['/a', '/b']);
		renders[1]!.finish();
		await settle();
		expect(renders.map((r) => r.path)).toEqual(['/a', '/b', '/c']);
		renders[0]!.finish();
		await settle();
		expect(renders.map((r) => r.path)).toEqual(['/a', '/b', '/c', '/d']);
		renders[2]!.finish();
		renders[3]!.finish();
		const texts = await Promise.all(answers.map(async (a) => (await a).text()));
		expect(texts).toEqual(['/a', '/b', '/c', '/d']);
	});

	it('frees the slot of a render that fails', async () => {
		const handle = admission(1);
		const failing = () => Promise.reject(new Error('render failed'));
		await expect(handle({ event: eventOf('/x'), resolve: failing })).rejects.toThrow(
			'render failed'
		);
		const answer = await handle({
			event: eventOf('/y'),
			resolve: async () => new Response('ok')
		});
		expect(await answer.text()).toBe('ok');
	});

	it('lets a request with a body through at once: a slow upload holds no slot', async () => {
		const handle = admission(1);
		const { renders, resolve } = pending();
		void handle({ event: eventOf('/page'), resolve });
		const posted = handle({ event: eventOf('/form', 'POST'), resolve });
		await settle();
		expect(renders.map((r) => r.path).sort()).toEqual(['/form', '/page']);
		for (const r of renders) r.finish();
		expect(await (await posted).text()).toBe('/form');
	});
});
