import type { Db } from '../db';
import type { Report } from '../db/schema';
import { storeExtractedItems } from '../extracted';
import { byField } from '../fields/issues';
import { checkChosenItems, itemsOf } from './confirm';
import type { ReviewDraft, ReviewErrors, ReviewModel } from './model';
import { acceptShownMatches, readReviewForm } from './posted';
import { remainingDraft, storedItemIds } from './remaining';
import { completeReview } from './review';

/** The review of a stored report's items not stored yet: the same form as an import. */
export function reviewOfRemaining(db: Db, report: Report): ReviewModel {
	return completeReview(db, remainingDraft(db, report));
}

/** How many items of the report's reading are not stored yet. */
export const remainingCount = (db: Db, report: Report) => remainingDraft(db, report).items.length;

/** What the import page says of a text already stored: which report, and what is left of it. */
export function storedAlready(db: Db, report: Report) {
	return { id: report.id, title: report.title, remaining: remainingCount(db, report) };
}

export type AdditionResult =
	| { status: 'stored'; added: number }
	| { status: 'invalid'; errors: ReviewErrors; review: ReviewModel };

/**
 * Stores more of a stored report's items, citing it, checked as on import. The report's own
 * text, region and fields are the stored ones, whatever was posted; an item someone else
 * stored meanwhile is not stored twice.
 */
export function confirmAddition(
	db: Db,
	report: Report,
	form: FormData,
	actorId: number,
	options: { acceptMatching?: boolean } = {}
): AdditionResult {
	const posted = readReviewForm(form);
	const draft: ReviewDraft = {
		...remainingDraft(db, report),
		items: posted.items
	};
	if (options.acceptMatching) acceptShownMatches(draft, form);
	const { chosen, issues } = checkChosenItems(db, draft, report.regionCode, options);
	if (issues.length)
		return { status: 'invalid', errors: byField(issues), review: completeReview(db, draft) };
	return db.transaction((tx) => {
		const stored = storedItemIds(
			tx,
			report.id,
			chosen.map((c) => c.item)
		);
		const items = itemsOf(chosen.filter((c) => !stored.has(c.item.id)));
		const counts = storeExtractedItems(tx, report, items, actorId);
		return { status: 'stored' as const, added: counts.commitments + counts.outcomes };
	});
}
