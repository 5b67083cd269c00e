import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/auth/guard';
import { exportCounts } from '$lib/server/bulk/export';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!hasRole(locals.user, 'editor')) error(403, '只有编辑可以导出数据');
	return { counts: exportCounts(getDb()) };
};
