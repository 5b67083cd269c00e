import type { ExtractedOutcome, ExtractedTarget } from '../../extract/types';
import type { Db } from '../db';
import type { Report } from '../db/schema';
import { storeExtractedItems, type ExtractedItems } from '../extracted';
import { storeReport, type ReportInput } from '../reports';
import { MAX_TEXT_CHARS } from './decode';
import { byField, check, issue, type FieldIssue } from '../fields/issues';
import { regionCode } from '../fields/report';
import { checkItem } from './fields';
import { matchCommitments } from './matches';
import { checkMeta } from './meta';
import type { ItemDraft, ReviewDraft, ReviewErrors, ReviewModel } from './model';
import { acceptShownMatches, readReviewForm } from './posted';
import { regionOptionOf } from './region-match';
import { completeReview, itemContext } from './review';

export interface ImportInput {
	report: ReportInput;
	items: ExtractedItems;
}

export type ChosenItem = { item: ItemDraft; value: ExtractedTarget | ExtractedOutcome };

/**
 * The accepted items, checked; with `acceptMatching`, also every outcome that matches an
 * existing commitment of the region (the one-click way to fill in last year's scorecard).
 * Nothing else the editor accepted is dropped.
 */
export function checkChosenItems(
	db: Db,
	draft: ReviewDraft,
	regionCode: string | null,
	options: { acceptMatching?: boolean } = {}
): { chosen: ChosenItem[]; issues: FieldIssue[] } {
	const ctx = itemContext(db, draft.text);
	const checked = draft.items.map((item) => ({ item, result: checkItem(item, ctx) }));
	const matching = new Set<string>();
	if (options.acceptMatching && regionCode) {
		const proposed = new Map<string, ExtractedOutcome>();
		for (const { item, result } of checked)
			if (item.kind === 'outcome' && result.ok)
				proposed.set(item.id, result.value as ExtractedOutcome);
		for (const id of matchCommitments(db, regionCode, proposed).keys()) matching.add(id);
	}
	const chosen: ChosenItem[] = [];
	const issues: FieldIssue[] = [];
	for (const { item, result } of checked) {
		if (!item.accept && !matching.has(item.id)) continue;
		if (result.ok) chosen.push({ item, value: result.value });
		else issues.push(...result.issues);
	}
	return { chosen, issues };
}

/** The chosen items as the store takes them: targets become commitments, the rest outcomes. */
export function itemsOf(chosen: ChosenItem[]): ExtractedItems {
	const items: ExtractedItems = { targets: [], outcomes: [] };
	for (const { value } of chosen)
		if ('comparator' in value) items.targets.push(value);
		else items.outcomes.push(value);
	return items;
}

/** Re-validates everything the browser posted, the report's own fields and region included. */
export function validateReview(
	db: Db,
	draft: ReviewDraft,
	options: { acceptMatching?: boolean } = {}
): { ok: true; input: ImportInput } | { ok: false; errors: ReviewErrors } {
	const issues: FieldIssue[] = [];
	if (!draft.text.trim()) issues.push(issue('text', 'required'));
	else if (draft.text.length > MAX_TEXT_CHARS) issues.push(issue('text', 'too_long'));
	const meta = checkMeta(draft.meta);
	if (!meta.ok) issues.push(...meta.issues);
	const region = regionOptionOf(db, draft.regionCode);
	const code = check(
		regionCode((c) => !!regionOptionOf(db, c)),
		draft.regionCode
	);
	if (!code.ok) issues.push(...code.issues.map((i) => ({ ...i, field: 'regionCode' })));
	const { chosen, issues: itemIssues } = checkChosenItems(db, draft, region?.code ?? null, options);
	issues.push(...itemIssues);
	if (issues.length || !meta.ok || !region) return { ok: false, errors: byField(issues) };
	const report: ReportInput = { ...meta.value, regionCode: region.code, text: draft.text };
	return { ok: true, input: { report, items: itemsOf(chosen) } };
}

/**
 * Stores the report and the accepted items in one transaction, each row audited; nothing when
 * the report is already stored (that report is returned instead, with how much of it repeats).
 */
export function storeImport(
	db: Db,
	input: ImportInput,
	actorId: number
): ReturnType<typeof storeReport> {
	return db.transaction((tx) => {
		const stored = storeReport(tx, input.report, actorId);
		if (!stored.created) return stored;
		storeExtractedItems(tx, stored.report, input.items, actorId);
		return stored;
	});
}

export type ConfirmResult =
	| { status: 'stored'; report: Report }
	| { status: 'duplicate'; report: Report; share: number }
	| { status: 'invalid'; errors: ReviewErrors; review: ReviewModel };

/** The confirm step: validate the posted review, then store it, or return it with its errors. */
export function confirmImport(
	db: Db,
	form: FormData,
	actorId: number,
	options: { acceptMatching?: boolean } = {}
): ConfirmResult {
	const draft = readReviewForm(form);
	if (options.acceptMatching) acceptShownMatches(draft, form);
	const checked = validateReview(db, draft, options);
	if (!checked.ok)
		return { status: 'invalid', errors: checked.errors, review: completeReview(db, draft) };
	const { report, created, share } = storeImport(db, checked.input, actorId);
	return created ? { status: 'stored', report } : { status: 'duplicate', report, share };
}
