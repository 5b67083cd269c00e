import type { ExtractedOutcome, ExtractedTarget } from '../../extract/types';
import type { Db } from '../db';
import type { Report } from '../db/schema';
import { storeExtractedItems, type ExtractedItems } from '../extracted';
import { findReportByText, storeReport, type ReportInput } from '../reports';
import { cleanText } from '../text-files';
import { MAX_UPLOAD_BYTES } from './decode';
import { byField, check, issue, type FieldIssue } from '../fields/issues';
import { regionCode } from '../fields/report';
import { checkItem } from './fields';
import { matchCommitments } from './matches';
import { checkMeta } from './meta';
import {
	ITEM_FIELDS,
	META_FIELDS,
	type ItemDraft,
	type ReviewDraft,
	type ReviewErrors,
	type ReviewModel
} from './model';
import { regionOptionOf } from './region-match';
import { completeReview, itemContext } from './review';

const field = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
};

/** The review form as posted; missing fields read as empty, unchecked boxes as false. */
export function readReviewForm(form: FormData): ReviewDraft {
	const ids = [
		...new Set(
			form
				.getAll('item')
				.filter((v): v is string => typeof v === 'string' && /^[to]\d{1,4}$/.test(v))
		)
	];
	const items: ItemDraft[] = ids.map((id) => {
		const values = Object.fromEntries(
			ITEM_FIELDS.map((f) => [f, field(form, `${id}.${f}`)])
		) as ItemDraft['values'];
		values.headline = values.headline === 'true' ? 'true' : 'false';
		values.estimated = values.estimated === 'true' ? 'true' : 'false';
		return {
			id,
			kind: id.startsWith('t') ? 'target' : 'outcome',
			accept: field(form, `${id}.accept`) === 'true',
			values
		};
	});
	const meta = Object.fromEntries(
		META_FIELDS.map((f) => [f, field(form, f)])
	) as ReviewDraft['meta'];
	const regionCode = field(form, 'regionOther').trim() || field(form, 'regionCode').trim();
	return { text: cleanText(field(form, 'text')), meta, regionCode, items };
}

export interface ImportInput {
	report: ReportInput;
	items: ExtractedItems;
}

/**
 * Re-validates everything the browser posted. With `onlyMatching`, the accepted items are the
 * outcomes that match existing commitments (those shown as matching, and any that match now).
 */
export function validateReview(
	db: Db,
	draft: ReviewDraft,
	form: FormData,
	options: { onlyMatching?: boolean } = {}
): { ok: true; input: ImportInput } | { ok: false; errors: ReviewErrors } {
	const issues: FieldIssue[] = [];
	if (!draft.text.trim()) issues.push(issue('text', 'required'));
	else if (draft.text.length > MAX_UPLOAD_BYTES) issues.push(issue('text', 'too_long'));
	const meta = checkMeta(draft.meta);
	if (!meta.ok) issues.push(...meta.issues);
	const region = regionOptionOf(db, draft.regionCode);
	const code = check(
		regionCode((c) => !!regionOptionOf(db, c)),
		draft.regionCode
	);
	if (!code.ok) issues.push(...code.issues.map((i) => ({ ...i, field: 'regionCode' })));

	const ctx = itemContext(db, draft.text);
	const checked = draft.items.map((item) => ({ item, result: checkItem(item, ctx) }));
	let chosen = checked.filter((c) => c.item.accept);
	let stored: (id: string) => boolean = () => true;
	if (options.onlyMatching) {
		const proposed = new Map<string, ExtractedOutcome>();
		for (const c of checked)
			if (c.item.kind === 'outcome' && c.result.ok)
				proposed.set(c.item.id, c.result.value as ExtractedOutcome);
		const matching = region ? matchCommitments(db, region.code, proposed) : new Map();
		chosen = checked.filter(
			(c) => matching.has(c.item.id) || field(form, `${c.item.id}.matched`) === 'true'
		);
		stored = (id) => matching.has(id);
		if (!chosen.length && code.ok) issues.push(issue('items', 'required'));
	}
	for (const { result } of chosen) if (!result.ok) issues.push(...result.issues);
	if (issues.length || !meta.ok || !region) return { ok: false, errors: byField(issues) };
	const targets: ExtractedTarget[] = [];
	const outcomes: ExtractedOutcome[] = [];
	for (const { item, result } of chosen) {
		if (!result.ok || !stored(item.id)) continue;
		if ('comparator' in result.value) targets.push(result.value);
		else outcomes.push(result.value);
	}
	const report: ReportInput = { ...meta.value, regionCode: region.code, text: draft.text };
	return { ok: true, input: { report, items: { targets, outcomes } } };
}

/**
 * Stores the report and the accepted items in one transaction, each row audited; nothing when
 * the same text is already stored (that report is returned instead).
 */
export function storeImport(
	db: Db,
	input: ImportInput,
	actorId: number
): { report: Report; created: boolean } {
	return db.transaction((tx) => {
		const existing = findReportByText(tx, input.report.text);
		if (existing) return { report: existing, created: false };
		const { report } = storeReport(tx, input.report, actorId);
		storeExtractedItems(tx, report, input.items, actorId);
		return { report, created: true };
	});
}

export type ConfirmResult =
	| { status: 'stored'; report: Report }
	| { status: 'duplicate'; report: Report }
	| { status: 'invalid'; errors: ReviewErrors; review: ReviewModel };

/** The confirm step: validate the posted review, then store it, or return it with its errors. */
export function confirmImport(
	db: Db,
	form: FormData,
	actorId: number,
	options: { onlyMatching?: boolean } = {}
): ConfirmResult {
	const draft = readReviewForm(form);
	const checked = validateReview(db, draft, form, options);
	if (!checked.ok)
		return { status: 'invalid', errors: checked.errors, review: completeReview(db, draft) };
	const { report, created } = storeImport(db, checked.input, actorId);
	return created ? { status: 'stored', report } : { status: 'duplicate', report };
}
