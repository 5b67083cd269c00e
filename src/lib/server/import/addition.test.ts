import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitments, outcomes, type Report } from '../db/schema';
import { createTestDatabase } from '../db/test-helpers';
import { confirmAddition, remainingCount, reviewOfRemaining } from './addition';
import { confirmImport } from './confirm';
import type { ReviewItem } from './model';
import { prepareImport } from './source';
import { formOfReview, seedWithEditor, WUHUA_2025 } from './testing';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
beforeEach(() => {
	db = createTestDatabase();
	editor = seedWithEditor(db);
});
afterEach(() => db.dispose());

/** Imports 五华区 2025 with the items `reject` picks left out. */
function importWuhua(
	reject: (label: string) => boolean,
	edit?: (form: FormData, items: ReviewItem[]) => void
) {
	const prepared = prepareImport(db, WUHUA_2025);
	if (prepared.status !== 'review') throw new Error(prepared.status);
	const form = formOfReview(prepared.review);
	const rejected = prepared.review.items.filter((i) => reject(i.label));
	for (const item of rejected) form.delete(`${item.id}.accept`);
	edit?.(form, prepared.review.items);
	const result = confirmImport(db, form, editor);
	if (result.status !== 'stored') throw new Error(result.status);
	return { report: result.report, review: prepared.review, rejected };
}

const rowsOf = (report: Report) => [
	...db.select().from(commitments).where(eq(commitments.sourceReportId, report.id)).all(),
	...db.select().from(outcomes).where(eq(outcomes.sourceReportId, report.id)).all()
];

describe("a stored report's remaining items", () => {
	it('are exactly the items not stored from it, and can be stored later, citing it', () => {
		const { report, review, rejected } = importWuhua((l) => l.includes('工业增加值'));
		expect(rejected.length).toBe(2);
		const stored = rowsOf(report).length;
		const remaining = reviewOfRemaining(db, report);
		expect(remaining.items.map((i) => i.id)).toEqual(rejected.map((i) => i.id));
		expect(remaining.regionCode).toBe(report.regionCode);
		expect(remaining.text).toBe(report.text);

		const form = formOfReview(remaining);
		form.set('text', 'a different text');
		form.set('regionCode', '110101');
		expect(confirmAddition(db, report, form, editor)).toEqual({ status: 'stored', added: 2 });
		expect(rowsOf(report)).toHaveLength(stored + 2);
		expect(rowsOf(report).every((r) => r.regionCode === '530102')).toBe(true);
		expect(remainingCount(db, report)).toBe(0);
		expect(review.items.length).toBe(stored + 2);

		expect(confirmAddition(db, report, form, editor)).toEqual({ status: 'stored', added: 0 });
		expect(rowsOf(report)).toHaveLength(stored + 2);
	});

	it('know an item whose fields were corrected on import by its place in the text', () => {
		const { report } = importWuhua(
			() => false,
			(form, items) => {
				const gdp = items.find((i) => i.label.startsWith('2025年目标：地区生产总值'))!;
				form.set(`${gdp.id}.indicator`, 'other');
			}
		);
		const stored = rowsOf(report).find((r) => 'comparator' in r && r.indicator === 'other');
		expect(stored).toBeDefined();
		expect(remainingCount(db, report)).toBe(0);
	});

	it('are checked as on import: a bad value is refused beside its field, nothing stored', () => {
		const { report } = importWuhua((l) => l.startsWith('2025年目标'));
		const remaining = reviewOfRemaining(db, report);
		const form = formOfReview(remaining);
		const first = remaining.items[0]!;
		form.set(`${first.id}.value`, '1,2.3');
		const before = rowsOf(report).length;
		const result = confirmAddition(db, report, form, editor);
		if (result.status !== 'invalid') throw new Error(result.status);
		expect(result.errors[`${first.id}.value`]?.code).toBe('bad_separator');
		expect(result.review.items.map((i) => i.id)).toEqual(remaining.items.map((i) => i.id));
		expect(rowsOf(report)).toHaveLength(before);
	});
});
