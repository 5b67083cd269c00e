import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCompareQuery } from './compare';
import { commitments } from './db/schema';
import { createTestDatabase } from './db/test-helpers';

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
	db = createTestDatabase();
	for (const regionCode of ['510811', '140225'])
		db.insert(commitments)
			.values({
				regionCode,
				year: 2023,
				indicator: 'gdp',
				name: '地区生产总值',
				metric: 'growth',
				comparator: '>=',
				value: 6,
				unit: '%',
				headline: true,
				sourceQuote: '地区生产总值增长6%'
			})
			.run();
});
afterEach(() => db.dispose());

const parse = (query: string) => parseCompareQuery(db, new URL(`http://x/compare?${query}`));

describe('parseCompareQuery', () => {
	it('compares every tracked region on GDP over all years by default', () => {
		expect(parse('')).toEqual({
			codes: ['140225', '510811'],
			indicator: 'gdp',
			range: { from: null, to: null },
			sort: 'rate',
			dir: 'desc'
		});
	});

	it('reads regions however they are separated, once each', () => {
		const q = parse(
			'regions=510811，140225&regions=510811%20140225&indicator=cpi&from=2022&to=%202024%20'
		);
		expect(q).toMatchObject({
			codes: ['510811', '140225'],
			indicator: 'cpi',
			range: { from: 2022, to: 2024 }
		});
	});

	it('sorts by name A to Z unless told otherwise', () => {
		expect(parse('sort=name')).toMatchObject({ sort: 'name', dir: 'asc' });
		expect(parse('sort=pending&dir=asc')).toMatchObject({ sort: 'pending', dir: 'asc' });
	});

	it('gives a reason for each bad parameter', () => {
		const reasons = [
			'regions=510811,999999',
			'regions=530102',
			'indicator=nonsense',
			'from=22',
			'to=2024a',
			'from=2025&to=2022',
			'sort=random',
			'dir=up'
		].map((q) => {
			const result = parse(q);
			return 'error' in result ? result.error : null;
		});
		expect(reasons).toEqual([
			'not a tracked region code: 999999',
			'not a tracked region code: 530102',
			'unknown indicator "nonsense"',
			'from and to must be four-digit years',
			'from and to must be four-digit years',
			'from must not be after to',
			expect.stringContaining('sort must be one of'),
			'dir must be asc or desc'
		]);
	});
});
