import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-helpers';
import { readReviewForm } from './posted';
import { prepareImport } from './source';

// No region anywhere in it, and no year but the one in its targets.
const NO_REGION = [
	'政府工作报告',
	'一、过去一年工作回顾',
	'过去的一年，全县地区生产总值增长6%，一般公共预算收入增长8%。',
	'二、今年的主要目标',
	'2024年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长7%。'
].join('\n');

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

describe('what the extractor asks the editor', () => {
	it('asks for the region when the text names none, and keeps asking after a failed save', () => {
		const prepared = prepareImport(db, NO_REGION);
		expect(prepared.status).toBe('review');
		if (prepared.status !== 'review') return;
		const asked = prepared.review.questions;
		expect(asked.map((q) => q.field)).toContain('region');
		expect(asked.find((q) => q.field === 'region')!.reason).toMatch(/地区/);

		const form = new FormData();
		form.set('text', NO_REGION);
		form.set('questions', JSON.stringify(asked));
		expect(readReviewForm(form).questions).toEqual(asked);
	});

	it('drops questions a client made up or broke, rather than showing them', () => {
		const posted = (questions: string) => {
			const form = new FormData();
			form.set('questions', questions);
			return readReviewForm(form).questions;
		};
		expect(posted('{not json')).toEqual([]);
		expect(posted(JSON.stringify([{ field: 'password', candidates: [], reason: 'x' }]))).toEqual(
			[]
		);
		expect(posted('')).toEqual([]);
	});
});
