import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { nationalYears } from '$lib/server/national';
import type { PageServerLoad } from './$types';

/** The latest year with provincial targets. */
export const load: PageServerLoad = ({ url }) => {
	const [latest] = nationalYears(getDb());
	if (latest === undefined) error(404, '还没有省级地区的年度目标');
	redirect(307, `/national/${latest}${url.search}`);
};
