import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { hasRole } from '$lib/server/auth/guard';
import { remainingCount } from '$lib/server/import/addition';
import { listCommitmentsOfReport } from '$lib/server/commitments';
import { listOutcomesOfReport } from '$lib/server/outcomes';
import { getRegion } from '$lib/server/regions';
import { getReport } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals, url }) => {
	const id = Number(params.id);
	const db = getDb();
	const report = Number.isSafeInteger(id) ? getReport(db, id) : undefined;
	if (!report) error(404, `没有编号为 ${params.id} 的报告`);
	return {
		report,
		region: getRegion(db, report.regionCode),
		commitments: listCommitmentsOfReport(db, report.id),
		outcomes: listOutcomesOfReport(db, report.id),
		/** for editors: how many of the extractor's items are not stored yet */
		remaining: hasRole(locals.user, 'editor') ? remainingCount(db, report) : null,
		added: url.searchParams.has('added') ? Number(url.searchParams.get('added')) || 0 : null
	};
};
