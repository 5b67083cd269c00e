import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/forms';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import {
	deleteCommitment,
	EDITABLE_FIELDS,
	editCommitment,
	editValuesOf
} from '$lib/server/commitment-edit';
import { indicatorNames, listIndicators } from '$lib/server/indicators';
import { isJudgeable, judgeCommitment, judgementHistory } from '$lib/server/judgements';
import type { Commitment } from '$lib/server/db/schema';
import { issue } from '$lib/server/fields/issues';
import {
	OUTCOME_FORM_FIELDS,
	validateOutcome,
	type OutcomeFields
} from '$lib/server/outcome-input';
import {
	getCommitment,
	outcomeHistory,
	outcomeKeyOf,
	recordOutcome,
	revertToOutcome
} from '$lib/server/record';
import { getRegionPath } from '$lib/server/regions';
import { listReportsOfRegion } from '$lib/server/reports';
import { getScorecard } from '$lib/server/scorecard';
import type { Actions, PageServerLoad } from './$types';

function commitmentOf(id: string) {
	const n = Number(id);
	const commitment = Number.isSafeInteger(n) ? getCommitment(getDb(), n) : undefined;
	if (!commitment) error(404, `没有编号为 ${id} 的目标`);
	return commitment;
}

function assessmentOf(commitment: Commitment) {
	const row = getScorecard(getDb(), commitment.regionCode, commitment.year)?.rows.find(
		(r) => r.commitment.id === commitment.id
	);
	if (!row) error(404, '找不到这个目标的评估');
	return row.assessment;
}

export const load: PageServerLoad = ({ params, locals }) => {
	const db = getDb();
	const commitment = commitmentOf(params.id);
	const key = outcomeKeyOf(commitment);
	const assessment = assessmentOf(commitment);
	const canEdit = hasRole(locals.user, 'editor');
	return {
		commitment,
		assessment,
		judgeable: isJudgeable(assessment),
		path: getRegionPath(db, commitment.regionCode),
		names: indicatorNames(db),
		history: key ? outcomeHistory(db, key) : [],
		judgements: judgementHistory(db, commitment.id),
		canEdit,
		reports: canEdit
			? listReportsOfRegion(db, commitment.regionCode).map(({ id, title }) => ({ id, title }))
			: [],
		indicators: canEdit ? listIndicators(db).map(({ code, nameZh }) => ({ code, nameZh })) : [],
		editValues: editValuesOf(commitment)
	};
};

function fieldsOf(form: FormData): OutcomeFields {
	return Object.fromEntries(OUTCOME_FORM_FIELDS.map((f) => [f, String(form.get(f) ?? '')]));
}

function postedVersion(form: FormData): number {
	const v = Number(form.get('version'));
	return Number.isSafeInteger(v) ? v : -1;
}

const scorecardUrl = (c: { regionCode: string; year: number; id: number }) =>
	`/regions/${c.regionCode}/${c.year}?saved=${c.id}#c${c.id}`;

export const actions: Actions = {
	record: async ({ params, locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const commitment = commitmentOf(params.id);
		if (commitment.metric === 'qualitative')
			return fail(400, {
				record: { fields: {}, errors: { value: issue('value', 'metric_without_figure') } }
			});
		const form = await readForm(request);
		const fields = fieldsOf(form);
		const db = getDb();
		const checked = validateOutcome(db, fields, commitment);
		if ('errors' in checked) return fail(400, { record: { fields, errors: checked.errors } });
		const saved = recordOutcome(db, commitment, checked.draft, actor.id, postedVersion(form));
		if (!saved.ok) return fail(409, { record: { fields, errors: {}, conflict: saved.conflict } });
		redirect(303, scorecardUrl(commitment));
	},

	revert: async ({ params, locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const commitment = commitmentOf(params.id);
		const form = await readForm(request);
		const result = revertToOutcome(
			getDb(),
			commitment,
			Number(form.get('outcomeId')),
			actor.id,
			postedVersion(form)
		);
		if (!result.ok) {
			const message =
				'error' in result ? result.error : '在你查看期间，这个目标的数据已被修改，请核对后再操作';
			return fail('error' in result ? 400 : 409, { revert: { message } });
		}
		redirect(303, scorecardUrl(commitment));
	},

	edit: async ({ params, locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const commitment = commitmentOf(params.id);
		const form = await readForm(request);
		const posted = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, String(form.get(f) ?? '')]));
		posted.headline = form.get('headline') === 'true' ? 'true' : 'false';
		const result = editCommitment(getDb(), commitment, posted, actor.id, postedVersion(form));
		if (!result.ok) {
			if ('errors' in result)
				return fail(400, { edit: { values: posted, errors: result.errors, message: null } });
			const message = '在你编辑期间，这个目标已被修改（见上方），请核对后再保存';
			return fail(409, { edit: { values: posted, errors: {}, message } });
		}
		redirect(303, scorecardUrl(result.commitment));
	},

	delete: async ({ params, locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const commitment = commitmentOf(params.id);
		const form = await readForm(request);
		if (form.get('confirm') !== 'yes')
			return fail(400, { remove: { message: '请勾选确认后再删除' } });
		if (!deleteCommitment(getDb(), commitment, actor.id, postedVersion(form))) {
			return fail(409, { remove: { message: '在你查看期间，这个目标已被修改，请核对后再删除' } });
		}
		redirect(303, `/regions/${commitment.regionCode}`);
	},

	judge: async ({ params, locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const db = getDb();
		const commitment = commitmentOf(params.id);
		const form = await readForm(request);
		const posted = {
			status: String(form.get('status') ?? ''),
			reason: String(form.get('reason') ?? '')
		};
		const result = judgeCommitment(
			db,
			commitment,
			assessmentOf(commitment),
			posted,
			actor.id,
			postedVersion(form)
		);
		if (result.ok) redirect(303, scorecardUrl(commitment));
		const judge = { ...posted, errors: result.errors, version: result.conflict?.version };
		return fail(result.conflict ? 409 : 400, { judge });
	}
};
