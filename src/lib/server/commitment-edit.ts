import { yearInChina } from './dates';
import { and, eq, sql } from 'drizzle-orm';
import { refreshRegionYears } from './assessments';
import { recordAudit } from './audit';
import type { Db } from './db';
import { commitments, judgements, type Commitment } from './db/schema';
import { COMMITMENT_FIELDS, commitmentSchema } from './fields/commitment';
import { byField, check, type FieldErrors } from './fields/issues';
import { listIndicators } from './indicators';

/** The fields an editor may correct; the quote and its place in the report stay as extracted. */
export const EDITABLE_FIELDS = COMMITMENT_FIELDS;

export type EditResult =
	| { ok: true; commitment: Commitment }
	| { ok: false; errors: FieldErrors }
	| { ok: false; conflict: true };

/** The form's strings for a commitment, as the edit form shows them. */
export function editValuesOf(c: Commitment): Record<(typeof EDITABLE_FIELDS)[number], string> {
	const text = (v: string | number | null) => (v === null ? '' : String(v));
	return {
		indicator: c.indicator,
		name: c.name,
		scope: text(c.scope),
		metric: c.metric,
		comparator: c.comparator,
		value: text(c.value),
		stretch: text(c.stretch),
		unit: c.metric === 'change_pp' ? '个百分点' : text(c.unit),
		relativeTo: text(c.relativeTo),
		binding: text(c.binding),
		headline: c.headline ? 'true' : 'false',
		year: String(c.year)
	};
}

/**
 * Corrects a commitment with the rules every commitment is checked by; fails with a conflict
 * when someone changed it since the editor loaded it. Audited with the row before and after.
 */
export function editCommitment(
	db: Db,
	commitment: Commitment,
	posted: Partial<Record<string, string>>,
	actorId: number,
	expectedVersion: number
): EditResult {
	const values = Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, posted[f] ?? '']));
	const schema = commitmentSchema({
		indicators: new Set(listIndicators(db).map((i) => i.code)),
		thisYear: yearInChina()
	});
	const checked = check(schema, values);
	if (!checked.ok) return { ok: false, errors: byField(checked.issues) };
	const fields = checked.value;
	return db.transaction((tx) => {
		const updated = tx
			.update(commitments)
			.set({
				...fields,
				// a person's correction of what was read: who and when
				reviewState: 'corrected',
				reviewedBy: actorId,
				reviewedAt: new Date(),
				version: sql`${commitments.version} + 1`
			})
			.where(and(eq(commitments.id, commitment.id), eq(commitments.version, expectedVersion)))
			.returning()
			.get();
		if (!updated) return { ok: false as const, conflict: true as const };
		refreshRegionYears(tx, [commitment, updated]);
		recordAudit(tx, {
			userId: actorId,
			action: 'update',
			tableName: 'commitments',
			rowId: commitment.id,
			regionCode: commitment.regionCode,
			before: commitment,
			after: updated
		});
		return { ok: true as const, commitment: updated };
	});
}

/** Removes a commitment that is not one (an extraction mistake), with its judgements; audited. */
export function deleteCommitment(
	db: Db,
	commitment: Commitment,
	actorId: number,
	expectedVersion: number
): boolean {
	return db.transaction((tx) => {
		const current = tx.select().from(commitments).where(eq(commitments.id, commitment.id)).get();
		if (!current || current.version !== expectedVersion) return false;
		const verdicts = tx
			.select()
			.from(judgements)
			.where(eq(judgements.commitmentId, commitment.id))
			.all();
		// Oldest first: an older verdict points at the newer one that superseded it.
		for (const j of verdicts.sort((a, b) => a.id - b.id)) {
			tx.delete(judgements).where(eq(judgements.id, j.id)).run();
			recordAudit(tx, {
				userId: actorId,
				action: 'delete',
				tableName: 'judgements',
				rowId: j.id,
				regionCode: current.regionCode,
				before: j
			});
		}
		tx.delete(commitments).where(eq(commitments.id, commitment.id)).run();
		refreshRegionYears(tx, [current]);
		recordAudit(tx, {
			userId: actorId,
			action: 'delete',
			tableName: 'commitments',
			rowId: commitment.id,
			regionCode: current.regionCode,
			before: current
		});
		return true;
	});
}
