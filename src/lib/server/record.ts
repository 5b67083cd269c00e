import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { selectOutcome } from '../assess';
import { scopeKey } from '../assess/select';
import type { Metric } from '../assess/types';
import { refreshRegionYears } from './assessments';
import { recordAudit } from './audit';
import type { Db, DbOrTx } from './db';
import { commitments, outcomes, reports, users, type Commitment, type Outcome } from './db/schema';
import { draftOf, type OutcomeDraft } from './outcome-input';

/** What an outcome is of: outcomes of the same key compete to be the figure in force. */
export interface OutcomeKey {
	regionCode: string;
	year: number;
	indicator: string;
	metric: Metric;
	scope: string | null;
}

/** The key of the outcomes a commitment is judged on; null for a qualitative one. */
export function outcomeKeyOf(c: Commitment): OutcomeKey | null {
	if (c.metric === 'qualitative') return null;
	const metric = c.metric === 'relative' ? 'growth' : c.metric;
	return { regionCode: c.regionCode, year: c.year, indicator: c.indicator, metric, scope: c.scope };
}

export interface HistoryEntry extends Outcome {
	recordedByName: string | null;
	reportTitle: string | null;
	inForce: boolean;
	/** why this row is, or is not, the figure in force */
	standing: string;
}

/** The rows of the key in SQL; the scope (written two ways: 500万以上/500万元以上) is compared after. */
const keyWhere = (key: OutcomeKey) =>
	and(
		eq(outcomes.regionCode, key.regionCode),
		eq(outcomes.year, key.year),
		eq(outcomes.indicator, key.indicator),
		eq(outcomes.metric, key.metric)
	);

function rowsOfKey(db: DbOrTx, key: OutcomeKey) {
	return db
		.select({ outcome: outcomes, recordedByName: users.username, reportTitle: reports.title })
		.from(outcomes)
		.leftJoin(users, eq(users.id, outcomes.recordedBy))
		.leftJoin(reports, eq(reports.id, outcomes.sourceReportId))
		.where(keyWhere(key))
		.orderBy(desc(outcomes.recordedAt), desc(outcomes.id))
		.all()
		.filter((r) => scopeKey(r.outcome.scope) === scopeKey(key.scope));
}

/** Which outcome counts: the assessment's own rule (final beats estimated, newer beats older). */
function inForceOf(key: OutcomeKey, rows: Outcome[]): Outcome | null {
	return selectOutcome({ indicator: key.indicator, metric: key.metric, scope: key.scope }, rows);
}

function standingOf(row: Outcome, current: Outcome | null, rows: Outcome[]): string {
	if (row.supersededBy !== null) return `已被 #${row.supersededBy} 取代`;
	if (current?.id === row.id)
		return row.estimated ? '生效：尚无最终数，使用最新的预计数' : '生效：最新的最终数';
	if (row.estimated && rows.some((r) => !r.estimated && r.supersededBy === null))
		return '未生效：最终数优先于预计数';
	return '未生效：有更新的记录';
}

/** Every outcome ever recorded for the key, newest first, each with its standing. */
export function outcomeHistory(db: DbOrTx, key: OutcomeKey): HistoryEntry[] {
	const rows = rowsOfKey(db, key);
	const plain = rows.map((r) => r.outcome);
	const current = inForceOf(key, plain);
	return rows.map(({ outcome, recordedByName, reportTitle }) => ({
		...outcome,
		recordedByName,
		reportTitle,
		inForce: current?.id === outcome.id,
		standing: standingOf(outcome, current, plain)
	}));
}

export type SaveResult =
	| { ok: true; outcome: Outcome; created: boolean }
	| { ok: false; conflict: { version: number; current: HistoryEntry | null } };

/** Bumps the version of every commitment judged on this key, so open forms notice the change. */
export function touchCommitments(tx: DbOrTx, key: Omit<OutcomeKey, 'metric' | 'scope'>): void {
	tx.update(commitments)
		.set({ version: sql`${commitments.version} + 1` })
		.where(
			and(
				eq(commitments.regionCode, key.regionCode),
				eq(commitments.year, key.year),
				eq(commitments.indicator, key.indicator)
			)
		)
		.run();
}

function storedVersion(tx: DbOrTx, commitmentId: number): number {
	return (
		tx
			.select({ v: commitments.version })
			.from(commitments)
			.where(eq(commitments.id, commitmentId))
			.get()?.v ?? -1
	);
}

/**
 * Adds an outcome for the commitment's key. If the new row becomes the figure in force, the
 * row that was in force is marked superseded by it (nothing is ever overwritten). Fails with
 * a conflict when the commitment changed since the editor loaded it.
 */
export function recordOutcome(
	db: Db,
	commitment: Commitment,
	draft: OutcomeDraft,
	actorId: number,
	expectedVersion: number,
	options: { supersede?: 'auto' | 'current' } = {}
): SaveResult {
	const key = outcomeKeyOf(commitment);
	if (!key) throw new Error('a qualitative commitment has no outcomes');
	return db.transaction((tx) => {
		const version = storedVersion(tx, commitment.id);
		if (version !== expectedVersion) {
			const current = outcomeHistory(tx, key).find((h) => h.inForce) ?? null;
			return { ok: false as const, conflict: { version, current } };
		}
		return {
			ok: true as const,
			...insertOutcome(tx, key, commitment.name, draft, actorId, options.supersede)
		};
	});
}

/** The rows of the key that may be in force (superseded ones never are), without the history's joins. */
function candidatesOfKey(tx: DbOrTx, key: OutcomeKey): Outcome[] {
	return tx
		.select()
		.from(outcomes)
		.where(and(keyWhere(key), isNull(outcomes.supersededBy)))
		.all()
		.filter((o) => scopeKey(o.scope) === scopeKey(key.scope));
}

type Figure = Pick<
	Outcome,
	'value' | 'unit' | 'estimated' | 'bound' | 'sourceReportId' | 'sourceUrl'
>;

/**
 * The same figure of the same key from the same source (report or address): recording it
 * again would add a row that only "supersedes" its twin. Quote, date and note do not count.
 */
export function isSameFigure(a: Figure, b: Figure): boolean {
	return (
		a.value === b.value &&
		(a.unit ?? '') === (b.unit ?? '') &&
		a.estimated === b.estimated &&
		(a.bound ?? null) === (b.bound ?? null) &&
		(a.sourceReportId ?? null) === (b.sourceReportId ?? null) &&
		(a.sourceUrl ?? null) === (b.sourceUrl ?? null)
	);
}

/**
 * Adds an outcome for the key without a version check (the bulk import checks a whole file
 * first): the supersession, audit and version bumps of recordOutcome. Call inside a
 * transaction. Every write of an outcome comes here, so a figure identical to one that may be
 * in force is never stored twice (`created` false, the stored twin returned); a revert
 * (`supersede: 'current'`) always writes, to put an earlier figure back in force.
 */
export function insertOutcome(
	tx: DbOrTx,
	key: OutcomeKey,
	name: string,
	draft: OutcomeDraft & {
		quoteStart?: number | null;
		quoteEnd?: number | null;
	} & Partial<Pick<Outcome, 'reviewState' | 'reviewedBy' | 'reviewedAt' | 'guesses'>>,
	actorId: number | null,
	supersede: 'auto' | 'current' = 'auto',
	/** false when the caller refreshes the kept assessments once after many outcomes */
	refresh = true
): { outcome: Outcome; created: boolean } {
	const candidates = candidatesOfKey(tx, key);
	const twin = supersede === 'auto' && candidates.find((o) => isSameFigure(o, draft));
	if (twin) return { outcome: twin, created: false };
	const before = inForceOf(key, candidates);
	const outcome = tx
		.insert(outcomes)
		.values({
			...key,
			name,
			// a figure an editor enters is checked by that editor as they enter it
			reviewState: 'reviewed',
			reviewedBy: actorId,
			reviewedAt: actorId === null ? null : new Date(),
			...draft,
			recordedBy: actorId
		})
		.returning()
		.get();
	recordAudit(tx, {
		userId: actorId,
		action: 'create',
		tableName: 'outcomes',
		rowId: outcome.id,
		regionCode: key.regionCode,
		after: outcome
	});
	const after = inForceOf(key, [...candidates, outcome]);
	const replaces = supersede === 'current' || after?.id === outcome.id ? before : null;
	if (replaces && replaces.id !== outcome.id) {
		tx.update(outcomes).set({ supersededBy: outcome.id }).where(eq(outcomes.id, replaces.id)).run();
		recordAudit(tx, {
			userId: actorId,
			action: 'supersede',
			tableName: 'outcomes',
			rowId: replaces.id,
			regionCode: key.regionCode,
			before: { supersededBy: null },
			after: { supersededBy: outcome.id }
		});
	}
	touchCommitments(tx, key);
	if (refresh) refreshRegionYears(tx, [key]);
	return { outcome, created: true };
}

/** Makes an earlier figure the one in force again, as a new row that copies it. */
export function revertToOutcome(
	db: Db,
	commitment: Commitment,
	outcomeId: number,
	actorId: number,
	expectedVersion: number
): SaveResult | { ok: false; error: string } {
	const key = outcomeKeyOf(commitment);
	const earlier = key ? outcomeHistory(db, key).find((h) => h.id === outcomeId) : undefined;
	if (!earlier) return { ok: false, error: '这条记录不属于这个目标' };
	if (earlier.inForce) return { ok: false, error: '这条记录已经生效' };
	if (earlier.value === null) return { ok: false, error: '这条记录没有数值，不能恢复' };
	const draft: OutcomeDraft = { ...draftOf(earlier), note: `恢复为 #${earlier.id} 的数值` };
	return recordOutcome(db, commitment, draft, actorId, expectedVersion, { supersede: 'current' });
}

export function getCommitment(db: DbOrTx, id: number): Commitment | undefined {
	return db.select().from(commitments).where(eq(commitments.id, id)).get();
}
