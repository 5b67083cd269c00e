import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, commitments, outcomes, reports } from './db/schema';
import { seedFromDirectory } from './seed';
import { resolve } from 'node:path';
import { createTestDatabase } from './db/test-helpers';
import { contentHashOf } from './copies';
import { listReportsOfRegion, storeReport, type ReportInput } from './reports';

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

const input: ReportInput = {
	regionCode: '140225',
	kind: 'work_report',
	title: '2024年政府工作报告',
	date: '2024-04-10',
	reviewYear: 2023,
	planYear: 2024,
	sourceUrl: null,
	text: '一、2023年工作回顾\n全年地区生产总值增长5%。\n'
};

describe('reports', () => {
	it('never stores the same text twice, whatever its line endings', () => {
		const first = storeReport(db, input, null);
		const again = storeReport(
			db,
			{ ...input, title: 'copy', text: input.text.replace(/\n/g, '\r\n') },
			null
		);
		expect(first.created).toBe(true);
		expect(again).toEqual({ report: first.report, created: false, share: 1 });
		expect(listReportsOfRegion(db, '140225')).toHaveLength(1);
	});

	it('hashes the content with SHA-256 and audits the creation', () => {
		const { report } = storeReport(db, input, null);
		expect(report.contentHash).toBe(contentHashOf(input.text));
		expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);
		const entry = db.select().from(auditLog).get();
		expect(entry).toMatchObject({ action: 'create', tableName: 'reports', regionCode: '140225' });
		expect(JSON.stringify(entry?.after)).not.toContain('工作回顾');
	});

	it('counts the commitments and outcomes that cite each report, report by report', () => {
		seedFromDirectory(db, resolve('seeds'), (file) => !file.includes('/'));
		const counted = (table: typeof commitments | typeof outcomes, id: number) =>
			db.$client
				.prepare(
					`SELECT count(*) AS n FROM ${table === commitments ? 'commitments' : 'outcomes'} WHERE source_report_id = ?`
				)
				.get(id) as { n: number };
		let checked = 0;
		for (const { regionCode } of db
			.selectDistinct({ regionCode: reports.regionCode })
			.from(reports)
			.all()) {
			for (const r of listReportsOfRegion(db, regionCode)) {
				expect([r.commitments, r.outcomes]).toEqual([
					counted(commitments, r.id).n,
					counted(outcomes, r.id).n
				]);
				if (r.commitments > 1) checked++;
			}
		}
		expect(checked).toBeGreaterThan(3);
	});
});
