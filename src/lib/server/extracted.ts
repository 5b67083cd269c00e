import type { ExtractedOutcome, ExtractedTarget } from '../extract/types';
import { recordAudit } from './audit';
import { touchCommitments } from './record';
import type { DbOrTx, Tx } from './db';
import { commitments, outcomes, type Report } from './db/schema';

export interface ExtractedItems {
	targets: ExtractedTarget[];
	outcomes: ExtractedOutcome[];
}

/** Stores extracted targets as commitments and results as outcomes, citing the report. */
export function storeExtractedItems(
	tx: Tx,
	report: Report,
	items: ExtractedItems,
	actorId: number | null
): { commitments: number; outcomes: number } {
	for (const { span, ...target } of items.targets) {
		const row = tx
			.insert(commitments)
			.values({
				...target,
				regionCode: report.regionCode,
				reportId: report.id,
				quoteStart: span.start,
				quoteEnd: span.end,
				createdBy: actorId
			})
			.returning()
			.get();
		recordAudit(tx, auditOf('commitments', row.id, report.regionCode, row, actorId));
	}
	for (const { span, quote, ...outcome } of items.outcomes) {
		const row = tx
			.insert(outcomes)
			.values({
				...outcome,
				regionCode: report.regionCode,
				sourceReportId: report.id,
				sourceQuote: quote,
				quoteStart: span.start,
				quoteEnd: span.end,
				sourceDate: report.date,
				recordedBy: actorId
			})
			.returning()
			.get();
		recordAudit(tx, auditOf('outcomes', row.id, report.regionCode, row, actorId));
		touchCommitments(tx, row);
	}
	return { commitments: items.targets.length, outcomes: items.outcomes.length };
}

function auditOf(tableName: string, rowId: number, regionCode: string, after: unknown, userId: number | null) {
	return { userId, action: 'create', tableName, rowId, regionCode, after };
}
