import { describe, it, expect } from 'vitest';
import { commitment } from './fixtures';
import { formatActual, formatTarget } from './format';

describe('formatTarget', () => {
	it('shows each comparator', () => {
		expect(formatTarget(commitment({ comparator: '>=', value: 10 }))).toBe('≥10%');
		expect(formatTarget(commitment({ comparator: '~', value: 6.5 }))).toBe('6.5%左右');
		expect(
			formatTarget(
				commitment({ comparator: '<=', value: 4, indicator: 'unemployment_rate', metric: 'rate' })
			)
		).toBe('≤4%');
		expect(formatTarget(commitment({ comparator: '>', value: 7 }))).toBe('>7%');
		expect(formatTarget(commitment({ comparator: '=', value: 8, stretch: 10 }))).toBe(
			'8%（力争10%）'
		);
		expect(
			formatTarget(commitment({ comparator: '>=', value: 8, stretch: 10 }), { spaced: true })
		).toBe('≥8%（力争 10%）');
		expect(
			formatTarget(commitment({ metric: 'level', comparator: '=', value: 6600, unit: '人' }))
		).toBe('6600人');
		expect(
			formatTarget(commitment({ metric: 'change_pp', comparator: '>=', value: 1, unit: 'pp' }))
		).toBe('≥1个百分点');
	});

	it('shows relative and qualitative targets', () => {
		const rel = commitment({
			metric: 'relative',
			comparator: '=',
			value: null,
			relativeTo: 'gdp',
			unit: null
		});
		expect(formatTarget(rel, { names: { gdp: '地区生产总值' } })).toBe('与地区生产总值增长同步');
		expect(formatTarget({ ...rel, comparator: '>' })).toBe('高于gdp增长');
		expect(formatTarget(commitment({ metric: 'qualitative', value: null }))).toBe('定性目标');
	});
});

describe('formatActual', () => {
	it('shows a figure, a bound or nothing', () => {
		expect(formatActual({ actual: 6.7, actualBound: null, decimals: 1 }, '%')).toBe('6.7%');
		expect(formatActual({ actual: 2.5, actualBound: '<=', decimals: 1 }, '%')).toBe(
			'≤2.5%（上限）'
		);
		expect(formatActual({ actual: 390, actualBound: '>=', decimals: 0 }, '万人次')).toBe(
			'≥390万人次（下限）'
		);
		expect(formatActual({ actual: null, actualBound: null, decimals: null }, '%')).toBe('—');
	});
});
