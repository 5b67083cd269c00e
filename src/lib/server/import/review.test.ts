import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-helpers';
import { confirmImport } from './confirm';
import { readReviewForm } from './posted';
import { completeReview } from './review';
import { prepareImport } from './source';
import { formOfReview, seedWithEditor, WUHUA_2025, ZHAOHUA_BULLETIN_2023 } from './testing';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
beforeEach(() => {
	db = createTestDatabase();
	editor = seedWithEditor(db);
});
afterEach(() => db.dispose());

function reviewOf(text: string) {
	const prepared = prepareImport(db, text);
	if (prepared.status !== 'review') throw new Error(`expected a review, got ${prepared.status}`);
	return prepared.review;
}

describe('import review', () => {
	it('detects region, kind, years, title and date, and proposes every item with its span', () => {
		const review = reviewOf(WUHUA_2025);
		expect(review.regionCode).toBe('530102');
		expect(review.meta).toMatchObject({
			kind: 'work_report',
			reviewYear: '2024',
			planYear: '2025',
			date: '2025-01-08'
		});
		expect(review.meta.title).toBe('2025年昆明市五华区人民政府工作报告');
		const targets = review.items.filter((i) => i.kind === 'target');
		expect(targets.map((t) => t.values.indicator)).toEqual([
			'gdp',
			'industrial_va',
			'budget_revenue',
			'new_urban_jobs',
			'unemployment_rate'
		]);
		expect(targets[0]!.label).toBe('2025年目标：地区生产总值 5%左右');
		for (const item of review.items) {
			expect(item.accept).toBe(true);
			expect(WUHUA_2025.slice(Number(item.values.start), Number(item.values.end))).toBe(
				item.values.quote
			);
		}
		expect(review.items.some((i) => i.matches.length)).toBe(false);
	});

	it('tells the editor a text is already stored before any review work', () => {
		const seed = readFileSync(resolve('seeds/510811-2023.txt'), 'utf8');
		const prepared = prepareImport(db, seed.replace(/\n/g, '\r\n'));
		expect(prepared).toMatchObject({
			status: 'duplicate',
			report: {
				title: '关于广元市昭化区2022年国民经济和社会发展计划执行情况及2023年计划草案的报告'
			}
		});
	});

	it('refuses a text that is not a report, in Chinese', () => {
		expect(prepareImport(db, 'hello world, 2024')).toEqual({
			status: 'not-a-report',
			message: '不能导入：文本中几乎没有中文'
		});
	});

	it('closes the loop: a bulletin’s outcomes are matched to the commitments of the same key', () => {
		const review = reviewOf(ZHAOHUA_BULLETIN_2023);
		expect(review.regionCode).toBe('510811');
		expect(review.meta.kind).toBe('statistical_bulletin');
		const gdp = review.items.find(
			(i) => i.values.indicator === 'gdp' && i.values.metric === 'growth'
		)!;
		expect(gdp.matches).toEqual([
			expect.objectContaining({
				year: 2023,
				name: '地区生产总值',
				target: '≥8.1%',
				before: 'pending',
				after: 'missed',
				actual: '6%',
				decides: true
			})
		]);
		const primary = review.items.find(
			(i) => i.values.indicator === 'primary_va' && i.values.metric === 'growth'
		)!;
		expect(primary.matches[0]).toMatchObject({ target: '5.2%', after: 'missed' });
		const level = review.items.find(
			(i) => i.values.indicator === 'gdp' && i.values.metric === 'level'
		)!;
		expect(level.matches).toEqual([]);
	});

	it('shows that an estimate does not displace a final figure already in force', () => {
		const stored = confirmImport(db, formOfReview(reviewOf(ZHAOHUA_BULLETIN_2023)), editor);
		expect(stored.status).toBe('stored');
		const later = reviewOf(
			'2024年广元市昭化区人民政府工作报告\n\n一、2023年工作回顾\n\n预计全年地区生产总值增长9%，规模以上工业增加值增长10%。\n\n二、2024年主要目标\n\n地区生产总值增长7%左右。\n'
		);
		const gdp = later.items.find((i) => i.values.indicator === 'gdp' && i.kind === 'outcome')!;
		expect(gdp.values.estimated).toBe('true');
		expect(gdp.matches[0]).toMatchObject({
			before: 'missed',
			after: 'missed',
			actual: '6.0%', // as the bulletin writes it
			decides: false
		});
	});

	it('rechecks for another region, keeping the editor’s edits', () => {
		const review = reviewOf(ZHAOHUA_BULLETIN_2023);
		const form = formOfReview(review);
		const gdp = review.items.find(
			(i) => i.values.indicator === 'gdp' && i.values.metric === 'growth'
		)!;
		form.set(`${gdp.id}.estimated`, 'true');
		form.set('regionOther', '530102');
		const elsewhere = completeReview(db, readReviewForm(form));
		expect(elsewhere.regionCode).toBe('530102');
		expect(elsewhere.regionOptions.map((o) => o.code)).toEqual(['530102', '510811']);
		expect(elsewhere.items.find((i) => i.id === gdp.id)!.values.estimated).toBe('true');
		expect(elsewhere.items.every((i) => !i.matches.length)).toBe(true);
		form.set('regionOther', '');
		const back = completeReview(db, readReviewForm(form)).items.find((i) => i.id === gdp.id)!;
		expect(back.matches[0]).toMatchObject({ after: 'missed', actual: '6%', actualEstimated: true });
	});
});
