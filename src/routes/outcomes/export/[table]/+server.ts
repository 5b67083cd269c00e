import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guard';
import { exportTable, isExportTable } from '$lib/server/bulk/export';
import type { RequestHandler } from './$types';

/** One whole table as CSV (UTF-8 with a BOM), for editors. */
export const GET: RequestHandler = ({ locals, params }) => {
	requireRole(locals, 'editor');
	if (!isExportTable(params.table)) error(404, `没有可导出的表“${params.table}”`);
	return exportTable(getDb(), params.table);
};
