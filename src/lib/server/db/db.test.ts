import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import Database from 'better-sqlite3';
import { dataVersion } from '.';
import { createTestDatabase } from './test-helpers';
import { outcomes, reports } from './schema';

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

function addReport() {
	return db
		.insert(reports)
		.values({
			regionCode: '140225',
			kind: 'work_report',
			title: '政府工作报告',
			text: '全年地区生产总值增长5%。',
			contentHash: 'h1'
		})
		.returning()
		.get();
}

function addOutcome(sourceReportId: number | null, sourceUrl: string | null = null) {
	return db
		.insert(outcomes)
		.values({
			regionCode: '140225',
			year: 2023,
			indicator: 'gdp',
			name: '地区生产总值',
			metric: 'growth',
			value: 5,
			unit: '%',
			estimated: false,
			sourceReportId,
			sourceUrl,
			sourceQuote: '全年地区生产总值增长5%'
		})
		.returning()
		.get();
}

describe('database', () => {
	it('runs in WAL mode with foreign keys on', () => {
		expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(() =>
			db
				.insert(reports)
				.values({ regionCode: '999999', kind: 'other', title: 't', text: 't', contentHash: 'x' })
				.run()
		).toThrow(/FOREIGN KEY/);
	});

	it('refuses an outcome without a source', () => {
		expect(() => addOutcome(null, null)).toThrow(/CHECK constraint/);
		expect(addOutcome(null, 'https://example.gov.cn/bulletin.html').id).toBeGreaterThan(0);
	});

	it('never updates or deletes an outcome figure, only marks it superseded once', () => {
		const report = addReport();
		const first = addOutcome(report.id);
		const second = addOutcome(report.id);
		expect(() =>
			db.update(outcomes).set({ value: 6 }).where(eq(outcomes.id, first.id)).run()
		).toThrow(/append-only/);
		expect(() => db.delete(outcomes).where(eq(outcomes.id, first.id)).run()).toThrow(/append-only/);
		for (const change of [
			{ scope: '规上' },
			{ name: '生产总值' },
			{ note: 'x' },
			{ sourceDate: '2024-01-01' },
			{ quoteStart: 3 }
		]) {
			expect(() => db.update(outcomes).set(change).where(eq(outcomes.id, first.id)).run()).toThrow(
				/append-only/
			);
		}
		db.update(outcomes).set({ supersededBy: second.id }).where(eq(outcomes.id, first.id)).run();
		expect(() =>
			db.update(outcomes).set({ supersededBy: null }).where(eq(outcomes.id, first.id)).run()
		).toThrow(/append-only/);
		expect(db.select().from(outcomes).where(eq(outcomes.id, first.id)).get()?.value).toBe(5);
	});

	it('refuses INSERT OR REPLACE over a stored outcome and leaves the row as it was', () => {
		expect(db.$client.pragma('recursive_triggers', { simple: true })).toBe(1);
		const first = addOutcome(addReport().id);
		const before = db.$client.prepare('SELECT * FROM outcomes WHERE id = ?').get(first.id);
		expect(() =>
			db.$client
				.prepare(
					`INSERT OR REPLACE INTO outcomes
						(id, region_code, year, indicator, name, metric, value, unit, estimated,
						 source_url, source_quote, recorded_at)
					 VALUES (?, '140225', 2023, 'gdp', '地区生产总值', 'growth', 9, '%', 0,
						 'https://example.gov.cn/forged', '全年地区生产总值增长9%', 0)`
				)
				.run(first.id)
		).toThrow(/append-only/);
		expect(db.$client.prepare('SELECT * FROM outcomes WHERE id = ?').get(first.id)).toEqual(before);
		expect(db.$client.prepare('SELECT count(*) AS n FROM outcomes').get()).toEqual({ n: 1 });
	});

	it('refuses REPLACE as an upsert conflict clause too', () => {
		const first = addOutcome(addReport().id);
		expect(() =>
			db.$client
				.prepare(
					`REPLACE INTO outcomes (id, region_code, year, indicator, name, metric, value, unit,
						estimated, source_url, source_quote, recorded_at)
					 SELECT id, region_code, year, indicator, name, metric, 1, unit, estimated,
						'https://example.gov.cn/forged', source_quote, recorded_at FROM outcomes WHERE id = ?`
				)
				.run(first.id)
		).toThrow(/append-only/);
		expect(db.select().from(outcomes).where(eq(outcomes.id, first.id)).get()?.value).toBe(5);
	});

	it('has a data version that moves with every write, its own or another connection’s', () => {
		const start = dataVersion(db);
		expect(dataVersion(db)).toBe(start);
		db.select().from(outcomes).all();
		expect(dataVersion(db)).toBe(start);
		addReport();
		const afterOwn = dataVersion(db);
		expect(afterOwn).not.toBe(start);
		const other = new Database(db.$client.name);
		other.prepare("UPDATE reports SET title = '改过的标题'").run();
		other.close();
		expect(dataVersion(db)).not.toBe(afterOwn);
	});
});
