import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/auth/guard';
import { auditFilterChoices, parseAuditFilters, queryAudit } from '$lib/server/audit-query';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user)
		redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	if (!hasRole(locals.user, 'admin')) error(403, '只有管理员可以查看审计日志');
	const db = getDb();
	const choices = auditFilterChoices(db);
	const { filters, errors } = parseAuditFilters(url.searchParams, choices);
	return { choices, filters, errors, ...queryAudit(db, filters) };
};
