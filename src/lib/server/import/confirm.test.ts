import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, commitments, outcomes, reports } from '../db/schema';
import { createTestDatabase } from '../db/test-helpers';
import { contentHashOf } from '../reports';
import { getScorecard } from '../scorecard';
import { confirmImport, storeImport, validateReview } from './confirm';
import { readReviewForm } from './posted';
import { prepareImport } from './source';
import type { ReviewErrors } from './model';
import {
	formOfReview,
	seedWithEditor,
	WUHUA_2025,
	ZHAOHUA_BULLETIN_2023,
	ZHAOHUA_WORK_REPORT_2024
} from './testing';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
beforeEach(() => {
	db = createTestDatabase();
	editor = seedWithEditor(db);
});
afterEach(() => db.dispose());

function formOf(text: string) {
	const prepared = prepareImport(db, text);
	if (prepared.status !== 'review') throw new Error(`expected a review, got ${prepared.status}`);
	return { review: prepared.review, form: formOfReview(prepared.review) };
}

/** The code of each field's problem: tests match codes, never the words. */
const codesOf = (errors: ReviewErrors) =>
	Object.fromEntries(Object.entries(errors).map(([f, i]) => [f, i.code]));

const reportsOf = (regionCode: string) =>
	db.select().from(reports).where(eq(reports.regionCode, regionCode)).all();

describe('import confirm', () => {
	it('stores the report and exactly the accepted items, as edited, in one audited transaction', () => {
		const { review, form } = formOf(WUHUA_2025);
		const gdp = review.items.find((i) => i.kind === 'target' && i.values.indicator === 'gdp')!;
		const industry = review.items.find(
			(i) => i.kind === 'target' && i.values.indicator === 'industrial_va'
		)!;
		form.delete(`${industry.id}.accept`);
		form.set(`${gdp.id}.comparator`, '>=');
		const auditBefore = db.select().from(auditLog).all().length;

		const result = confirmImport(db, form, editor);
		if (result.status !== 'stored') throw new Error(result.status);
		const report = result.report;
		expect(report).toMatchObject({
			regionCode: '530102',
			kind: 'work_report',
			planYear: 2025,
			reviewYear: 2024,
			date: '2025-01-08',
			createdBy: editor
		});
		expect(report.text).toBe(WUHUA_2025);
		expect(report.contentHash).toBe(contentHashOf(WUHUA_2025));

		const stored = db
			.select()
			.from(commitments)
			.where(eq(commitments.sourceReportId, report.id))
			.all();
		const proposedTargets = review.items.filter((i) => i.kind === 'target').length;
		expect(stored).toHaveLength(proposedTargets - 1);
		expect(stored.map((c) => c.indicator)).not.toContain('industrial_va');
		expect(stored.find((c) => c.indicator === 'gdp')).toMatchObject({
			value: 5,
			comparator: '>=',
			year: 2025,
			createdBy: editor
		});
		for (const c of stored)
			expect(report.text.slice(c.quoteStart!, c.quoteEnd!)).toBe(c.sourceQuote);
		const facts = db.select().from(outcomes).where(eq(outcomes.sourceReportId, report.id)).all();
		expect(facts).toHaveLength(review.items.filter((i) => i.kind === 'outcome').length);
		expect(facts.find((o) => o.indicator === 'gdp')).toMatchObject({
			value: 4.5,
			estimated: true,
			year: 2024,
			sourceDate: '2025-01-08'
		});

		const audited = db.select().from(auditLog).all().slice(auditBefore);
		expect(audited).toHaveLength(1 + stored.length + facts.length);
		expect(
			audited.every(
				(a) => a.userId === editor && a.action === 'create' && a.regionCode === '530102'
			)
		).toBe(true);
	});

	it('refuses a figure its quote does not state, and a quote moved from its place', () => {
		const { review, form } = formOf(WUHUA_2025);
		const gdp = review.items.find((i) => i.kind === 'target' && i.values.indicator === 'gdp')!;
		const jobs = review.items.find((i) => i.kind === 'outcome')!;
		form.set(`${gdp.id}.value`, '5.5');
		form.set(`${jobs.id}.start`, String(Number(jobs.values.start) + 1));
		const result = confirmImport(db, form, editor);
		if (result.status !== 'invalid') throw new Error(result.status);
		expect(codesOf(result.errors)).toEqual({
			[`${gdp.id}.value`]: 'quote_without_figure',
			[`${jobs.id}.quote`]: 'quote_moved'
		});
		expect(reportsOf('530102')).toHaveLength(0);
	});

	it('stores nothing when a field is wrong, and returns every value as posted with a message beside it', () => {
		const { review, form } = formOf(WUHUA_2025);
		const [t0, t1, t2] = review.items;
		form.set(`${t0!.id}.value`, '五点五');
		form.set(`${t1!.id}.indicator`, 'no_such_indicator');
		form.set(`${t2!.id}.year`, '25');
		form.set('regionOther', '999999');
		form.set('date', '2025/01/08');
		const result = confirmImport(db, form, editor);
		if (result.status !== 'invalid') throw new Error(result.status);
		expect(codesOf(result.errors)).toEqual({
			[`${t0!.id}.value`]: 'not_a_number',
			[`${t1!.id}.indicator`]: 'unknown_indicator',
			[`${t2!.id}.year`]: 'not_a_year',
			regionCode: 'unknown_region',
			date: 'not_a_date'
		});
		expect(result.errors[`${t0!.id}.value`]!.message).toContain('五点五');
		expect(result.review.items[0]!.values.value).toBe('五点五');
		expect(result.review.regionCode).toBe('999999');
		expect(reportsOf('530102')).toHaveLength(0);
		expect(reportsOf('999999')).toHaveLength(0);
	});

	it('ignores the fields of rejected items, and requires a region', () => {
		const { review, form } = formOf(WUHUA_2025);
		const t0 = review.items[0]!;
		form.delete(`${t0.id}.accept`);
		form.set(`${t0.id}.value`, 'not a number');
		form.set('regionCode', '');
		const draft = readReviewForm(form);
		const checked = validateReview(db, draft);
		expect(!checked.ok && codesOf(checked.errors)).toEqual({ regionCode: 'required' });
		form.set('regionOther', '530102');
		expect(validateReview(db, readReviewForm(form)).ok).toBe(true);
	});

	it('detects the same text again at confirm time', () => {
		const { form } = formOf(WUHUA_2025);
		expect(confirmImport(db, form, editor).status).toBe('stored');
		const again = confirmImport(db, form, editor);
		expect(again.status).toBe('duplicate');
		expect(reportsOf('530102')).toHaveLength(1);
	});

	it('accepts all matching outcomes in one click, which fills in the scorecard', () => {
		const { review, form } = formOf(ZHAOHUA_BULLETIN_2023);
		for (const item of review.items) form.delete(`${item.id}.accept`);
		const result = confirmImport(db, form, editor, { acceptMatching: true });
		if (result.status !== 'stored') throw new Error(result.status);
		const facts = db
			.select()
			.from(outcomes)
			.where(eq(outcomes.sourceReportId, result.report.id))
			.all();
		expect(facts.map((o) => `${o.indicator}:${o.metric}:${o.value}`).sort()).toEqual([
			'gdp:growth:6',
			'primary_va:growth:4.1'
		]);
		const row = getScorecard(db, '510811', 2023)!.rows.find(
			(r) => r.commitment.indicator === 'gdp'
		)!;
		expect(row.assessment).toMatchObject({ status: 'missed', actual: 6, actualEstimated: false });
	});

	it('keeps the rest of the reading when accepting the matches: next year’s targets are stored too', () => {
		const { review, form } = formOf(ZHAOHUA_WORK_REPORT_2024);
		expect(review.items.some((i) => i.matches.length)).toBe(true);
		const result = confirmImport(db, form, editor, { acceptMatching: true });
		if (result.status !== 'stored') throw new Error(result.status);
		const targets = db
			.select()
			.from(commitments)
			.where(eq(commitments.sourceReportId, result.report.id))
			.all();
		expect(targets.map((c) => `${c.year}:${c.indicator}:${c.value}`)).toEqual(['2024:gdp:7']);
		expect(getScorecard(db, '510811', 2024)?.rows).toHaveLength(1);
		const facts = db.select().from(outcomes).where(eq(outcomes.sourceReportId, result.report.id));
		expect(facts.all()).toHaveLength(review.items.filter((i) => i.kind === 'outcome').length);
	});

	it('stores a figure the report states twice once, and counts what it stored', () => {
		const { form } = formOf(WUHUA_2025);
		const checked = validateReview(db, readReviewForm(form));
		if (!checked.ok) throw new Error('invalid');
		const read = checked.input.items.outcomes;
		const proposed = read.length;
		read.push({ ...read[0]!, span: { start: read[0]!.span.start + 1, end: read[0]!.span.end } });
		const { report } = storeImport(db, checked.input, editor);
		const stored = db.select().from(outcomes).where(eq(outcomes.sourceReportId, report.id)).all();
		expect(stored).toHaveLength(proposed);
		expect(stored.every((o) => o.supersededBy === null)).toBe(true);
	});

	it('rolls the report back when an item cannot be stored', () => {
		const { form } = formOf(WUHUA_2025);
		const checked = validateReview(db, readReviewForm(form));
		if (!checked.ok) throw new Error('invalid');
		checked.input.items.targets[1]!.indicator = 'no_such_indicator';
		expect(() => storeImport(db, checked.input, editor)).toThrow();
		expect(reportsOf('530102')).toHaveLength(0);
		expect(
			db.select().from(commitments).where(eq(commitments.regionCode, '530102')).all()
		).toHaveLength(0);
	});
});
