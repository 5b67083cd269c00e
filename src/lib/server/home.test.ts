import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createTestDatabase } from './db/test-helpers';
import { trackedRegionsNow } from './fulfilment';
import { homeFigures } from './home';
import { storeReport } from './reports';

let db: ReturnType<typeof createTestDatabase>;
beforeAll(async () => {
	db = createTestDatabase();
	const { seedFromDirectory } = await import('./seed');
	seedFromDirectory(db, resolve('seeds'), (file) => /^real\/baoding\/130608-20(19|2\d)/.test(file));
}, 60_000);
afterAll(() => db.dispose());

const report = (text: string) => ({
	regionCode: '130608',
	kind: 'work_report' as const,
	title: '清苑区政府工作报告',
	date: null,
	reviewYear: null,
	planYear: 2030,
	sourceUrl: null,
	text
});

describe("the home page's figures", () => {
	it('are computed once per version of the data, again after a write', () => {
		const first = homeFigures(db);
		expect(first.totals.reports).toBeGreaterThan(0);
		expect(homeFigures(db)).toBe(first);
		storeReport(db, report('一份新的报告。'), null);
		const second = homeFigures(db);
		expect(second).not.toBe(first);
		expect(second.totals.reports).toBe(first.totals.reports + 1);
		expect(second.reports[0]!.planYear).toBe(2030);
	});

	it('see a write by another connection to the same file', () => {
		const before = homeFigures(db);
		const other = new Database(db.$client.name);
		other.prepare("UPDATE reports SET title = '改过的标题' WHERE plan_year = 2030").run();
		other.close();
		const after = homeFigures(db);
		expect(after).not.toBe(before);
		expect(after.reports[0]!.title).toBe('改过的标题');
	});
});

describe('the tracked regions, a page at a time', () => {
	it('are counted once per page and version of the data', () => {
		const first = trackedRegionsNow(db, 10, 0);
		expect(first.total).toBeGreaterThan(0);
		expect(trackedRegionsNow(db, 10, 0)).toBe(first);
		expect(trackedRegionsNow(db, 10, 0, { reviewedOnly: true })).not.toBe(first);
		storeReport(db, report('又一份新的报告。'), null);
		const again = trackedRegionsNow(db, 10, 0);
		expect(again).not.toBe(first);
		expect(again.regions[0]!.reports).toBe(first.regions[0]!.reports + 1);
	});
});
