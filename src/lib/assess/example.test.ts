import { describe, it, expect } from 'vitest';
import { assess, fulfilment, type CommitmentInput, type OutcomeInput, type Status } from './index';

/** The worked example of shared/spec/assessment.md: 酉阳县, 2022. */
const rows: Array<[string, CommitmentInput['comparator'], number, number, '<=' | null, Status]> = [
	['gdp', '=', 7, 2.3, null, 'missed'],
	['fixed_asset_investment', '=', 8, 11.6, null, 'met'],
	['industrial_output', '=', 33, 15.4, null, 'missed'],
	['retail_sales', '=', 10, 0.2, null, 'missed'],
	['budget_revenue', '=', 2, 0.8, null, 'missed'],
	['urban_income', '=', 9.3, 1.6, null, 'missed'],
	['rural_income', '=', 10.2, 7, null, 'missed'],
	['cpi', '<=', 1.5, 2.5, '<=', 'unassessable']
];

const recordedAt = new Date('2023-02-01T00:00:00Z');
const commitments: CommitmentInput[] = rows.map(([indicator, comparator, value], i) => ({
	id: i + 1,
	indicator,
	metric: 'growth',
	comparator,
	value,
	stretch: null,
	unit: '%',
	relativeTo: null
}));
const outcomes: OutcomeInput[] = rows.map(([indicator, , , value, bound], i) => ({
	id: 101 + i,
	indicator,
	metric: 'growth',
	value,
	unit: '%',
	estimated: false,
	bound,
	recordedAt,
	supersededBy: null
}));

describe('worked example: 酉阳县 2022', () => {
	const assessments = commitments.map((c) => assess(c, outcomes));

	it.each(rows.map((row, i) => [row[0], row[5], i] as const))(
		'%s → %s',
		(_indicator, status, i) => {
			const a = assessments[i]!;
			expect(a.status).toBe(status);
			expect(a.outcomeId).toBe(101 + i);
		}
	);

	it('shows the figures and reasons', () => {
		expect(assessments[0]!.gap).toBe(-4.7);
		expect(assessments[0]!.reason).toBe('目标 7%，实际 2.3%，差 4.7 个百分点');
		expect(assessments[1]!.reason).toBe('目标 8%，实际 11.6%，超出 3.6 个百分点');
		expect(assessments[6]!.gap).toBe(-3.2);
		expect(assessments[7]!.reason).toBe('实际仅知 ≤2.5%，不能判断是否达到 ≤1.5%');
	});

	it('fulfilment 1 / 7 (14.3 %), 1 unassessable', () => {
		const f = fulfilment(assessments);
		expect(f.kept).toBe(1);
		expect(f.assessed).toBe(7);
		expect(f.missed).toBe(6);
		expect(f.unassessable).toBe(1);
		expect(f.pending).toBe(0);
		expect(f.rate).toBeCloseTo(0.143, 3);
		expect(f.rate).toBe(1 / 7);
	});

	it('holds with ≥ targets too', () => {
		const f = fulfilment(
			commitments.map((c) =>
				assess(c.comparator === '=' ? { ...c, comparator: '>=' } : c, outcomes)
			)
		);
		expect([f.kept, f.assessed, f.unassessable]).toEqual([1, 7, 1]);
	});
});
