import { error, fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { readForm } from '$lib/server/forms';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import type { FieldErrors } from '$lib/server/fields/issues';
import { confirmAddition, reviewOfRemaining } from '$lib/server/import/addition';
import { listIndicators } from '$lib/server/indicators';
import {
	acceptItems,
	correctItem,
	judgeItem,
	type ItemVerdict,
	type ReviewResult
} from '$lib/server/item-review/actions';
import { machineItemsOf, refOf, type ItemRef } from '$lib/server/item-review/items';
import { getReport } from '$lib/server/reports';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function reportOf(id: string) {
	const n = Number(id);
	const report = Number.isSafeInteger(n) ? getReport(getDb(), n) : undefined;
	if (!report) error(404, `没有编号为 ${id} 的报告`);
	return report;
}

function reviewerOf(id: number | null): string | null {
	if (id === null) return null;
	const user = getDb().select().from(users).where(eq(users.id, id)).get();
	return user?.username ?? null;
}

export const load: PageServerLoad = ({ params, locals, url }) => {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!hasRole(locals.user, 'editor')) error(403, '只有编辑可以核对和保存报告的条目');
	const report = reportOf(params.id);
	const db = getDb();
	return {
		report: {
			id: report.id,
			title: report.title,
			reviewedAt: report.reviewedAt?.getTime() ?? null,
			reviewedBy: reviewerOf(report.reviewedBy)
		},
		machine: machineItemsOf(db, report.id),
		review: reviewOfRemaining(db, report),
		indicators: listIndicators(db).map(({ code, nameZh }) => ({ code, nameZh }))
	};
};

const GONE_MESSAGE = '这一条已经有人核对过，或者不属于这份报告；页面已更新。';

function refsOf(form: FormData): ItemRef[] {
	const refs = form.getAll('item').map((k) => (typeof k === 'string' ? refOf(k) : null));
	if (!refs.length || refs.some((r) => r === null)) error(400, '没有指明要核对的条目');
	return refs as ItemRef[];
}

/** The editor, the report and the posted form of a review action. */
async function posted({ params, locals, request }: RequestEvent) {
	const actor = requireRole(locals, 'editor');
	const report = reportOf(params.id);
	const form = await readForm(request);
	return { actor, report, form };
}

function answer(result: ReviewResult, item: string) {
	if (result.ok) return { done: item, left: result.left };
	if ('gone' in result) return fail(409, { item, message: GONE_MESSAGE });
	return fail(400, { item, correction: result.errors });
}

const judge = (verdict: ItemVerdict) => async (event: RequestEvent) => {
	const { actor, report, form } = await posted(event);
	const [ref] = refsOf(form);
	return answer(judgeItem(getDb(), report, ref!, verdict, actor.id), String(form.get('item')));
};

export const actions: Actions = {
	/** The item is right as read. */
	accept: judge('reviewed'),
	/** The item is not a target or a result at all: it stops counting anywhere. */
	reject: judge('rejected'),
	/** The item as corrected, checked by the rules of an edit. */
	correct: async (event) => {
		const { actor, report, form } = await posted(event);
		const [ref] = refsOf(form);
		const item = String(form.get('item'));
		return answer(correctItem(getDb(), report, ref!, form, actor.id), item);
	},
	/** Every item the page showed (not one read since) is right as read. */
	acceptAll: async (event) => {
		const { actor, report, form } = await posted(event);
		return { accepted: acceptItems(getDb(), report, refsOf(form), actor.id) };
	},
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
