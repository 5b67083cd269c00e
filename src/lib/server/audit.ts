import type { DbOrTx } from './db';
import { auditLog } from './db/schema';

export interface AuditEntryInput {
	userId: number | null;
	action: string;
	tableName: string;
	rowId: string | number;
	regionCode?: string | null;
	before?: unknown;
	after?: unknown;
}

/** Records one change; call inside the transaction that makes it. */
export function recordAudit(db: DbOrTx, entry: AuditEntryInput): void {
	db.insert(auditLog)
		.values({
			userId: entry.userId,
			action: entry.action,
			tableName: entry.tableName,
			rowId: String(entry.rowId),
			regionCode: entry.regionCode ?? null,
			before: entry.before ?? null,
			after: entry.after ?? null
		})
		.run();
}
