import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { checkHealth } from '$lib/server/health';
import type { RequestHandler } from './$types';

/** For a load balancer or a monitor: 200 when the database answers and its schema is current. */
export const GET: RequestHandler = () => {
	const health = checkHealth(getDb);
	return json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
