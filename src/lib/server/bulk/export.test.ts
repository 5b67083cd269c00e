import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createTestDatabase } from '../db/test-helpers';
import { outcomes } from '../db/schema';
import { defuse, toCsv, undefuse } from '../export';
import { storeReport } from '../reports';
import { createUser } from '../users';
import { exportCounts, exportTable, isExportTable } from './export';
import { dryRun, importOutcomes } from './import';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
const today = new Date('2024-06-01T00:00:00Z');

beforeEach(async () => {
	db = createTestDatabase();
	editor = (
		await createUser(db, { username: 'editor1', password: 'password1', role: 'editor' }, null)
	).id;
});
afterEach(() => db.dispose());

function load(text: string, expected: number) {
	const checked = dryRun(db, text, 'UTF-8', today);
	if (!checked.ok) throw new Error(checked.error);
	return importOutcomes(db, { text, digest: checked.digest, expected }, editor, today);
}

describe('exports', () => {
	it('exports every outcome, superseded ones included, in a file the importer takes back', async () => {
		const reportId = storeReport(
			db,
			{
				regionCode: '510811',
				kind: 'statistical_bulletin',
				title: '公报',
				date: '2024-03-01',
				reviewYear: 2023,
				planYear: null,
				sourceUrl: null,
				text: '全年地区生产总值增长6.0%，总量90.5亿元。固定资产投资增长3%以上。'
			},
			editor
		).report.id;
		const header =
			'region_code,year,indicator,metric,value,unit,kind,bound,source_url,source_report_id,source_quote,source_date,note,scope';
		load(
			[header, '510811,2023,gdp,growth,5.5,%,estimated,,https://a.cn,,预计增长5.5%,,,'].join('\n'),
			1
		);
		load(
			[
				header,
				`510811,2023,gdp,growth,6.0,%,final,,,${reportId},地区生产总值增长6.0%,2024-03-01,公报,`,
				`510811,2023,fixed_asset_investment,growth,3,%,final,>=,https://a.cn/x,${reportId},固定资产投资增长3%以上,,,"5000万元以上"`
			].join('\n'),
			2
		);

		const response = exportTable(db, 'outcomes', today);
		expect(response.headers.get('content-disposition')).toContain(
			'duixian-outcomes-2024-06-01.csv'
		);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => [r.value, r.kind, r.recorded_by, r.superseded_by])).toEqual([
			['5.5', 'estimated', 'editor1', '2'],
			['6', 'final', 'editor1', ''],
			['3', 'final', 'editor1', '']
		]);
		expect(rows[2]).toMatchObject({
			scope: '5000万元以上',
			bound: '>=',
			source_url: 'https://a.cn/x',
			source_report_id: String(reportId)
		});

		const again = dryRun(db, text, 'UTF-8', today);
		if (!again.ok) throw new Error(again.error);
		expect(again.problems).toEqual([]);
		expect(again.history).toEqual([2]);
		expect(again.rows.map((r) => r.effect.kind)).toEqual(['unchanged', 'unchanged']);
		expect(again.ignored).toEqual(['id', 'region_name', 'recorded_by', 'recorded_at']);
	});

	it('takes back figures the extractor stored with a normalised quote, but checks any change', async () => {
		const reportId = storeReport(
			db,
			{
				regionCode: '510811',
				kind: 'work_report',
				title: '報告',
				date: null,
				reviewYear: 2023,
				planYear: 2024,
				sourceUrl: null,
				text: '地區生產總值增長6.5％。'
			},
			null
		).report.id;
		const row = {
			regionCode: '510811',
			year: 2023,
			indicator: 'gdp',
			name: '地区生产总值',
			metric: 'growth' as const,
			value: 6.5,
			unit: '%',
			estimated: false,
			sourceReportId: reportId,
			sourceQuote: '地区生产总值增长6.5%'
		};
		db.insert(outcomes).values(row).run();
		const text = new TextDecoder().decode(await exportTable(db, 'outcomes', today).arrayBuffer());
		const again = dryRun(db, text, 'UTF-8', today);
		if (!again.ok) throw new Error(again.error);
		expect([again.problems, again.rows.map((r) => r.effect.kind)]).toEqual([[], ['unchanged']]);
		const changed = dryRun(db, text.replace(',6.5,', ',6.6,'), 'UTF-8', today);
		if (!changed.ok) throw new Error(changed.error);
		expect(changed.problems.map((p) => p.messages[0]!.message)).toEqual([
			'原文摘录中没有 6.6 这个数'
		]);
	});

	it('takes back the same final figure stated by two stored reports', async () => {
		const sources: [string, string][] = [
			['计划报告', '实现地区生产总值增长2.3%。'],
			['统计公报', '地区生产总值比上年增长2.3%。']
		];
		for (const [title, text] of sources) {
			const reportId = storeReport(
				db,
				{
					regionCode: '500242',
					kind: 'other',
					title,
					date: null,
					reviewYear: 2022,
					planYear: null,
					sourceUrl: null,
					text
				},
				null
			).report.id;
			db.insert(outcomes)
				.values({
					regionCode: '500242',
					year: 2022,
					indicator: 'gdp',
					name: '地区生产总值',
					metric: 'growth',
					value: 2.3,
					unit: '%',
					estimated: false,
					sourceReportId: reportId,
					sourceQuote: text.slice(0, -1)
				})
				.run();
		}
		const text = new TextDecoder().decode(await exportTable(db, 'outcomes', today).arrayBuffer());
		const again = dryRun(db, text, 'UTF-8', today);
		if (!again.ok) throw new Error(again.error);
		expect([again.problems, again.rows.map((r) => r.effect.kind)]).toEqual([
			[],
			['unchanged', 'unchanged']
		]);
	});

	it('exports reports without their text, and counts every table', async () => {
		storeReport(
			db,
			{
				regionCode: '510811',
				kind: 'plan_report',
				title: '计划, "报告"',
				date: null,
				reviewYear: null,
				planYear: 2024,
				sourceUrl: null,
				text: '正文'.repeat(100)
			},
			editor
		);
		const rows = parse(await exportTable(db, 'reports', today).text(), {
			bom: true,
			columns: true
		}) as Record<string, string>[];
		expect(rows).toEqual([
			expect.objectContaining({
				title: '计划, "报告"',
				characters: '200',
				created_by: 'editor1',
				region_name: '昭化区'
			})
		]);
		expect(Object.keys(rows[0]!)).not.toContain('text');
		expect(exportCounts(db)).toEqual({ commitments: 0, outcomes: 0, judgements: 0, reports: 1 });
		expect([
			isExportTable('judgements'),
			isExportTable('users'),
			isExportTable('constructor')
		]).toEqual([true, false, false]);
	});
});

describe('formulas in cells', () => {
	it('are written as text and read back as they were', () => {
		expect(defuse('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
		expect(defuse(-3.1)).toBe(-3.1);
		expect(defuse('增长-3.1%')).toBe('增长-3.1%');
		expect(undefuse(String(defuse('-3.1')))).toBe('-3.1');
		expect(
			toCsv([{ header: 'note', value: (r: { note: string }) => r.note }], [{ note: '@cmd' }])
		).toContain("'@cmd");
	});
});
