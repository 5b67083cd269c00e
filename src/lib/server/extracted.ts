import type { ExtractedOutcome, ExtractedTarget } from '../extract/types';
import { recordAudit } from './audit';
import { insertOutcome } from './record';
import type { Tx } from './db';
import { commitments, type Report } from './db/schema';

export interface ExtractedItems {
	targets: ExtractedTarget[];
	outcomes: ExtractedOutcome[];
}

/** Stores extracted targets as commitments and results as outcomes, citing the report; counts what it stored. */
export function storeExtractedItems(
	tx: Tx,
	report: Report,
	items: ExtractedItems,
	actorId: number | null
): { commitments: number; outcomes: number } {
	for (const { span, quote, ...target } of items.targets) {
		const row = tx
			.insert(commitments)
			.values({
				...target,
				regionCode: report.regionCode,
				sourceReportId: report.id,
				sourceQuote: quote,
				quoteStart: span.start,
				quoteEnd: span.end,
				createdBy: actorId
			})
			.returning()
			.get();
		recordAudit(tx, auditOf('commitments', row.id, report.regionCode, row, actorId));
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
			quoteEnd: span.end
		};
		if (insertOutcome(tx, key, name, draft, actorId).created) stored++;
	}
	return { commitments: items.targets.length, outcomes: stored };
}

function auditOf(
	tableName: string,
	rowId: number,
	regionCode: string,
	after: unknown,
	userId: number | null
) {
	return { userId, action: 'create', tableName, rowId, regionCode, after };
}
