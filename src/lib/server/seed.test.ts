import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase } from './db/test-helpers';
import { commitments, outcomes, reports } from './db/schema';
import { seedFromDirectory } from './seed';
import { outcomeHistory } from './record';
import { getScorecard } from './scorecard';

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

const counts = () =>
	[reports, commitments, outcomes].map((t) => db.select({ n: count() }).from(t).get()!.n);
const statusOf = (code: string, year: number, indicator: string) =>
	getScorecard(db, code, year)!.rows.find(
		(r) => r.commitment.headline && r.commitment.indicator === indicator
	)!.assessment;

/** The five seeds and the excerpts of their regions, read and checked by a person. */
const reviewedOnly = (file: string) => !file.startsWith('real/');

describe('the seeded data', () => {
	it('stores every report of the manifests once, with its items', () => {
		const first = seedFromDirectory(db, resolve('seeds'));
		expect(first.every((r) => r.reportCreated)).toBe(true);
		const stored = counts();
		expect(stored[0]).toBe(first.length);
		const again = seedFromDirectory(db, resolve('seeds'));
		expect(again.every((r) => !r.reportCreated && r.commitments === 0 && r.outcomes === 0)).toBe(
			true
		);
		expect(counts()).toEqual(stored);
	}, 120_000);

	it('tells the story of the worked example and of a later bulletin', () => {
		seedFromDirectory(db, resolve('seeds'), reviewedOnly);
		const youyang = getScorecard(db, '500242', 2022)!;
		expect(youyang.fulfilment.headline).toMatchObject({ kept: 1, assessed: 7, unassessable: 1 });
		expect(statusOf('500242', 2022, 'cpi').status).toBe('unassessable');
		expect(statusOf('510811', 2023, 'gdp')).toMatchObject({ status: 'missed', actual: 6 });
		expect(statusOf('520323', 2024, 'gdp').status).toBe('pending');
	});

	it('lets a later report supersede the figure an earlier one stated, keeping both', () => {
		seedFromDirectory(db, resolve('seeds'), reviewedOnly);
		const history = outcomeHistory(db, {
			regionCode: '500242',
			year: 2022,
			indicator: 'gdp',
			metric: 'growth',
			scope: null
		});
		expect(history.map((h) => [h.value, h.inForce, h.reportTitle?.includes('统计公报')])).toEqual([
			[2.3, true, true],
			[2.3, false, false]
		]);
		expect(history[1]!.supersededBy).toBe(history[0]!.id);
	});

	it('machine-reads the real reports, marks their items unchecked and closes the loop', () => {
		seedFromDirectory(db, resolve('seeds'), (file) => file.startsWith('real/baoding/130608-'));
		const stored = db.select().from(reports).all();
		expect(stored.map((r) => r.regionName)).toContain('清苑县');
		expect(stored.every((r) => r.regionCode === '130608' && r.sourceNote)).toBe(true);
		const states = new Set(
			db
				.select()
				.from(commitments)
				.all()
				.map((c) => c.reviewState)
		);
		expect([...states]).toEqual(['machine']);
		// report N+1 states year N's results: they are assessed with no hand entry. (The 2023
		// report gives 2022's results as levels only, against growth targets: 2022 stays pending.)
		for (const year of [2020, 2021, 2023]) {
			const { all } = getScorecard(db, '130608', year)!.fulfilment;
			expect(all.met + all.exceeded + all.missed, `${year}`).toBeGreaterThan(0);
		}
	}, 60_000);

	it('stores a figure a seed repeats once, and counts what it stored', () => {
		const dir = mkdtempSync(join(tmpdir(), 'duixian-seed-'));
		const text = '2023年全区地区生产总值增长6%。全年地区生产总值增长6%。';
		const outcome = {
			year: 2023,
			indicator: 'gdp',
			name: '地区生产总值',
			scope: null,
			metric: 'growth',
			value: 6,
			unit: '%',
			estimated: false,
			bound: null,
			quote: '地区生产总值增长6%',
			span: { start: 7, end: 17 }
		};
		const twice = { ...outcome, span: { start: 20, end: 30 } };
		writeFileSync(join(dir, '510811-2023-test.txt'), text);
		writeFileSync(
			join(dir, '510811-2023-test.json'),
			JSON.stringify({ targets: [], outcomes: [outcome, twice] })
		);
		const entry = {
			file: '510811-2023-test.txt',
			regionCode: '510811',
			kind: 'other',
			title: '测试'
		};
		writeFileSync(
			join(dir, 'manifest.json'),
			JSON.stringify([{ ...entry, date: null, reviewYear: 2023, planYear: null, sourceUrl: null }])
		);
		expect(seedFromDirectory(db, dir)).toEqual([
			{ file: entry.file, reportCreated: true, commitments: 0, outcomes: 1 }
		]);
		expect(counts()).toEqual([1, 0, 1]);
		rmSync(dir, { recursive: true, force: true });
	});
});
