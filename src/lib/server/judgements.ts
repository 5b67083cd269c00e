import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import * as v from 'valibot';
import type { Assessment, JudgementInput } from '../assess';
import { refreshRegionYears } from './assessments';
import { recordAudit } from './audit';
import type { Db, DbOrTx } from './db';
import {
	commitments,
	JUDGEMENT_STATUSES,
	judgements,
	users,
	type Commitment,
	type Judgement
} from './db/schema';
import { byField, check, issue, type FieldErrors } from './fields/issues';
import { choice, LIMITS } from './fields/text';

export type JudgementEntry = Judgement & { judgedByName: string };

const entryColumns = { judgement: judgements, judgedByName: users.username };

/** Every verdict on the commitment, newest first. */
export function judgementHistory(db: DbOrTx, commitmentId: number): JudgementEntry[] {
	return db
		.select(entryColumns)
		.from(judgements)
		.innerJoin(users, eq(users.id, judgements.judgedBy))
		.where(eq(judgements.commitmentId, commitmentId))
		.orderBy(desc(judgements.judgedAt), desc(judgements.id))
		.all()
		.map((r) => ({ ...r.judgement, judgedByName: r.judgedByName }));
}

/** The verdict in force for each of the commitments, in the assessment's shape. */
export function currentJudgements(
	db: DbOrTx,
	commitmentIds: number[]
): Map<number, JudgementInput> {
	if (!commitmentIds.length) return new Map();
	const rows = db
		.select(entryColumns)
		.from(judgements)
		.innerJoin(users, eq(users.id, judgements.judgedBy))
		.where(and(inArray(judgements.commitmentId, commitmentIds), isNull(judgements.supersededBy)))
		.all();
	return new Map(
		rows.map(({ judgement: j, judgedByName }) => [
			j.commitmentId,
			{ status: j.status, reason: j.reason, author: judgedByName, at: j.judgedAt }
		])
	);
}

export type JudgementResult =
	{ ok: true; judgement: Judgement } | { ok: false; conflict: { version: number } };

/**
 * A person judges only what the figures cannot: a qualitative commitment, or one the rules
 * leave unassessable (a bound that neither confirms nor refutes it); and a judgement they made.
 */
export const isJudgeable = (a: Pick<Assessment, 'judgement' | 'status'>) =>
	a.judgement !== null || a.status === 'unassessable';

export const MIN_REASON_LENGTH = 4;

/** Met or missed, and why: a reason a reader can check. */
const verdictSchema = v.object({
	status: choice(JUDGEMENT_STATUSES),
	reason: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('required'),
		v.minLength(MIN_REASON_LENGTH, 'too_short'),
		v.maxLength(LIMITS.reason, 'too_long')
	)
});

export type JudgeResult =
	| { ok: true; judgement: Judgement }
	| { ok: false; errors: FieldErrors; conflict?: { version: number } };

/**
 * The judge action's rule: the commitment must be judgeable (as assessed when the editor
 * looked: a changed figure bumps its version, and the save is refused), the verdict checked.
 */
export function judgeCommitment(
	db: Db,
	commitment: Commitment,
	assessment: Pick<Assessment, 'judgement' | 'status'>,
	posted: { status: string; reason: string },
	actorId: number,
	expectedVersion: number
): JudgeResult {
	const checked = check(verdictSchema, posted);
	const issues = checked.ok ? [] : checked.issues;
	if (!isJudgeable(assessment)) issues.unshift(issue('status', 'not_judgeable'));
	if (!checked.ok || issues.length) return { ok: false, errors: byField(issues) };
	const saved = recordJudgement(db, commitment, checked.value, actorId, expectedVersion);
	if (saved.ok) return saved;
	return {
		ok: false,
		errors: { status: issue('status', 'changed_meanwhile') },
		conflict: saved.conflict
	};
}

/** Records a verdict, superseding the previous one; fails if the commitment changed meanwhile. */
export function recordJudgement(
	db: Db,
	commitment: Commitment,
	verdict: { status: 'met' | 'missed'; reason: string },
	actorId: number,
	expectedVersion: number
): JudgementResult {
	return db.transaction((tx) => {
		const version = tx
			.select({ v: commitments.version })
			.from(commitments)
			.where(eq(commitments.id, commitment.id))
			.get()?.v;
		if (version !== expectedVersion)
			return { ok: false as const, conflict: { version: version ?? -1 } };
		const previous = tx
			.select()
			.from(judgements)
			.where(and(eq(judgements.commitmentId, commitment.id), isNull(judgements.supersededBy)))
			.get();
		const judgement = tx
			.insert(judgements)
			.values({ commitmentId: commitment.id, ...verdict, judgedBy: actorId })
			.returning()
			.get();
		if (previous)
			tx.update(judgements)
				.set({ supersededBy: judgement.id })
				.where(eq(judgements.id, previous.id))
				.run();
		tx.update(commitments)
			.set({ version: sql`${commitments.version} + 1` })
			.where(eq(commitments.id, commitment.id))
			.run();
		refreshRegionYears(tx, [commitment]);
		recordAudit(tx, {
			userId: actorId,
			action: 'judge',
			tableName: 'judgements',
			rowId: judgement.id,
			regionCode: commitment.regionCode,
			before: previous ?? null,
			after: judgement
		});
		return { ok: true as const, judgement };
	});
}
