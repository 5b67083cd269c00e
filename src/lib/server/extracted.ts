import type { ExtractedOutcome, ExtractedTarget } from '../extract/types';
import { refreshRegionYears } from './assessments';
import { recountUnreviewed } from './review';
import { insertOutcome } from './record';
import type { Tx } from './db';
import { auditLog, commitments, type Report } from './db/schema';

export interface ExtractedItems {
	targets: ExtractedTarget[];
	outcomes: ExtractedOutcome[];
}

/**
 * How far the items were checked: `machine` for the extractor's reading as it stands,
 * `reviewed` for items a person accepted (the editor who saved them, or the project's reviewed
 * seed readings, by nobody in particular).
 */
export type ItemsReview = 'machine' | 'reviewed';

/**
 * Stores extracted targets as commitments and results as outcomes, citing the report, and
 * brings the kept assessments of their region-years up to date; counts what it stored.
 */
export function storeExtractedItems(
	tx: Tx,
	report: Report,
	items: ExtractedItems,
	actorId: number | null,
	review: ItemsReview = 'reviewed'
): { commitments: number; outcomes: number } {
	const checked = {
		reviewState: review,
		reviewedBy: review === 'reviewed' ? actorId : null,
		reviewedAt: review === 'reviewed' && actorId !== null ? new Date() : null
	};
	const rows = items.targets.map(({ span, quote, ...target }) => ({
		...target,
		...checked,
		regionCode: report.regionCode,
		sourceReportId: report.id,
		sourceQuote: quote,
		quoteStart: span.start,
		quoteEnd: span.end,
		createdBy: actorId
	}));
	// in batches: one statement for many rows (SQLite takes up to 32766 parameters)
	for (let i = 0; i < rows.length; i += 500) {
		const stored = tx
			.insert(commitments)
			.values(rows.slice(i, i + 500))
			.returning()
			.all();
		tx.insert(auditLog)
			.values(stored.map((row) => auditOf('commitments', row.id, report.regionCode, row, actorId)))
			.run();
	}
	// Outcomes go the way an editor's do: the figure they replace in force is superseded, and
	// one identical to a stored figure is not stored again.
	let stored = 0;
	for (const { span, quote, year, indicator, metric, scope, name, ...figure } of items.outcomes) {
		if (figure.value === null) continue;
		const key = { regionCode: report.regionCode, year, indicator, metric, scope };
		const draft = {
			value: figure.value,
			unit: figure.unit ?? '',
			estimated: figure.estimated,
			bound: figure.bound,
			sourceReportId: report.id,
			sourceUrl: null,
			sourceQuote: quote,
			sourceDate: report.date,
			note: null,
			quoteStart: span.start,
			quoteEnd: span.end,
			guesses: figure.guesses ?? null,
			...checked
		};
		if (insertOutcome(tx, key, name, draft, actorId, 'auto', false).created) stored++;
	}
	if (review === 'machine') recountUnreviewed(tx, report.id);
	refreshRegionYears(
		tx,
		[...items.targets, ...items.outcomes].map((i) => ({
			regionCode: report.regionCode,
			year: i.year
		}))
	);
	return { commitments: items.targets.length, outcomes: stored };
}

function auditOf(
	tableName: string,
	rowId: number,
	regionCode: string,
	after: unknown,
	userId: number | null
) {
	return { userId, action: 'create', tableName, rowId: String(rowId), regionCode, after };
}
