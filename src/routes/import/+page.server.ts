import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readPosted } from '$lib/server/http/body';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import type { FieldErrors } from '$lib/server/fields/issues';
import { listIndicators } from '$lib/server/indicators';
import { storedAlready } from '$lib/server/import/addition';
import { confirmImport } from '$lib/server/import/confirm';
import { readReviewForm } from '$lib/server/import/posted';
import { MAX_UPLOAD_BYTES } from '$lib/server/import/decode';
import { completeReview } from '$lib/server/import/review';
import { prepareImport, readSource } from '$lib/server/import/source';
import { findReportByText } from '$lib/server/reports';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/login?redirectTo=/import');
	if (!hasRole(locals.user, 'editor')) error(403, '只有编辑可以导入报告');
	const indicators = listIndicators(getDb()).map(({ code, nameZh }) => ({ code, nameZh }));
	return { indicators, maxBytes: MAX_UPLOAD_BYTES };
};

const pastedOf = (form: FormData) => {
	const text = form.get('text');
	return typeof text === 'string' ? text : '';
};

/** A body too large (413) or not a form (400), told beside the file field. */
const unreadable = ({ status, message }: { status: 400 | 413; message: string }) =>
	fail(status, { source: { text: '', errors: { file: message } } });

export const actions: Actions = {
	/** Decodes the upload only; the enhanced form calls it first to show the reading stage. */
	read: async ({ locals, request }) => {
		requireRole(locals, 'editor');
		const posted = await readPosted(request);
		if (!('form' in posted)) return unreadable(posted);
		const { form } = posted;
		const source = await readSource(form);
		if (!source.ok) return fail(400, { source: { text: pastedOf(form), errors: source.errors } });
		const existing = findReportByText(getDb(), source.text);
		if (existing) return fail(409, { duplicate: storedAlready(getDb(), existing) });
		return { read: { text: source.text, fileName: source.fileName } };
	},

	/** Step 1: decode and extract; returns the review, stores nothing. */
	review: async ({ locals, request }) => {
		requireRole(locals, 'editor');
		const posted = await readPosted(request);
		if (!('form' in posted)) return unreadable(posted);
		const { form } = posted;
		const source = await readSource(form);
		if (!source.ok) return fail(400, { source: { text: pastedOf(form), errors: source.errors } });
		const prepared = prepareImport(getDb(), source.text);
		if (prepared.status === 'duplicate') return fail(409, { duplicate: prepared.report });
		if (prepared.status === 'not-a-report') {
			// the enhanced form posts a file's decoded text here after `read`, marked as from the file
			const fromFile = source.from === 'file' || form.get('from') === 'file';
			const errors = fromFile ? { file: prepared.message } : { text: prepared.message };
			const pasted = form.get('pasted');
			return fail(400, {
				source: { text: fromFile && typeof pasted === 'string' ? pasted : pastedOf(form), errors }
			});
		}
		return { review: prepared.review, errors: {} as FieldErrors };
	},

	/** The review again, for another region: edits are kept, matches recomputed. */
	recheck: async ({ locals, request }) => {
		requireRole(locals, 'editor');
		const posted = await readPosted(request);
		if (!('form' in posted)) return unreadable(posted);
		const { form } = posted;
		return {
			review: completeReview(getDb(), readReviewForm(form)),
			errors: {} as FieldErrors
		};
	},

	/** Step 2: validate every field again and store the report with the accepted items. */
	confirm: async ({ locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const posted = await readPosted(request);
		if (!('form' in posted)) return unreadable(posted);
		const { form } = posted;
		const result = confirmImport(getDb(), form, actor.id, {
			acceptMatching: form.get('acceptMatching') === 'true'
		});
		if (result.status === 'duplicate')
			return fail(409, { duplicate: storedAlready(getDb(), result.report) });
		if (result.status === 'invalid')
			return fail(400, { review: result.review, errors: result.errors });
		redirect(303, `/reports/${result.report.id}`);
	}
};
