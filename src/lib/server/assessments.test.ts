import { resolve } from 'node:path';
import { asc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureAssessmentsCurrent, rebuildAssessments } from './assessments';
import { deleteCommitment, editCommitment, editValuesOf } from './commitment-edit';
import { createTestDatabase } from './db/test-helpers';
import { assessments, commitments, fulfilmentCounts, regionYears } from './db/schema';
import { recordJudgement } from './judgements';
import { getCommitment, recordOutcome } from './record';
import { seedFromDirectory } from './seed';
import { createUser } from './users';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
beforeEach(async () => {
	db = createTestDatabase();
	seedFromDirectory(db, resolve('seeds'), (file) => !file.includes('/'));
	editor = (await createUser(db, { username: 'e', password: 'password1', role: 'editor' }, null))
		.id;
});
afterEach(() => db.dispose());

/** Everything kept, in a stable order, to compare with a recount. */
function kept() {
	return {
		assessments: db.select().from(assessments).orderBy(asc(assessments.commitmentId)).all(),
		counts: db
			.select()
			.from(fulfilmentCounts)
			.all()
			.sort((a, b) =>
				`${a.regionCode}${a.year}${+a.headline}${+a.reviewed}`.localeCompare(
					`${b.regionCode}${b.year}${+b.headline}${+b.reviewed}`
				)
			),
		regionYears: db
			.select()
			.from(regionYears)
			.all()
			.sort((a, b) => `${a.regionCode}${a.year}`.localeCompare(`${b.regionCode}${b.year}`))
	};
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
	let x = seed >>> 0;
	return (n: number) => {
		// mulberry32
		x = (x + 0x6d2b79f5) >>> 0;
		let t = Math.imul(x ^ (x >>> 15), 1 | x);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) % n;
	};
}

describe('kept assessments', () => {
	it('are there for every seeded commitment, headline and other', () => {
		const n = db.select().from(commitments).all().length;
		expect(n).toBeGreaterThan(300);
		expect(db.select().from(assessments).all()).toHaveLength(n);
		expect(db.select().from(fulfilmentCounts).all().length).toBeGreaterThan(10);
	});

	it('equal a full recount after many random writes through the app', () => {
		const pick = random(20261201);
		const ids = () =>
			db
				.select({ id: commitments.id })
				.from(commitments)
				.all()
				.map((r) => r.id);
		const done = { outcome: 0, edit: 0, remove: 0, judge: 0 };
		for (let step = 1; step <= 80; step++) {
			const all = ids();
			const c = getCommitment(db, all[pick(all.length)]!)!;
			const op = pick(4);
			if (op === 0 && c.metric !== 'qualitative') {
				const value = pick(200) / 10 - 5;
				done.outcome++;
				recordOutcome(
					db,
					c,
					{
						value,
						unit: c.metric === 'level' ? (c.unit ?? '') : '%',
						estimated: pick(2) === 0,
						bound: null,
						sourceReportId: null,
						sourceUrl: 'https://example.gov.cn/x.html',
						sourceQuote: `增长${value}%`,
						sourceDate: null,
						note: null
					},
					editor,
					c.version
				);
			} else if (op === 1) {
				const values = editValuesOf(c);
				const year = String(2020 + pick(6));
				const value = c.value === null ? values.value : String(c.value + 1);
				const edited = editCommitment(db, c, { ...values, year, value }, editor, c.version);
				if (edited.ok) done.edit++;
			} else if (op === 2 && pick(3) === 0) {
				if (deleteCommitment(db, c, editor, c.version)) done.remove++;
			} else if (c.metric === 'qualitative' || op === 3) {
				const status = pick(2) ? 'met' : 'missed';
				if (recordJudgement(db, c, { status, reason: '编辑判断' }, editor, c.version).ok)
					done.judge++;
			}
			// now and then, what is kept must be what a recount gives (a recount then carries on)
			if (step % 2 === 0) {
				const before = kept();
				rebuildAssessments(db);
				expect(kept(), `after step ${step}`).toEqual(before);
			}
		}
		// every kind of write happened several times
		expect(
			Object.values(done).every((n) => n >= 3),
			JSON.stringify(done)
		).toBe(true);
	}, 60_000);

	it('are rebuilt when the tolerances change, and only then', () => {
		expect(ensureAssessmentsCurrent(db)).toBe(false);
		process.env.TOLERANCE_PP = '1';
		try {
			expect(ensureAssessmentsCurrent(db)).toBe(true);
			expect(ensureAssessmentsCurrent(db)).toBe(false);
		} finally {
			delete process.env.TOLERANCE_PP;
		}
		expect(ensureAssessmentsCurrent(db)).toBe(true);
	});
});
