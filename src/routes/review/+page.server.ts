import { getDb } from '$lib/server/db';
import { reviewQueue, type QueueOrder } from '$lib/server/review';
import type { PageServerLoad } from './$types';

const PAGE = 30;

export const load: PageServerLoad = ({ url }) => {
	const order: QueueOrder = url.searchParams.get('order') === 'viewed' ? 'viewed' : 'oldest';
	const page = Math.max(1, Math.floor(Number(url.searchParams.get('page'))) || 1);
	const { reports, total } = reviewQueue(getDb(), order, PAGE, (page - 1) * PAGE);
	return { order, page, pages: Math.max(1, Math.ceil(total / PAGE)), total, reports };
};
