import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/forms';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import type { FieldErrors } from '$lib/server/fields/issues';
import { confirmAddition, reviewOfRemaining } from '$lib/server/import/addition';
import { listIndicators } from '$lib/server/indicators';
import { getReport } from '$lib/server/reports';
import type { Actions, PageServerLoad } from './$types';

function reportOf(id: string) {
	const n = Number(id);
	const report = Number.isSafeInteger(n) ? getReport(getDb(), n) : undefined;
	if (!report) error(404, `没有编号为 ${id} 的报告`);
	return report;
}

export const load: PageServerLoad = ({ params, locals, url }) => {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!hasRole(locals.user, 'editor')) error(403, '只有编辑可以保存报告的条目');
	const report = reportOf(params.id);
	const db = getDb();
	return {
		report: { id: report.id, title: report.title },
		review: reviewOfRemaining(db, report),
		indicators: listIndicators(db).map(({ code, nameZh }) => ({ code, nameZh }))
	};
};

export const actions: Actions = {
	/** Stores the accepted items, citing the report, checked as on import. */
	confirm: async ({ params, locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const report = reportOf(params.id);
		const form = await readForm(request);
		const result = confirmAddition(getDb(), report, form, actor.id, {
			acceptMatching: form.get('acceptMatching') === 'true'
		});
		if (result.status === 'invalid')
			return fail(400, { review: result.review, errors: result.errors as FieldErrors });
		redirect(303, `/reports/${report.id}?added=${result.added}`);
	}
};
