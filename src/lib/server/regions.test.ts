import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestDatabase } from './db/test-helpers';
import { regions } from './db/schema';
import { getRegionPath, loadRegions, searchRegions } from './regions';

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

const levelCount = (level: 'province' | 'prefecture' | 'county') =>
	db.select({ n: count() }).from(regions).where(eq(regions.level, level)).get()!.n;

describe('regions', () => {
	it('holds the national list of provinces, prefectures and counties', () => {
		expect(levelCount('province')).toBeGreaterThanOrEqual(31);
		expect(levelCount('prefecture')).toBeGreaterThanOrEqual(330);
		expect(levelCount('county')).toBeGreaterThanOrEqual(2800);
		expect(db.select().from(regions).where(eq(regions.name, '市辖区')).all()).toHaveLength(0);
	});

	it('knows each seed region and its parents', () => {
		const names = (code: string) => getRegionPath(db, code).map((r) => r.name);
		expect(names('520323')).toEqual(['贵州省', '遵义市', '绥阳县']);
		expect(names('520304')).toEqual(['贵州省', '遵义市', '播州区']);
		expect(names('510811')).toEqual(['四川省', '广元市', '昭化区']);
		expect(names('140225')).toEqual(['山西省', '大同市', '浑源县']);
		expect(names('500242')).toEqual(['重庆市', '酉阳土家族苗族自治县']);
	});

	it('is loaded idempotently', () => {
		const before = db.select({ n: count() }).from(regions).get()!.n;
		loadRegions(db);
		expect(db.select({ n: count() }).from(regions).get()!.n).toBe(before);
	});

	it('finds regions by name or code, and treats % literally', () => {
		expect(
			searchRegions(db, '城关区')
				.map((r) => r.code)
				.sort()
		).toEqual(['540102', '620102']);
		expect(searchRegions(db, '140225')[0]?.name).toBe('浑源县');
		expect(searchRegions(db, '%')).toEqual([]);
	});
});
