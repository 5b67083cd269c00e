import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAssessmentsCurrent, rebuildAssessments } from '../lib/server/assessments';
import { openDatabase } from '../lib/server/db';
import { refusal } from './bench-seed-guard';
import {
	FIRST_YEAR,
	HEADLINE_PER_REGION_YEAR,
	LAST_YEAR,
	PER_REGION_YEAR,
	seedNational,
	type SeedSummary
} from './bench-synthetic';

const dir = mkdtempSync(join(tmpdir(), 'duixian-bench-seed-'));
const path = join(dir, 'national.db');
let summary: SeedSummary;
let db: Database.Database;

const KEPT = {
	assessments: 'SELECT * FROM assessments ORDER BY commitment_id',
	fulfilment_counts:
		'SELECT * FROM fulfilment_counts ORDER BY region_code, year, headline, reviewed',
	region_years: 'SELECT * FROM region_years ORDER BY region_code, year'
};
const all = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
const one = (sql: string) => db.prepare(sql).pluck().get() as number;

beforeAll(async () => {
	summary = await seedNational(path, { fraction: 0.002, workers: false });
	db = new Database(path, { readonly: true });
}, 120_000);
afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('bench:seed', () => {
	it('fills every region-year with ~80 commitments, 10 headline, of every kind', () => {
		expect(summary.regions).toBeGreaterThanOrEqual(2);
		const years = LAST_YEAR - FIRST_YEAR + 1;
		expect(summary.regionYears).toBe(summary.regions * years);
		expect(one('SELECT count(*) FROM commitments')).toBe(summary.regions * years * PER_REGION_YEAR);
		const perYear = all(
			'SELECT region_code, year, count(*) AS n, sum(headline) AS h FROM commitments GROUP BY 1, 2'
		);
		expect(perYear).toHaveLength(summary.regionYears);
		for (const r of perYear) {
			expect(r.n).toBe(PER_REGION_YEAR);
			expect(r.h).toBe(HEADLINE_PER_REGION_YEAR);
		}
		const levels = all(
			'SELECT DISTINCT r.level FROM commitments c JOIN regions r ON r.code = c.region_code ORDER BY 1'
		).map((r) => r.level);
		expect(levels).toEqual(['county', 'prefecture']);
		const metrics = all('SELECT DISTINCT metric FROM commitments ORDER BY 1').map((r) => r.metric);
		expect(metrics).toEqual(['growth', 'level', 'qualitative', 'rate', 'relative']);
		for (const status of ['met', 'exceeded', 'missed', 'pending', 'unassessable'])
			expect(summary.statuses[status as keyof SeedSummary['statuses']]).toBeGreaterThan(0);
	});

	it('has outcomes for most commitments, some estimated, ~5 % superseded, a mix of review states', () => {
		const commitments = one('SELECT count(*) FROM commitments');
		const outcomes = one('SELECT count(*) FROM outcomes');
		expect(outcomes).toBe(summary.outcomes);
		expect(outcomes / commitments).toBeGreaterThan(0.85);
		expect(outcomes / commitments).toBeLessThan(1);
		const superseded = one('SELECT count(*) FROM outcomes WHERE superseded_by IS NOT NULL');
		expect(superseded / outcomes).toBeGreaterThan(0.03);
		expect(superseded / outcomes).toBeLessThan(0.07);
		// each superseded row points to a later figure of the same statistic
		expect(
			one(`SELECT count(*) FROM outcomes o JOIN outcomes n ON n.id = o.superseded_by
				WHERE n.recorded_at > o.recorded_at AND n.region_code = o.region_code AND n.year = o.year
				AND n.indicator = o.indicator AND n.metric = o.metric AND n.scope IS o.scope`)
		).toBe(superseded);
		const estimated = one('SELECT count(*) FROM outcomes WHERE estimated');
		expect(estimated / outcomes).toBeGreaterThan(0.05);
		expect(estimated / outcomes).toBeLessThan(0.3);
		for (const table of ['commitments', 'outcomes']) {
			const states = Object.fromEntries(
				all(`SELECT review_state AS s, count(*) AS n FROM ${table} GROUP BY 1`).map((r) => [
					r.s,
					r.n
				])
			) as Record<string, number>;
			const total = one(`SELECT count(*) FROM ${table}`);
			expect(states.machine! / total).toBeGreaterThan(0.7);
			expect(states.reviewed).toBeGreaterThan(0);
			expect(states.corrected).toBeGreaterThan(0);
			if (table === 'outcomes') expect(states.rejected).toBeGreaterThan(0);
		}
	});

	it('cites one work report per region and plan year, whose text holds the quotes it points at', () => {
		const reports = one('SELECT count(*) FROM reports');
		expect(reports).toBe(summary.regions * (LAST_YEAR - FIRST_YEAR + 2));
		expect(one("SELECT count(*) FROM reports WHERE kind <> 'work_report'")).toBe(0);
		for (const table of ['commitments', 'outcomes']) {
			const rows = all(
				`SELECT t.source_quote AS quote, t.value AS value, substr(r.text, t.quote_start + 1, t.quote_end - t.quote_start) AS cut
				 FROM ${table} t LEFT JOIN reports r ON r.id = t.source_report_id`
			);
			for (const r of rows) {
				if (r.value !== null) expect(r.quote as string).toContain(String(r.value));
				if (r.cut !== null) expect(r.cut).toBe(r.quote);
			}
			expect(rows.filter((r) => r.cut !== null).length).toBeGreaterThan(0);
		}
		expect(
			one('SELECT count(*) FROM outcomes WHERE source_report_id IS NULL AND source_url IS NULL')
		).toBe(0);
		expect(db.pragma('foreign_key_check')).toEqual([]);
	});

	it("counts each report's unchecked items as migration 0006 does", () => {
		const counted = all(
			`SELECT r.id, r.unreviewed AS kept,
			   (SELECT count(*) FROM commitments c WHERE c.source_report_id = r.id AND c.review_state = 'machine')
			 + (SELECT count(*) FROM outcomes o WHERE o.source_report_id = r.id AND o.review_state = 'machine') AS recount
			 FROM reports r`
		);
		expect(counted.some((r) => (r.kept as number) > 0)).toBe(true);
		for (const r of counted) expect(r.kept, `report ${r.id}`).toBe(r.recount);
	});

	it('keeps exactly what rebuildAssessments gives, and the server would not rebuild it', () => {
		const before = Object.fromEntries(Object.entries(KEPT).map(([k, sql]) => [k, all(sql)]));
		expect(before.assessments).toHaveLength(one('SELECT count(*) FROM commitments'));
		db.close();
		const app = openDatabase(path);
		expect(ensureAssessmentsCurrent(app)).toBe(false);
		rebuildAssessments(app);
		app.$client.close();
		db = new Database(path, { readonly: true });
		for (const [table, sql] of Object.entries(KEPT)) expect(all(sql), table).toEqual(before[table]);
	}, 120_000);

	it('gives the same rows with two threads as with one', async () => {
		const other = join(dir, 'threads.db');
		const threaded = await seedNational(other, { fraction: 0.002 });
		expect(threaded).toMatchObject({ ...summary, seconds: threaded.seconds });
		const second = new Database(other, { readonly: true });
		for (const table of ['commitments', 'outcomes', 'reports', 'assessments', 'region_years']) {
			const sql = `SELECT * FROM ${table} ORDER BY 1, 2, 3`;
			expect(second.prepare(sql).all(), table).toEqual(db.prepare(sql).all());
		}
		second.close();
	}, 120_000);
});

describe('bench:seed refuses', () => {
	it("the app's database, a missing --db and an existing file without --force", () => {
		expect(refusal(undefined, false, {})).toMatch(/--db/);
		expect(refusal('data/duixian.db', true, {})).toMatch(/app's database/);
		expect(refusal(resolve('data/duixian.db'), true, {})).toMatch(/app's database/);
		expect(
			refusal(join(dir, 'x', '..', 'live.db'), true, { DATABASE_PATH: join(dir, 'live.db') })
		).toMatch(/app's database/);
		const existing = join(dir, 'existing.db');
		writeFileSync(existing, '');
		expect(refusal(existing, false, {})).toMatch(/--force/);
		expect(refusal(existing, true, {})).toBeNull();
		expect(refusal(join(dir, 'new.db'), false, {})).toBeNull();
	});
});
