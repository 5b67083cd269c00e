import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractReport } from '../../extract';
import { createTestDatabase } from '../db/test-helpers';
import { auditLog, commitments, outcomes, reports, type Report } from '../db/schema';
import { storeExtractedItems } from '../extracted';
import { seedWithEditor, ZHAOHUA_WORK_REPORT_2024 } from '../import/testing';
import { insertOutcome } from '../record';
import { storeReport } from '../reports';
import { reviewQueue } from '../review';
import { getScorecard } from '../scorecard';
import { acceptItems, correctItem, judgeItem } from './actions';
import { machineItemsOf, type MachineItem } from './items';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
let report: Report;

/** 昭化区's 2024 work report read by the extractor: 2023's results and 2024's targets. */
function storeMachineRead(): Report {
	const reading = extractReport(ZHAOHUA_WORK_REPORT_2024);
	return db.transaction((tx) => {
		const input = {
			regionCode: '510811',
			kind: 'work_report' as const,
			title: '2024年广元市昭化区人民政府工作报告',
			date: null,
			reviewYear: 2023,
			planYear: 2024,
			sourceUrl: null,
			text: ZHAOHUA_WORK_REPORT_2024
		};
		const { report } = storeReport(tx, input, null);
		storeExtractedItems(tx, report, reading, null, 'machine');
		return tx.select().from(reports).where(eq(reports.id, report.id)).get()!;
	});
}

beforeEach(() => {
	db = createTestDatabase();
	editor = seedWithEditor(db);
	report = storeMachineRead();
});
afterEach(() => db.dispose());

const fresh = () => db.select().from(reports).where(eq(reports.id, report.id)).get()!;
const items = () => machineItemsOf(db, report.id);
const itemWith = (text: string): MachineItem => {
	const found = items().find((i) => i.label.includes(text));
	if (!found) throw new Error(`no item ${text} in ${items().map((i) => i.label)}`);
	return found;
};
const auditOf = (table: string, id: number) =>
	db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.tableName, table), eq(auditLog.rowId, String(id))))
		.all();
const counts = (year: number) => getScorecard(db, '510811', year)!.fulfilment.all;
const gdp2023 = () =>
	getScorecard(db, '510811', 2023)!.rows.find((r) => r.commitment.indicator === 'gdp')!;

describe("reviewing a report's machine-read items", () => {
	it('lists them in the order of the text, and the report waits in the queue', () => {
		const labels = items().map((i) => i.label);
		expect(labels).toEqual([
			expect.stringContaining('2023年预计：地区生产总值 9%'),
			expect.stringContaining('2023年预计：规模以上工业增加值 10%'),
			expect.stringContaining('2024年目标：地区生产总值')
		]);
		expect(report.unreviewed).toBe(3);
		expect(reviewQueue(db, 'oldest').reports.map((r) => r.id)).toContain(report.id);
	});

	it('accepting sets who and when, audits it, recounts and refreshes the assessment', () => {
		const item = itemWith('2024年目标');
		expect(judgeItem(db, report, item.ref, 'reviewed', editor)).toEqual({ ok: true, left: 2 });
		const row = db.select().from(commitments).where(eq(commitments.id, item.ref.id)).get()!;
		expect(row.reviewState).toBe('reviewed');
		expect(row.reviewedBy).toBe(editor);
		expect(row.reviewedAt).toBeInstanceOf(Date);
		expect(auditOf('commitments', row.id).map((a) => a.action)).toEqual(['create', 'review']);
		expect(fresh().unreviewed).toBe(2);
		expect(getScorecard(db, '510811', 2024)!.rows.every((r) => r.reviewed)).toBe(true);
		// checked once: a second accept finds nothing to do
		expect(judgeItem(db, report, item.ref, 'rejected', editor)).toEqual({ ok: false, gone: true });
	});

	it('a rejected outcome stops counting and the target waits for its figure again', () => {
		expect(gdp2023().assessment.status).toBe('met');
		const before = counts(2023);
		const item = itemWith('地区生产总值 9%');
		expect(judgeItem(db, report, item.ref, 'rejected', editor).ok).toBe(true);
		expect(db.select().from(outcomes).where(eq(outcomes.id, item.ref.id)).get()!.reviewState).toBe(
			'rejected'
		);
		expect(gdp2023().assessment.status).toBe('pending');
		expect(counts(2023).met).toBe(before.met - 1);
		expect(counts(2023).pending).toBe(before.pending + 1);
		expect(auditOf('outcomes', item.ref.id).at(-1)!.action).toBe('reject');
	});

	it('a rejected figure gives back its place to the one it had superseded', () => {
		db.dispose();
		db = createTestDatabase();
		editor = seedWithEditor(db);
		const key = { regionCode: '510811', year: 2023, indicator: 'gdp', metric: 'growth' as const };
		const earlier = db.transaction((tx) =>
			insertOutcome(
				tx,
				{ ...key, scope: null },
				'地区生产总值',
				{
					value: 8.5,
					unit: '%',
					estimated: true,
					bound: null,
					sourceReportId: null,
					sourceUrl: 'https://example.gov.cn/zhaohua-2023',
					sourceQuote: '预计全年地区生产总值增长8.5%',
					sourceDate: null,
					note: null
				},
				editor
			)
		).outcome;
		report = storeMachineRead();
		const item = itemWith('地区生产总值 9%');
		expect(db.select().from(outcomes).where(eq(outcomes.id, earlier.id)).get()!.supersededBy).toBe(
			item.ref.id
		);
		expect(gdp2023().outcome?.id).toBe(item.ref.id);
		expect(judgeItem(db, report, item.ref, 'rejected', editor).ok).toBe(true);
		const shown = gdp2023().outcome!;
		const inForce = db.select().from(outcomes).where(eq(outcomes.id, shown.id)).get()!;
		expect([shown.value, inForce.sourceUrl, inForce.reviewState]).toEqual([
			8.5,
			earlier.sourceUrl,
			'reviewed'
		]);
		expect(inForce.id).not.toBe(earlier.id);
	});

	it('a rejected commitment is assessed nowhere and counts in no scorecard', () => {
		const item = itemWith('2024年目标');
		const total = (c: ReturnType<typeof counts>) =>
			c.met + c.exceeded + c.missed + c.pending + c.unassessable;
		const before = total(counts(2024));
		expect(judgeItem(db, report, item.ref, 'rejected', editor).ok).toBe(true);
		const card = getScorecard(db, '510811', 2024);
		expect(card?.rows.some((r) => r.commitment.id === item.ref.id) ?? false).toBe(false);
		expect(card ? total(card.fulfilment.all) : 0).toBe(before - 1);
	});

	it('correcting a commitment checks it as an edit and audits before and after', () => {
		const item = itemWith('2024年目标');
		const form = new FormData();
		for (const [f, v] of Object.entries(item.values)) form.set(`${item.id}.${f}`, v);
		form.set(`${item.id}.value`, '7.5');
		expect(correctItem(db, report, item.ref, form, editor)).toEqual({ ok: true, left: 2 });
		const row = db.select().from(commitments).where(eq(commitments.id, item.ref.id)).get()!;
		expect([row.value, row.reviewState, row.reviewedBy]).toEqual([7.5, 'corrected', editor]);
		const audit = auditOf('commitments', row.id).at(-1)!;
		expect(audit.action).toBe('update');
		expect((audit.before as { value: number }).value).toBe(7);
		expect((audit.after as { value: number }).value).toBe(7.5);
	});

	it('an invalid correction returns errors beside the fields and changes nothing', () => {
		const item = itemWith('2024年目标');
		const form = new FormData();
		for (const [f, v] of Object.entries(item.values)) form.set(`${item.id}.${f}`, v);
		form.set(`${item.id}.value`, 'seven');
		form.set(`${item.id}.year`, '24');
		const before = db.select().from(commitments).where(eq(commitments.id, item.ref.id)).get();
		const auditRows = db.select().from(auditLog).all().length;
		const result = correctItem(db, report, item.ref, form, editor);
		expect(result.ok).toBe(false);
		const errors = 'errors' in result ? result.errors : {};
		expect(errors[`${item.id}.value`]?.code).toBe('not_a_number');
		expect(errors[`${item.id}.year`]?.code).toBe('not_a_year');
		expect(db.select().from(commitments).where(eq(commitments.id, item.ref.id)).get()).toEqual(
			before
		);
		expect(db.select().from(auditLog).all()).toHaveLength(auditRows);
		expect(fresh().unreviewed).toBe(3);
	});

	it('correcting an outcome records the corrected figure in its place, with the same quote', () => {
		const item = itemWith('地区生产总值 9%');
		const form = new FormData();
		for (const [f, v] of Object.entries(item.values)) form.set(`${item.id}.${f}`, v);
		form.set(`${item.id}.estimated`, 'false');
		expect(correctItem(db, report, item.ref, form, editor).ok).toBe(true);
		const old = db.select().from(outcomes).where(eq(outcomes.id, item.ref.id)).get()!;
		expect(old.reviewState).toBe('corrected');
		expect(old.supersededBy).not.toBeNull();
		const now = db.select().from(outcomes).where(eq(outcomes.id, old.supersededBy!)).get()!;
		expect([now.value, now.estimated, now.reviewState, now.sourceQuote]).toEqual([
			9,
			false,
			'corrected',
			old.sourceQuote
		]);
		expect(gdp2023().outcome?.id).toBe(now.id);
		const audit = auditOf('outcomes', old.id).at(-1)!;
		expect(audit.action).toBe('correct');
		expect((audit.before as { estimated: boolean }).estimated).toBe(true);
	});

	it('an outcome correction the quote does not state is refused beside the field', () => {
		const item = itemWith('地区生产总值 9%');
		const form = new FormData();
		for (const [f, v] of Object.entries(item.values)) form.set(`${item.id}.${f}`, v);
		form.set(`${item.id}.value`, '8');
		const result = correctItem(db, report, item.ref, form, editor);
		expect('errors' in result && result.errors[`${item.id}.value`]?.code).toBe(
			'quote_without_figure'
		);
		expect(items()).toHaveLength(3);
	});

	it('when the last item is checked the report is marked reviewed and leaves the queue', () => {
		const [first, ...rest] = items();
		expect(acceptItems(db, report, [first!.ref], editor)).toBe(1);
		expect(fresh().reviewedAt).toBeNull();
		expect(
			acceptItems(
				db,
				report,
				rest.map((i) => i.ref),
				editor
			)
		).toBe(2);
		const done = fresh();
		expect([done.unreviewed, done.reviewedBy]).toEqual([0, editor]);
		expect(done.reviewedAt).toBeInstanceOf(Date);
		expect(reviewQueue(db, 'oldest').reports.map((r) => r.id)).not.toContain(report.id);
	});

	it('refuses an item of another report', () => {
		const item = itemWith('2024年目标');
		const other = { ...report, id: report.id + 1000 };
		expect(judgeItem(db, other, item.ref, 'reviewed', editor)).toEqual({ ok: false, gone: true });
		expect(fresh().unreviewed).toBe(3);
	});
});
