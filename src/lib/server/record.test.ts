import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { deleteCommitment, editCommitment, editValuesOf } from './commitment-edit';
import { refreshRegionYears } from './assessments';
import { createTestDatabase } from './db/test-helpers';
import { auditLog, commitments, outcomes } from './db/schema';
import { currentJudgements, recordJudgement } from './judgements';
import type { OutcomeDraft } from './outcome-input';
import {
	getCommitment,
	outcomeHistory,
	outcomeKeyOf,
	recordOutcome,
	revertToOutcome
} from './record';
import { storeReport } from './reports';
import { getScorecard } from './scorecard';
import { createUser } from './users';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
let other: number;
let gdpTarget: number;
let qualitative: number;

beforeEach(async () => {
	db = createTestDatabase();
	editor = (
		await createUser(db, { username: 'editor1', password: 'password1', role: 'editor' }, null)
	).id;
	other = (
		await createUser(db, { username: 'editor2', password: 'password2', role: 'editor' }, null)
	).id;
	const { report } = storeReport(
		db,
		{
			regionCode: '510811',
			kind: 'plan_report',
			title: '计划报告',
			date: null,
			reviewYear: 2022,
			planYear: 2023,
			sourceUrl: null,
			text: '地区生产总值增长8.1%以上。单位GDP能耗完成市级下达任务。'
		},
		null
	);
	const base = {
		regionCode: '510811',
		year: 2023,
		sourceReportId: report.id,
		headline: true,
		scope: null,
		stretch: null,
		relativeTo: null,
		binding: null
	};
	gdpTarget = db
		.insert(commitments)
		.values({
			...base,
			indicator: 'gdp',
			name: '地区生产总值',
			metric: 'growth',
			comparator: '>=',
			value: 8.1,
			unit: '%',
			sourceQuote: '地区生产总值增长8.1%以上'
		})
		.returning()
		.get().id;
	qualitative = db
		.insert(commitments)
		.values({
			...base,
			indicator: 'energy_intensity',
			name: '单位GDP能耗',
			metric: 'qualitative',
			comparator: '=',
			value: null,
			unit: null,
			sourceQuote: '单位GDP能耗完成市级下达任务'
		})
		.returning()
		.get().id;
	// written here directly, not through the app's write paths: the kept assessments follow
	refreshRegionYears(db, [base]);
});
afterEach(() => db.dispose());

const draft = (value: number, over: Partial<OutcomeDraft> = {}): OutcomeDraft => ({
	value,
	unit: '%',
	estimated: false,
	bound: null,
	sourceReportId: null,
	sourceUrl: 'https://example.gov.cn/bulletin.html',
	sourceQuote: `地区生产总值增长${value}%`,
	sourceDate: '2024-03-01',
	note: null,
	...over
});

const commitment = (id: number) => getCommitment(db, id)!;
const status = () =>
	getScorecard(db, '510811', 2023)!.rows.find((r) => r.commitment.id === gdpTarget)!.assessment;

describe('recording outcomes', () => {
	it('changes the status at once and bumps the version', () => {
		expect(status().status).toBe('pending');
		const c = commitment(gdpTarget);
		const saved = recordOutcome(db, c, draft(6), editor, c.version);
		expect(saved.ok).toBe(true);
		expect(status()).toMatchObject({ status: 'missed', actual: 6 });
		expect(commitment(gdpTarget).version).toBe(c.version + 1);
	});

	it('never overwrites: a correction is a new row that supersedes the old one', () => {
		const c = commitment(gdpTarget);
		const first = recordOutcome(db, c, draft(6), editor, c.version);
		const second = recordOutcome(db, c, draft(8.5), editor, c.version + 1);
		if (!first.ok || !second.ok) throw new Error('not saved');
		const history = outcomeHistory(db, outcomeKeyOf(c)!);
		expect(history.map((h) => [h.value, h.inForce, h.supersededBy])).toEqual([
			[8.5, true, null],
			[6, false, second.outcome.id]
		]);
		expect(history[1]!.standing).toContain(`#${second.outcome.id}`);
		expect(history[0]!.recordedByName).toBe('editor1');
		expect(status().status).toBe('met');
	});

	it('keeps a final figure in force over a later estimate, and says why', () => {
		const c = commitment(gdpTarget);
		recordOutcome(db, c, draft(6), editor, c.version);
		recordOutcome(db, c, draft(9, { estimated: true }), editor, c.version + 1);
		const history = outcomeHistory(db, outcomeKeyOf(c)!);
		expect(history.map((h) => [h.value, h.inForce])).toEqual([
			[9, false],
			[6, true]
		]);
		expect(history[0]!.standing).toContain('最终数优先于预计数');
		expect(status().actual).toBe(6);
	});

	it('tells the second of two editors that the figure changed, and saves nothing for them', () => {
		const loaded = commitment(gdpTarget);
		const firstSave = recordOutcome(db, loaded, draft(6), editor, loaded.version);
		const secondSave = recordOutcome(db, loaded, draft(7), other, loaded.version);
		expect(firstSave.ok).toBe(true);
		expect(secondSave.ok).toBe(false);
		if (secondSave.ok) return;
		expect(secondSave.conflict.current).toMatchObject({ value: 6, recordedByName: 'editor1' });
		expect(secondSave.conflict.version).toBe(loaded.version + 1);
		expect(db.select().from(outcomes).all()).toHaveLength(1);
		const retry = recordOutcome(db, loaded, draft(7), other, secondSave.conflict.version);
		expect(retry.ok).toBe(true);
		expect(
			db
				.select()
				.from(outcomes)
				.all()
				.map((o) => o.value)
		).toEqual([6, 7]);
	});

	it('reverts to an earlier row by adding a copy of it', () => {
		const c = commitment(gdpTarget);
		const first = recordOutcome(db, c, draft(6), editor, c.version);
		recordOutcome(db, c, draft(8.5), editor, c.version + 1);
		if (!first.ok) throw new Error('not saved');
		const reverted = revertToOutcome(
			db,
			commitment(gdpTarget),
			first.outcome.id,
			other,
			c.version + 2
		);
		expect(reverted.ok).toBe(true);
		const history = outcomeHistory(db, outcomeKeyOf(c)!);
		expect(history).toHaveLength(3);
		expect(history[0]).toMatchObject({
			value: 6,
			inForce: true,
			note: `恢复为 #${first.outcome.id} 的数值`,
			recordedByName: 'editor2'
		});
		expect(status()).toMatchObject({ status: 'missed', actual: 6 });
		expect(
			revertToOutcome(
				db,
				commitment(gdpTarget),
				history[0]!.id,
				other,
				commitment(gdpTarget).version
			)
		).toMatchObject({ ok: false });
	});

	it('audits every outcome and supersession', () => {
		const c = commitment(gdpTarget);
		recordOutcome(db, c, draft(6), editor, c.version);
		recordOutcome(db, c, draft(7), editor, c.version + 1);
		const actions = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.tableName, 'outcomes'))
			.all()
			.map((e) => e.action);
		expect(actions).toEqual(['create', 'create', 'supersede']);
	});
});

describe('identical figures', () => {
	const rows = () => db.select().from(outcomes).all();

	it('records the same figure from the same source once: no twin, no supersession, no audit', () => {
		const c = commitment(gdpTarget);
		const first = recordOutcome(db, c, draft(6), editor, c.version);
		if (!first.ok) throw new Error('not saved');
		const audited = db.select().from(auditLog).all().length;
		const version = commitment(gdpTarget).version;
		const again = recordOutcome(
			db,
			c,
			draft(6, { sourceQuote: '全年地区生产总值比上年增长6%', note: '再次核对', sourceDate: null }),
			other,
			version
		);
		expect(again).toMatchObject({ ok: true, created: false, outcome: { id: first.outcome.id } });
		expect(rows()).toHaveLength(1);
		expect(rows()[0]!.supersededBy).toBeNull();
		expect(db.select().from(auditLog).all()).toHaveLength(audited);
		expect(commitment(gdpTarget).version).toBe(version);
	});

	it('stores the figure again when anything that makes it a figure differs', () => {
		const c = commitment(gdpTarget);
		recordOutcome(db, c, draft(6), editor, c.version);
		const variants: Partial<OutcomeDraft>[] = [
			{ value: 6.1, sourceQuote: '增长6.1%' },
			{ estimated: true },
			{ bound: '>=' },
			{ sourceUrl: 'https://example.gov.cn/other.html' }
		];
		for (const over of variants) {
			const saved = recordOutcome(db, c, draft(6, over), editor, commitment(gdpTarget).version);
			expect(saved).toMatchObject({ ok: true, created: true });
		}
		expect(rows()).toHaveLength(1 + variants.length);
	});

	it('still reverts to an earlier figure that is not in force, which copies it on purpose', () => {
		const c = commitment(gdpTarget);
		recordOutcome(db, c, draft(6), editor, c.version);
		const aside = recordOutcome(db, c, draft(9, { estimated: true }), editor, c.version + 1);
		if (!aside.ok) throw new Error('not saved');
		expect(aside.outcome.supersededBy).toBeNull();
		const reverted = revertToOutcome(
			db,
			commitment(gdpTarget),
			aside.outcome.id,
			other,
			c.version + 2
		);
		expect(reverted).toMatchObject({ ok: true, created: true });
		expect(rows()).toHaveLength(3);
		expect(status()).toMatchObject({ actual: 9, actualEstimated: true });
	});
});

describe('judgements', () => {
	it('settles a qualitative commitment with an author and keeps the history', () => {
		const c = commitment(qualitative);
		expect(
			getScorecard(db, '510811', 2023)!.rows.find((r) => r.commitment.id === qualitative)!
				.assessment.status
		).toBe('unassessable');
		expect(
			recordJudgement(db, c, { status: 'met', reason: '市级考核通报为完成' }, editor, c.version).ok
		).toBe(true);
		const row = getScorecard(db, '510811', 2023)!.rows.find(
			(r) => r.commitment.id === qualitative
		)!;
		expect(row.assessment).toMatchObject({ status: 'met', judgement: { author: 'editor1' } });
		expect(
			recordJudgement(db, c, { status: 'missed', reason: 'stale form' }, other, c.version).ok
		).toBe(false);
		expect(
			recordJudgement(db, c, { status: 'missed', reason: '更正：考核未通过' }, other, c.version + 1)
				.ok
		).toBe(true);
		expect(currentJudgements(db, [qualitative]).get(qualitative)).toMatchObject({
			status: 'missed',
			author: 'editor2'
		});
	});
});

describe('correcting commitments', () => {
	it('edits with the review rules, audits before and after, and refuses a stale version', () => {
		const c = commitment(gdpTarget);
		const bad = editCommitment(db, c, { ...editValuesOf(c), value: 'eight' }, editor, c.version);
		expect(bad).toMatchObject({ ok: false, errors: { value: { code: 'not_a_number' } } });
		const good = editCommitment(
			db,
			c,
			{ ...editValuesOf(c), value: '8', comparator: '~' },
			editor,
			c.version
		);
		expect(good).toMatchObject({
			ok: true,
			commitment: { value: 8, comparator: '~', sourceQuote: c.sourceQuote, version: c.version + 1 }
		});
		expect(editCommitment(db, c, editValuesOf(c), other, c.version)).toEqual({
			ok: false,
			conflict: true
		});
		const entry = db
			.select()
			.from(auditLog)
			.where(eq(auditLog.tableName, 'commitments'))
			.all()
			.at(-1)!;
		expect(entry).toMatchObject({ action: 'update', before: { value: 8.1 }, after: { value: 8 } });
	});

	it('deletes a commitment with its judgements, keeping them in the audit log', () => {
		const c = commitment(qualitative);
		recordJudgement(db, c, { status: 'met', reason: '第一次判断' }, editor, c.version);
		recordJudgement(db, c, { status: 'missed', reason: '第二次判断' }, editor, c.version + 1);
		expect(deleteCommitment(db, commitment(qualitative), editor, c.version)).toBe(false);
		expect(deleteCommitment(db, commitment(qualitative), editor, c.version + 2)).toBe(true);
		expect(getCommitment(db, qualitative)).toBeUndefined();
		const deleted = db
			.select()
			.from(auditLog)
			.all()
			.filter((e) => e.action === 'delete')
			.map((e) => e.tableName);
		expect(deleted).toEqual(['judgements', 'judgements', 'commitments']);
	});
});
