import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterMisses, ambitionOf } from './ambition';
import { createTestDatabase } from './db/test-helpers';
import { childrenOfRegion, pooled, rankChildren, yearsOfRegion } from './fulfilment';
import { indicatorNames } from './indicators';
import { nationalYear, nationalYears } from './national';
import { keptEveryHeadline, largestMisses, latestAssessedYear, totals } from './notable';
import { assessRegion } from './scorecard';

let db: ReturnType<typeof createTestDatabase>;
// two counties of 保定 with consecutive reports, and four provinces' 2026 reports
const SEEDED = /^real\/(baoding\/(130608|130636)-20(19|2\d)|provinces-2026\/(33|45|51|65)0000)/;
beforeAll(async () => {
	db = createTestDatabase();
	const { seedFromDirectory } = await import('./seed');
	seedFromDirectory(db, resolve('seeds'), (file) => SEEDED.test(file));
}, 60_000);
afterAll(() => db.dispose());

describe('fulfilment from the kept counts', () => {
	it('gives a region the same figures per year as its scorecards', () => {
		const years = yearsOfRegion(db, '130608');
		expect(years.length).toBeGreaterThan(3);
		for (const card of assessRegion(db, '130608')) {
			const y = years.find((x) => x.year === card.year)!;
			expect([y.headline, y.all]).toEqual([card.fulfilment.headline, card.fulfilment.all]);
		}
		const total = pooled(years);
		expect(total.all.assessed).toBe(years.reduce((n, y) => n + y.all.assessed, 0));
	});

	it('puts a prefecture’s counties side by side, and a province’s prefectures', () => {
		const counties = childrenOfRegion(db, '130600');
		expect(counties.map((c) => c.name)).toEqual(['清苑区', '顺平县']);
		const [prefecture] = childrenOfRegion(db, '130000');
		expect(prefecture!.name).toBe('保定市');
		// the prefecture's record is its counties' added up
		const sum = (code: string) =>
			yearsOfRegion(db, code).reduce((n, y) => n + y.all.assessed + y.all.pending, 0);
		const ofPrefecture = prefecture!.years.reduce((n, y) => n + y.all.assessed + y.all.pending, 0);
		expect(ofPrefecture).toBe(sum('130608') + sum('130636'));
		const ranked = rankChildren(counties, 2021);
		expect(
			ranked.every(
				(r, i) => i === 0 || (ranked[i - 1]!.headline.rate ?? -1) >= (r.headline.rate ?? -1)
			)
		).toBe(true);
	});

	it('answers only from the regions asked for, reviewed only when asked', () => {
		expect(yearsOfRegion(db, '130608', { reviewedOnly: true })).toEqual([]);
		expect(childrenOfRegion(db, '520000')).toEqual([]);
	});
});

describe('ambition against delivery', () => {
	it('gives each year’s headline GDP growth target with its outcome, and what came after a miss', () => {
		const points = ambitionOf(db, ['130608'], 'gdp');
		const years = points.map((p) => p.year);
		expect(new Set(years).size).toBe(years.length);
		expect(points.some((p) => p.actual !== null)).toBe(true);
		for (const after of afterMisses(points)) {
			const next = points.find((p) => p.year === after.year + 1);
			expect(after.nextTarget).toBe(next?.target ?? null);
			if (after.nextTarget !== null)
				expect(after.change).toBe(
					after.nextTarget < after.missedTarget
						? 'lower'
						: after.nextTarget > after.missedTarget
							? 'higher'
							: 'same'
				);
		}
	});
});

describe('the home page’s numbers', () => {
	it('finds the latest assessed year, its largest misses and the totals', () => {
		const year = latestAssessedYear(db)!;
		expect(year).toBeGreaterThanOrEqual(2020);
		const misses = largestMisses(db, year);
		expect(misses.every((m, i) => i === 0 || misses[i - 1]!.gap <= m.gap)).toBe(true);
		expect(misses.every((m) => m.gap < 0 && m.year === year)).toBe(true);
		for (const r of keptEveryHeadline(db, year)) expect(r.kept).toBeGreaterThanOrEqual(3);
		const t = totals(db);
		expect(t.reports).toBeGreaterThan(5);
		expect(t.unreviewed).toBeGreaterThan(0);
	});
});

describe('the provinces side by side', () => {
	it('lists each province’s 2026 headline targets by indicator, with quotes', () => {
		expect(nationalYears(db)).toContain(2026);
		const national = nationalYear(db, 2026, indicatorNames(db));
		expect(national.provinces.map((p) => p.code).sort()).toEqual([
			'330000',
			'450000',
			'510000',
			'650000'
		]);
		const column = national.columns[0]!;
		expect(column.provinces).toBeGreaterThan(1);
		for (const p of national.provinces)
			for (const t of Object.values(p.targets)) expect(t.quote.length).toBeGreaterThan(3);
	});
});
