import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readPosted } from '$lib/server/http/body';
import { isFile } from '$lib/server/text-files';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import { dryRun, importOutcomes, readInput, type DryRun } from '$lib/server/bulk/import';
import { MAX_ROWS } from '$lib/server/bulk/parse';
import { listIndicators } from '$lib/server/indicators';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!hasRole(locals.user, 'editor')) error(403, '只有编辑可以导入实际数据');
	return {
		maxRows: MAX_ROWS,
		indicators: listIndicators(getDb()).map(({ code, nameZh, defaultUnit }) => ({
			code,
			nameZh,
			defaultUnit
		}))
	};
};

type Checked = Extract<DryRun, { ok: true }>;

/** One shape for every answer, so the page shows the file's problems, the plan, or both. */
const answer = (
	source: string | null,
	pasted: string,
	error: string | null,
	result: Checked | null = null,
	message: string | null = null
) => ({
	check: { source, pasted, error, result, message }
});

export const actions: Actions = {
	check: async ({ locals, request }) => {
		requireRole(locals, 'editor');
		const posted = await readPosted(request);
		if (!('form' in posted)) return fail(posted.status, answer(null, '', posted.message));
		const { form } = posted;
		const file = form.get('file');
		const pasted = String(form.get('text') ?? '');
		const source = isFile(file) ? file.name : null;
		const read = readInput(
			isFile(file) ? { bytes: new Uint8Array(await file.arrayBuffer()) } : { text: pasted }
		);
		if ('error' in read) return fail(400, answer(source, pasted, read.error));
		const result = dryRun(getDb(), read.text, read.encoding);
		if (!result.ok) return fail(400, answer(source, pasted, result.error));
		return result.problems.length
			? fail(400, answer(source, pasted, null, result))
			: answer(source, pasted, null, result);
	},

	write: async ({ locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const posted = await readPosted(request);
		if (!('form' in posted)) return fail(posted.status, answer(null, '', posted.message));
		const { form } = posted;
		const text = String(form.get('text') ?? '');
		const digest = String(form.get('digest') ?? '');
		const expected = Number(form.get('expected'));
		const read = readInput({ text });
		if ('error' in read) return fail(400, answer(null, '', read.error));
		try {
			const done = importOutcomes(getDb(), { text, digest, expected }, actor.id);
			if (done.ok) return { written: done };
			// the text goes back into the box, so nothing the editor sent is lost
			if (!done.dryRun.ok) return fail(409, answer(null, text, done.message));
			return fail(409, answer(null, text, null, done.dryRun, done.message));
		} catch (e) {
			console.error('bulk import failed', e);
			return fail(
				500,
				answer(null, text, '写入时出错，已全部撤销，没有写入任何数据。请稍后再试。')
			);
		}
	}
};
