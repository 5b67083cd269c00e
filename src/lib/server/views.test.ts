import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { dataVersion } from './db';
import { reports } from './db/schema';
import { createTestDatabase } from './db/test-helpers';
import { storeReport } from './reports';
import { viewCounter } from './views';

let db: ReturnType<typeof createTestDatabase>;
let id: number;
beforeEach(() => {
	db = createTestDatabase();
	const input = {
		regionCode: '140225',
		kind: 'work_report' as const,
		title: '报告',
		date: null,
		reviewYear: 2023,
		planYear: 2024,
		sourceUrl: null
	};
	id = storeReport(db, { ...input, text: '2023年全县地区生产总值增长5%。' }, null).report.id;
});
afterEach(() => {
	vi.useRealTimers();
	db.dispose();
});

const viewsOf = (reportId: number) =>
	db.select({ views: reports.views }).from(reports).where(eq(reports.id, reportId)).get()!.views;

describe('report views', () => {
	it('are counted in memory and written together, so reading changes no data version', () => {
		const counter = viewCounter(() => db);
		const version = dataVersion(db);
		for (let i = 0; i < 5; i++) counter.count(id);
		expect(dataVersion(db)).toBe(version);
		expect(viewsOf(id)).toBe(0);
		expect(counter.flush()).toBe(5);
		expect(viewsOf(id)).toBe(5);
		expect(counter.flush()).toBe(0);
		counter.count(id);
		counter.flush();
		expect(viewsOf(id)).toBe(6);
	});

	it('are written on their timer without anyone asking', () => {
		vi.useFakeTimers();
		const counter = viewCounter(() => db, 1000);
		counter.count(id);
		counter.count(id);
		vi.advanceTimersByTime(999);
		expect(viewsOf(id)).toBe(0);
		vi.advanceTimersByTime(1);
		expect(viewsOf(id)).toBe(2);
	});
});
