import { describe, it, expect } from 'vitest';
import { commitment, outcome } from './fixtures';
import { selectOutcome } from './select';

const jan = new Date('2023-01-15T00:00:00Z');
const mar = new Date('2023-03-15T00:00:00Z');
const jun = new Date('2023-06-15T00:00:00Z');

describe('selectOutcome', () => {
	it('prefers a final figure over an estimate, even an older final', () => {
		const final = outcome({ id: 1, value: 6.5, estimated: false, recordedAt: jan });
		const estimate = outcome({ id: 2, value: 7, estimated: true, recordedAt: jun });
		expect(selectOutcome(commitment(), [estimate, final])).toBe(final);
	});

	it('takes the newest final, by recordedAt then id', () => {
		const older = outcome({ id: 5, value: 6.5, recordedAt: jan });
		const newer = outcome({ id: 3, value: 6.2, recordedAt: mar });
		expect(selectOutcome(commitment(), [newer, older])).toBe(newer);
		const sameTimeLowId = outcome({ id: 7, recordedAt: jun });
		const sameTimeHighId = outcome({ id: 8, recordedAt: jun });
		expect(selectOutcome(commitment(), [sameTimeLowId, sameTimeHighId, newer])).toBe(
			sameTimeHighId
		);
		expect(selectOutcome(commitment(), [sameTimeHighId, sameTimeLowId, newer])).toBe(
			sameTimeHighId
		);
	});

	it('falls back to the newest estimate', () => {
		const e1 = outcome({ id: 1, estimated: true, recordedAt: jan });
		const e2 = outcome({ id: 2, estimated: true, recordedAt: mar });
		expect(selectOutcome(commitment(), [e2, e1])).toBe(e2);
	});

	it('ignores superseded outcomes', () => {
		const old = outcome({ id: 1, value: 5, recordedAt: jun, supersededBy: 2 });
		const current = outcome({ id: 2, value: 6, recordedAt: mar });
		expect(selectOutcome(commitment(), [old, current])).toBe(current);
		expect(selectOutcome(commitment(), [old])).toBeNull();
	});

	it('ignores outcomes of another metric or indicator, and without a figure', () => {
		const level = outcome({ metric: 'level', value: 136.4, unit: '亿元' });
		const other = outcome({ indicator: 'retail_sales' });
		const empty = outcome({ value: null });
		expect(selectOutcome(commitment(), [level, other, empty])).toBeNull();
	});

	it('uses the growth outcome of the own indicator for a relative target; none for qualitative', () => {
		const growth = outcome({ indicator: 'urban_income', metric: 'growth', value: 5.1 });
		const relative = commitment({
			indicator: 'urban_income',
			metric: 'relative',
			value: null,
			relativeTo: 'gdp',
			comparator: '='
		});
		expect(selectOutcome(relative, [outcome({ indicator: 'gdp' }), growth])).toBe(growth);
		const qualitative = commitment({ metric: 'qualitative', value: null });
		expect(
			selectOutcome(qualitative, [outcome({ metric: 'qualitative', value: null }), outcome()])
		).toBeNull();
	});

	it('counts only an outcome of the same scope (规上 is not the whole statistic)', () => {
		const whole = outcome({
			indicator: 'industrial_output',
			value: 15.4,
			recordedAt: new Date('2023-01-01')
		});
		const aboveScale = outcome({
			indicator: 'industrial_output',
			value: 14.4,
			scope: '规上',
			recordedAt: new Date('2023-02-01')
		});
		expect(selectOutcome(commitment({ indicator: 'industrial_output' }), [whole, aboveScale])).toBe(
			whole
		);
		expect(
			selectOutcome(commitment({ indicator: 'industrial_output', scope: '规上' }), [
				whole,
				aboveScale
			])
		).toBe(aboveScale);
		const fai = outcome({ indicator: 'fixed_asset_investment', scope: '500万元以上', value: 3 });
		expect(
			selectOutcome(commitment({ indicator: 'fixed_asset_investment', scope: '500万以上' }), [fai])
		).toBe(fai);
		expect(selectOutcome(commitment({ indicator: 'fixed_asset_investment' }), [fai])).toBeNull();
	});
});
