import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './db/test-helpers';
import { toCsv } from './export';
import { storeReport } from './reports';
import { indicatorNames } from './indicators';
import {
	GDP_GROWTH,
	nationalColumns,
	nationalRows,
	nationalTable,
	parseNationalQuery,
	shownColumns,
	sortProvinces
} from './national-table';
import type { ProvinceRow } from './national';

let db: ReturnType<typeof createTestDatabase>;
// five provinces' 2026 work reports, and a report of 北京 whose targets nobody has read
const SEEDED = /^real\/provinces-2026\/(33|45|51|65|32)0000/;
beforeAll(async () => {
	db = createTestDatabase();
	const { seedFromDirectory } = await import('./seed');
	seedFromDirectory(db, resolve('seeds'), (file) => SEEDED.test(file));
	const report = {
		regionCode: '110000',
		kind: 'work_report' as const,
		title: '2026年北京市政府工作报告',
		date: '2026-01-12',
		reviewYear: 2025,
		planYear: 2026,
		sourceUrl: null,
		text: '2026年北京市政府工作报告（摘要，目标部分缺失）'
	};
	storeReport(db, report, null);
}, 60_000);
afterAll(() => db.dispose());

const url = (search: string) => new URL(`http://x/national/2026?${search}`);
const province = (code: string, targets: Record<string, [number | null, number | null]>) =>
	({
		code,
		name: code,
		reportId: 1,
		counts: { set: Object.keys(targets).length, kept: 0, missed: 0, pending: 0, unassessable: 0 },
		targets: Object.fromEntries(
			Object.entries(targets).map(([key, [value, stretch]]) => [
				key,
				{ value, stretch, targetText: `${value}` }
			])
		)
	}) as unknown as ProvinceRow;

describe('the provinces’ targets side by side', () => {
	it('puts GDP growth first, then the indicators more than half of the provinces set', () => {
		const columns = [
			{ key: 'cpi|growth', name: 'CPI', provinces: 4 },
			{ key: GDP_GROWTH, name: 'GDP', provinces: 1 },
			{ key: 'grain_output|level', name: '粮食', provinces: 2 }
		];
		expect(shownColumns(columns, 4).map((c) => c.key)).toEqual([GDP_GROWTH, 'cpi|growth']);
	});

	it('sorts by a column’s target, the stretch breaking ties, provinces without it last', () => {
		const rows = [
			province('1', { [GDP_GROWTH]: [5, null] }),
			province('2', {}),
			province('3', { [GDP_GROWTH]: [5, 5.5] }),
			province('4', { [GDP_GROWTH]: [4.5, null] })
		];
		const codes = (dir: 'asc' | 'desc') => sortProvinces(rows, GDP_GROWTH, dir).map((r) => r.code);
		expect(codes('desc')).toEqual(['3', '1', '4', '2']);
		expect(codes('asc')).toEqual(['4', '1', '3', '2']);
		expect(sortProvinces(rows, 'count', 'desc')[3]!.code).toBe('2');
	});

	it('reads sort, direction and the reviewed filter from the URL, refusing anything else', () => {
		expect(parseNationalQuery(url(''))).toEqual({ sort: 'code', dir: 'asc', reviewedOnly: false });
		expect(parseNationalQuery(url('sort=gdp|growth&reviewed=1'))).toEqual({
			sort: GDP_GROWTH,
			dir: 'desc',
			reviewedOnly: true
		});
		expect(parseNationalQuery(url('sort=1;drop'))).toHaveProperty('error');
		expect(parseNationalQuery(url('sort=name&dir=up'))).toHaveProperty('error');
	});

	it('gives each province its targets with quotes, and the reports with none read', () => {
		const table = nationalTable(db, 2026, indicatorNames(db), {
			sort: GDP_GROWTH,
			dir: 'desc',
			reviewedOnly: false
		});
		expect(table.provinces.map((p) => p.code).sort()).toEqual([
			'320000',
			'330000',
			'450000',
			'510000',
			'650000'
		]);
		expect(table.withoutTargets.map((r) => r.code)).toEqual(['110000']);
		const gdp = table.provinces.map((p) => p.targets[GDP_GROWTH]?.value ?? null);
		const stated = gdp.filter((v): v is number => v !== null);
		expect(stated).toEqual([...stated].sort((a, b) => b - a));
		expect(gdp.slice(stated.length).every((v) => v === null)).toBe(true);
		for (const p of table.provinces) {
			expect(p.counts.set).toBeGreaterThanOrEqual(Object.keys(p.targets).length);
			for (const t of Object.values(p.targets)) expect(t.quote.length).toBeGreaterThan(3);
		}
		const records = parse(
			toCsv(nationalColumns, nationalRows(table.provinces)).replace(/^\uFEFF/, '')
		) as string[][];
		expect(records.length - 1).toBe(
			table.provinces.reduce((n, p) => n + Object.keys(p.targets).length, 0)
		);
	});

	it('shows only what a person has checked when asked: nothing yet, all being machine-read', () => {
		const table = nationalTable(db, 2026, indicatorNames(db), {
			sort: 'code',
			dir: 'asc',
			reviewedOnly: true
		});
		expect(table.provinces).toEqual([]);
	});
});
