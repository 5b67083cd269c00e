import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambitionMatrix } from './ambition-matrix';
import { afterMissColumns, ambitionColumns } from './compare-export';
import { parseCompareQuery, runComparison } from './compare';
import { createTestDatabase } from './db/test-helpers';
import { yearsOfRegion, yearsOfRegions } from './fulfilment';
import { assessRegion, assessRegions } from './scorecard';
import { toCsv } from './export';
import {
	childrenWithData,
	describeRegions,
	findRegions,
	MAX_REGIONS,
	quickSets
} from './region-sets';

let db: ReturnType<typeof createTestDatabase>;
// two counties of 保定 with consecutive reports, and four provinces' 2026 reports
const SEEDED = /^real\/(baoding\/(130608|130636)-20(19|2\d)|provinces-2026\/(33|45|51|65)0000)/;
const COUNTIES = ['130608', '130636'];
beforeAll(async () => {
	db = createTestDatabase();
	const { seedFromDirectory } = await import('./seed');
	seedFromDirectory(db, resolve('seeds'), (file) => SEEDED.test(file));
}, 60_000);
afterAll(() => db.dispose());

const query = (search: string) => parseCompareQuery(db, new URL(`http://x/compare?${search}`));

describe('the regions of a comparison', () => {
	it('compares nothing without a region list, instead of every tracked region', () => {
		expect(query('')).toMatchObject({ codes: [], indicator: 'gdp' });
	});

	it('takes codes comma-separated or repeated, once each, in the order given', () => {
		expect(query('regions=130636,130608&regions=130636')).toMatchObject({
			codes: ['130636', '130608']
		});
	});

	it('refuses a code without data, a malformed one, and more than the cap', () => {
		// 130602 (竞秀区) is a real division with no report in this database
		expect(query('regions=130608,130602,abc')).toEqual({
			error: 'not a tracked region code: 130602, abc'
		});
		const many = Array.from({ length: MAX_REGIONS + 1 }, (_, i) => String(130601 + i));
		expect(query(`regions=${many.join(',')}`)).toEqual({
			error: `at most ${MAX_REGIONS} regions at a time (got ${MAX_REGIONS + 1})`
		});
	});

	it('finds regions by name with whether they hold data', () => {
		const found = findRegions(db, '清苑');
		expect(found[0]).toMatchObject({ code: '130608', parentName: '保定市', hasData: true });
		expect(findRegions(db, '竞秀')[0]).toMatchObject({ hasData: false });
		expect(describeRegions(db, ['130636', '999999', '130608']).map((r) => r.code)).toEqual([
			'130636',
			'130608'
		]);
	});

	it('offers the provinces of a year and a prefecture’s counties with data as one-click sets', () => {
		expect(childrenWithData(db, '130600')).toEqual(COUNTIES);
		const sets = quickSets(db, describeRegions(db, ['330000']), 2026);
		expect(sets).toContainEqual({
			label: '各省 2026',
			codes: ['330000', '450000', '510000', '650000'],
			year: 2026
		});
		expect(sets).toContainEqual({ label: '保定市各县', codes: COUNTIES });
	});
});

describe('reading several regions at once', () => {
	it('gives each region what reading it alone gives, within the years asked for', () => {
		const range = { from: 2020, to: 2022 };
		const together = assessRegions(db, COUNTIES, { indicator: 'gdp', ...range });
		for (const code of COUNTIES) {
			const alone = assessRegion(db, code, undefined, { indicator: 'gdp', ...range });
			expect(alone.length).toBeGreaterThan(0);
			expect(together.get(code)).toEqual(alone);
			expect(alone.every((s) => s.year >= 2020 && s.year <= 2022)).toBe(true);
		}
		const counts = yearsOfRegions(db, COUNTIES, range);
		for (const code of COUNTIES)
			expect(counts.get(code)).toEqual(
				yearsOfRegion(db, code).filter((y) => y.year >= 2020 && y.year <= 2022)
			);
	});
});

describe('ambition against delivery for the regions asked for', () => {
	it('reads the kept assessments: targets, results, gaps, and what followed each miss', () => {
		const q = query(`regions=${COUNTIES.join(',')}`);
		if ('error' in q) throw new Error(q.error);
		const result = runComparison(db, q);
		expect(result.regions.map((r) => r.name)).toEqual(['清苑区', '顺平县']);
		expect(result.ranking.map((r) => r.code).sort()).toEqual(COUNTIES);
		expect(result.ranking.every((r) => r.unreviewed > 0)).toBe(true);
		const assessed = result.ambition.filter((p) => p.status !== 'pending');
		expect(assessed.length).toBeGreaterThanOrEqual(2);
		for (const p of assessed.filter((p) => p.gap !== null && p.metric === 'growth'))
			expect(p.gap).toBeCloseTo(p.actual! - p.target, 6);
		const { afterMissSummary: s } = result;
		expect(s.missed).toBe(result.afterMisses.length);
		expect(s.lower + s.same + s.higher).toBe(s.followed);
	});

	it('tells what followed a miss in the last year of the range from the year after it', () => {
		const all = query(`regions=${COUNTIES.join(',')}`);
		if ('error' in all) throw new Error(all.error);
		const miss = runComparison(db, all).afterMisses.find((m) => m.nextTarget !== null)!;
		const ending = query(`regions=${COUNTIES.join(',')}&from=${miss.year}&to=${miss.year}`);
		if ('error' in ending) throw new Error(ending.error);
		const result = runComparison(db, ending);
		expect(result.ambition.every((p) => p.year === miss.year)).toBe(true);
		const points = result.comparison.regions.flatMap((r) => r.points);
		expect(points.length).toBeGreaterThan(0);
		expect(points.every((p) => p.year === miss.year)).toBe(true);
		expect(result.afterMisses).toContainEqual(miss);
	});

	it('counts only what a person has checked when asked, the same way', () => {
		const q = query(`regions=${COUNTIES.join(',')}`);
		if ('error' in q) throw new Error(q.error);
		const result = runComparison(db, q, { reviewedOnly: true });
		expect(result.ambition).toEqual([]);
		expect(result.ranking.every((r) => r.all.assessed + r.all.pending === 0)).toBe(true);
	});

	it('lays the points out a row a region, newest year first, and exports them as CSV', () => {
		const q = query(`regions=${COUNTIES.join(',')}`);
		if ('error' in q) throw new Error(q.error);
		const { ambition, afterMisses, regions } = runComparison(db, q);
		const matrix = ambitionMatrix(ambition, regions);
		expect(matrix.years).toEqual([...matrix.years].sort((a, b) => b - a));
		expect(matrix.rows.map((r) => r.code)).toEqual(COUNTIES);
		const cells = matrix.rows.flatMap((r) => r.cells).filter((c) => c !== null);
		expect(cells).toHaveLength(ambition.length);
		const records = (csv: string) => parse(csv.replace(/^\uFEFF/, '')) as string[][];
		expect(records(toCsv(ambitionColumns, ambition))).toHaveLength(ambition.length + 1);
		expect(records(toCsv(afterMissColumns, afterMisses))).toHaveLength(afterMisses.length + 1);
	});
});
