import { describe, expect, it } from 'vitest';
import { isIsoDay, todayInChina, yearInChina } from './dates';

describe('dates', () => {
	it('accepts only real days written YYYY-MM-DD', () => {
		expect(isIsoDay('2024-02-29')).toBe(true);
		expect(isIsoDay('2023-02-29')).toBe(false);
		expect(isIsoDay('2023-02-30')).toBe(false);
		expect(isIsoDay('2023-2-3')).toBe(false);
	});

	it('reads today and the year as Beijing does', () => {
		const newYearInBeijing = new Date('2025-12-31T17:00:00Z');
		expect(todayInChina(newYearInBeijing)).toBe('2026-01-01');
		expect(yearInChina(newYearInBeijing)).toBe(2026);
	});
});
