/**
 * A person's check of an item the extractor read: accepted as read, corrected (with the same
 * rules as an edit) or rejected (it counts nowhere after). Each sets who checked it and when,
 * is audited, brings the kept assessments up to date and recounts the report's unchecked items,
 * in one transaction.
 */
import { eq, sql } from 'drizzle-orm';
import type { ExtractedOutcome } from '../../extract/types';
import { refreshRegionYears, type RegionYear } from '../assessments';
import { recordAudit } from '../audit';
import { editCommitment } from '../commitment-edit';
import type { Db, Tx } from '../db';
import {
	commitments,
	outcomes,
	reports,
	type Commitment,
	type Outcome,
	type Report
} from '../db/schema';
import { byField, issue, type FieldErrors } from '../fields/issues';
import { draftOf } from '../fields/outcome';
import { checkItem } from '../import/fields';
import { ITEM_FIELDS, type ItemValues } from '../import/model';
import { itemContext } from '../import/review';
import { insertOutcome, isSameFigure } from '../record';
import { settleReport } from '../review';
import { keyOf, outcomeValues, type ItemRef } from './items';

export type ItemVerdict = 'reviewed' | 'rejected';

export type ReviewResult =
	{ ok: true; left: number } | { ok: false; gone: true } | { ok: false; errors: FieldErrors };

const GONE = { ok: false as const, gone: true as const };

/** The row, if it is of the report and still as the extractor read it. */
function machineRow(tx: Tx, report: Report, ref: ItemRef): Commitment | Outcome | undefined {
	const table = ref.table === 'commitments' ? commitments : outcomes;
	const row = tx.select().from(table).where(eq(table.id, ref.id)).get();
	return row && row.sourceReportId === report.id && row.reviewState === 'machine' ? row : undefined;
}

const unreviewedOf = (db: Db, reportId: number) =>
	db.select({ n: reports.unreviewed }).from(reports).where(eq(reports.id, reportId)).get()?.n ?? 0;

const checkedBy = (actorId: number) => ({ reviewedBy: actorId, reviewedAt: new Date() });

/** Sets the verdict on one row; returns the region-year to refresh, none when it is not machine. */
function judgeRow(
	tx: Tx,
	report: Report,
	ref: ItemRef,
	verdict: ItemVerdict,
	actorId: number
): RegionYear | null {
	const before = machineRow(tx, report, ref);
	if (!before) return null;
	const set = { reviewState: verdict, ...checkedBy(actorId) };
	const after =
		ref.table === 'commitments'
			? tx
					.update(commitments)
					// bumped so that an open edit form notices
					.set({ ...set, version: sql`${commitments.version} + 1` })
					.where(eq(commitments.id, ref.id))
					.returning()
					.get()
			: tx.update(outcomes).set(set).where(eq(outcomes.id, ref.id)).returning().get();
	recordAudit(tx, {
		userId: actorId,
		action: verdict === 'reviewed' ? 'review' : 'reject',
		tableName: ref.table,
		rowId: ref.id,
		regionCode: before.regionCode,
		before,
		after
	});
	if (verdict === 'rejected' && ref.table === 'outcomes')
		restoreSuperseded(tx, before as Outcome, actorId);
	return before;
}

/**
 * A rejected figure must not keep out the ones it had superseded: each comes back in force as
 * a copy (outcomes are append-only), audited as any recorded figure.
 */
function restoreSuperseded(tx: Tx, rejected: Outcome, actorId: number): void {
	const replaced = tx
		.select()
		.from(outcomes)
		.where(eq(outcomes.supersededBy, rejected.id))
		.all()
		.filter((o) => o.reviewState !== 'rejected');
	for (const o of replaced) {
		const key = {
			regionCode: o.regionCode,
			year: o.year,
			indicator: o.indicator,
			metric: o.metric,
			scope: o.scope
		};
		const copy = {
			...draftOf(o),
			note: `恢复 #${o.id}：取代它的 #${rejected.id} 已被核对者驳回`,
			quoteStart: o.quoteStart,
			quoteEnd: o.quoteEnd,
			reviewState: o.reviewState,
			reviewedBy: o.reviewedBy,
			reviewedAt: o.reviewedAt,
			guesses: o.guesses
		};
		insertOutcome(tx, key, o.name, copy, actorId, 'auto', false);
	}
}

/** Accepts or rejects one item; `gone` when it is not the report's or someone checked it already. */
export function judgeItem(
	db: Db,
	report: Report,
	ref: ItemRef,
	verdict: ItemVerdict,
	actorId: number
): ReviewResult {
	return db.transaction((tx) => {
		const k = judgeRow(tx, report, ref, verdict, actorId);
		if (!k) return GONE;
		refreshRegionYears(tx, [k]);
		return { ok: true as const, left: settleReport(tx, report.id, actorId) };
	});
}

/** Accepts every item shown (not one read since the page was loaded); returns how many. */
export function acceptItems(db: Db, report: Report, refs: ItemRef[], actorId: number): number {
	return db.transaction((tx) => {
		const touched = refs
			.map((ref) => judgeRow(tx, report, ref, 'reviewed', actorId))
			.filter((k): k is RegionYear => k !== null);
		refreshRegionYears(tx, touched);
		settleReport(tx, report.id, actorId);
		return touched.length;
	});
}

/** The posted fields of one item (`c12.value`…), over its stored values. */
function postedValues(form: FormData, key: string, stored: ItemValues): ItemValues {
	const values = { ...stored };
	for (const f of ITEM_FIELDS) {
		if (f === 'quote' || f === 'start' || f === 'end') continue;
		const v = form.get(`${key}.${f}`);
		values[f] = typeof v === 'string' ? v : f === 'headline' ? 'false' : '';
	}
	return values;
}

const prefixed = (errors: FieldErrors, key: string): FieldErrors =>
	Object.fromEntries(
		Object.entries(errors).map(([f, e]) => [`${key}.${f}`, { ...e, field: `${key}.${f}` }])
	);

/**
 * Corrects one item with the rules an edit is checked by: a commitment as the commitment's edit
 * form does (audited with the row before and after); an outcome, which is never overwritten,
 * as a new figure citing the same quote that supersedes the one read.
 */
export function correctItem(
	db: Db,
	report: Report,
	ref: ItemRef,
	form: FormData,
	actorId: number
): ReviewResult {
	const key = keyOf(ref);
	const row = db.transaction((tx) => machineRow(tx, report, ref));
	if (!row) return GONE;
	if (ref.table === 'commitments') {
		const c = row as Commitment;
		const posted = Object.fromEntries(
			[...form.entries()]
				.filter(([k, v]) => k.startsWith(`${key}.`) && typeof v === 'string')
				.map(([k, v]) => [k.slice(key.length + 1), v as string])
		);
		const result = editCommitment(db, c, posted, actorId, c.version);
		if (result.ok) return { ok: true, left: unreviewedOf(db, report.id) };
		return 'errors' in result ? { ok: false, errors: prefixed(result.errors, key) } : GONE;
	}
	return correctOutcome(db, report, row as Outcome, form, actorId);
}

function correctOutcome(
	db: Db,
	report: Report,
	old: Outcome,
	form: FormData,
	actorId: number
): ReviewResult {
	const key = keyOf({ table: 'outcomes', id: old.id });
	const values = postedValues(form, key, outcomeValues(old));
	const checked = checkItem(
		{ id: key, kind: 'outcome', accept: true, values },
		itemContext(db, report.text)
	);
	if (!checked.ok) return { ok: false, errors: byField(checked.issues) };
	const v = checked.value as ExtractedOutcome;
	const draft = {
		value: v.value ?? 0,
		unit: v.unit ?? '',
		estimated: v.estimated,
		bound: v.bound,
		sourceReportId: report.id,
		sourceUrl: null,
		sourceQuote: old.sourceQuote,
		sourceDate: old.sourceDate,
		note: `更正 #${old.id} 的机器识别`,
		quoteStart: old.quoteStart,
		quoteEnd: old.quoteEnd,
		guesses: null,
		reviewState: 'corrected' as const,
		...checkedBy(actorId)
	};
	const sameKey =
		v.year === old.year &&
		v.indicator === old.indicator &&
		v.metric === old.metric &&
		(v.scope ?? '') === (old.scope ?? '');
	if (sameKey && isSameFigure(old, draft)) {
		if (v.name !== old.name)
			return { ok: false, errors: { [`${key}.name`]: issue(`${key}.name`, 'name_only') } };
		return judgeItem(db, report, { table: 'outcomes', id: old.id }, 'reviewed', actorId);
	}
	return db.transaction((tx) => {
		const current = machineRow(tx, report, { table: 'outcomes', id: old.id }) as
			Outcome | undefined;
		if (!current) return GONE;
		const k = {
			regionCode: report.regionCode,
			year: v.year,
			indicator: v.indicator,
			metric: v.metric,
			scope: v.scope
		};
		const { outcome } = insertOutcome(tx, k, v.name, draft, actorId, 'auto', false);
		const now = tx.select().from(outcomes).where(eq(outcomes.id, old.id)).get()!;
		const after = tx
			.update(outcomes)
			.set({
				reviewState: 'corrected',
				...checkedBy(actorId),
				// the figure read stops counting: the correction stands in its place
				...(now.supersededBy === null ? { supersededBy: outcome.id } : {})
			})
			.where(eq(outcomes.id, old.id))
			.returning()
			.get();
		recordAudit(tx, {
			userId: actorId,
			action: 'correct',
			tableName: 'outcomes',
			rowId: old.id,
			regionCode: old.regionCode,
			before: current,
			after: { ...after, correctedAs: outcome }
		});
		refreshRegionYears(tx, [old, k]);
		return { ok: true as const, left: settleReport(tx, report.id, actorId) };
	});
}
