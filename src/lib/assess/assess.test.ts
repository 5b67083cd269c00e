import { describe, it, expect } from 'vitest';
import { assess } from './assess';
import { commitment, judgement, outcome } from './fixtures';
import type { CommitmentInput, Comparator, Metric, OutcomeInput } from './types';

const jan = new Date('2023-01-15T00:00:00Z');
const mar = new Date('2023-03-15T00:00:00Z');
const names = { gdp: '地区生产总值' };

function growth(
	comparator: Comparator,
	value: number,
	actual: number,
	stretch: number | null = null
) {
	return assess(commitment({ comparator, value, stretch }), [outcome({ value: actual })]);
}

function level(comparator: Comparator, value: number, actual: number, unit = '人') {
	return assess(
		commitment({ indicator: 'new_urban_jobs', metric: 'level', comparator, value, unit }),
		[outcome({ indicator: 'new_urban_jobs', metric: 'level', value: actual, unit })]
	);
}

describe('comparators', () => {
	it('>= : a ≥ t', () => {
		expect(growth('>=', 8, 8).status).toBe('met');
		expect(growth('>=', 8, 11.6).status).toBe('met');
		expect(growth('>=', 8, 7.9).status).toBe('missed');
	});

	it('= (plain figure): a ≥ t', () => {
		expect(growth('=', 7, 7).status).toBe('met');
		expect(growth('=', 7, 9).status).toBe('met');
		expect(growth('=', 7, 6.9).status).toBe('missed');
	});

	it('> : a > t', () => {
		expect(growth('>', 7, 7.1).status).toBe('met');
		expect(growth('>', 7, 7).status).toBe('missed');
		expect(growth('>', 7, 6).status).toBe('missed');
	});

	it('<= : a ≤ t', () => {
		const rate = (t: number, a: number) =>
			assess(
				commitment({ indicator: 'unemployment_rate', metric: 'rate', comparator: '<=', value: t }),
				[outcome({ indicator: 'unemployment_rate', metric: 'rate', value: a })]
			);
		expect(rate(4, 3.8).status).toBe('met');
		expect(rate(4, 4).status).toBe('met');
		expect(rate(4, 4.1).status).toBe('missed');
	});

	it('~ on growth: a ≥ t − 0.5 pp (t = 6.5: 6.0 met, 5.99 missed)', () => {
		expect(growth('~', 6.5, 6.0).status).toBe('met');
		expect(growth('~', 6.5, 5.99).status).toBe('missed');
		expect(growth('~', 6.5, 7).status).toBe('met');
	});

	it('~ on a level: a ≥ t − 2 % of t (t = 100: 98 met, 97.99 missed)', () => {
		expect(level('~', 100, 98).status).toBe('met');
		expect(level('~', 100, 97.99).status).toBe('missed');
		expect(level('~', 88.3, 86.534, '万亩').status).toBe('met');
		expect(level('~', 88.3, 86.533, '万亩').status).toBe('missed');
	});

	it('~ on rate and change_pp uses the pp tolerance', () => {
		const pp = (metric: Metric, t: number, a: number) =>
			assess(
				commitment({
					indicator: 'urbanization_rate',
					metric,
					comparator: '~',
					value: t,
					unit: metric === 'rate' ? '%' : 'pp'
				}),
				[
					outcome({
						indicator: 'urbanization_rate',
						metric,
						value: a,
						unit: metric === 'rate' ? '%' : 'pp'
					})
				]
			).status;
		expect(pp('rate', 47, 46.5)).toBe('met');
		expect(pp('rate', 47, 46.4)).toBe('missed');
		expect(pp('change_pp', 1, 0.5)).toBe('met');
		expect(pp('change_pp', 1, 0.4)).toBe('missed');
	});

	it('tolerance is a setting', () => {
		const settings = { tolerancePp: 1, toleranceLevelPct: 5 };
		expect(
			assess(commitment({ comparator: '~', value: 6.5 }), [outcome({ value: 5.5 })], { settings })
				.status
		).toBe('met');
		expect(
			assess(commitment({ comparator: '~', value: 6.5 }), [outcome({ value: 5.49 })], { settings })
				.status
		).toBe('missed');
		const lvl = commitment({
			indicator: 'x',
			metric: 'level',
			comparator: '~',
			value: 100,
			unit: '个'
		});
		expect(
			assess(lvl, [outcome({ indicator: 'x', metric: 'level', value: 95, unit: '个' })], {
				settings
			}).status
		).toBe('met');
	});
});

describe('stretch (力争)', () => {
	it('exceeded needs a ≥ s', () => {
		expect(growth('>=', 8, 10, 10).status).toBe('exceeded');
		expect(growth('>=', 8, 11, 10).status).toBe('exceeded');
		expect(growth('>=', 8, 9.9, 10).status).toBe('met');
		expect(growth('>=', 8, 7.9, 10).status).toBe('missed');
		expect(growth('=', 8, 10, 10).status).toBe('exceeded');
	});

	it('a ≥ s on a missed target is still missed (">" and "~" need the target first)', () => {
		expect(growth('>', 8, 8, 8).status).toBe('missed');
		expect(growth('~', 8, 7.5, 7.5).status).toBe('exceeded');
	});

	it('a <= target with a stretch is exceeded at a ≤ s', () => {
		const cpi = (a: number) =>
			assess(commitment({ indicator: 'cpi', comparator: '<=', value: 3, stretch: 2.5 }), [
				outcome({ indicator: 'cpi', value: a })
			]);
		expect(cpi(2.5).status).toBe('exceeded');
		expect(cpi(2.6).status).toBe('met');
		expect(cpi(3.1).status).toBe('missed');
	});

	it('says so in the reason', () => {
		expect(growth('>=', 8, 11, 10).reason).toBe('目标 ≥8%（力争 10%），实际 11%，达到力争目标');
		expect(growth('>=', 8, 9, 10).reason).toBe(
			'目标 ≥8%（力争 10%），实际 9%，超出 1 个百分点，未达到力争目标'
		);
	});
});

describe('relative targets', () => {
	const rel = (comparator: Comparator) =>
		commitment({
			indicator: 'urban_income',
			metric: 'relative',
			comparator,
			value: null,
			unit: null,
			relativeTo: 'gdp'
		});
	const own = (value: number, over: Partial<OutcomeInput> = {}) =>
		outcome({ indicator: 'urban_income', value, ...over });
	const gdp = (value: number, over: Partial<OutcomeInput> = {}) =>
		outcome({ indicator: 'gdp', value, ...over });

	it('= : a ≥ r − tol', () => {
		expect(assess(rel('='), [own(5.5)], { reference: [gdp(6)] }).status).toBe('met');
		expect(assess(rel('='), [own(5.49)], { reference: [gdp(6)] }).status).toBe('missed');
		const missed = assess(rel('='), [own(5.1)], { reference: [gdp(6)], names });
		expect(missed.status).toBe('missed');
		expect(missed.reference).toBe(6);
		expect(missed.gap).toBe(-0.9);
		expect(missed.attainment).toBeNull();
		expect(missed.reason).toBe(
			'目标与地区生产总值增长同步，实际 5.1%，地区生产总值增长 6%，差 0.9 个百分点'
		);
	});

	it('> : a > r', () => {
		expect(assess(rel('>'), [own(6.1)], { reference: [gdp(6)] }).status).toBe('met');
		expect(assess(rel('>'), [own(6)], { reference: [gdp(6)] }).status).toBe('missed');
	});

	it('r is selected like any actual (final over estimate, superseded ignored, growth only)', () => {
		const reference = [
			gdp(5, { estimated: true, recordedAt: mar }),
			gdp(7, { recordedAt: jan }),
			gdp(9, { recordedAt: mar, supersededBy: 1 }),
			gdp(136.4, { metric: 'level', unit: '亿元', recordedAt: mar })
		];
		const a = assess(rel('>'), [own(6.8)], { reference });
		expect(a.reference).toBe(7);
		expect(a.status).toBe('missed');
	});

	it('no reference → pending', () => {
		const a = assess(rel('='), [own(5.1)], { reference: [], names });
		expect(a.status).toBe('pending');
		expect(a.actual).toBe(5.1);
		expect(a.reason).toBe('目标与地区生产总值增长同步，实际 5.1%，尚无地区生产总值增长的实际数据');
		expect(assess(rel('='), [], { reference: [gdp(6)] }).status).toBe('pending');
	});

	it('finds the reference among the outcomes when none are passed separately', () => {
		expect(assess(rel('='), [own(6.2), gdp(6)]).status).toBe('met');
	});

	it('a reference known only by a bound decides only when it can', () => {
		expect(assess(rel('='), [own(7)], { reference: [gdp(6, { bound: '<=' })] }).status).toBe('met');
		expect(assess(rel('='), [own(5)], { reference: [gdp(6, { bound: '<=' })] }).status).toBe(
			'unassessable'
		);
	});

	it('marks an estimated reference as based on an estimate', () => {
		const a = assess(rel('='), [own(6.2)], { reference: [gdp(6, { estimated: true })], names });
		expect(a.actualEstimated).toBe(true);
		expect(a.reason).toBe(
			'目标与地区生产总值增长同步，实际 6.2%，地区生产总值增长 6%，超出 0.2 个百分点（基于预计数）'
		);
	});
});

describe('which outcome counts', () => {
	it('a final beats an estimate even if older; the result is not flagged as an estimate', () => {
		const a = assess(commitment({ value: 8 }), [
			outcome({ id: 1, value: 8.5, estimated: false, recordedAt: jan }),
			outcome({ id: 2, value: 7, estimated: true, recordedAt: mar })
		]);
		expect(a.outcomeId).toBe(1);
		expect(a.status).toBe('met');
		expect(a.actualEstimated).toBe(false);
	});

	it('a newer final beats an older final', () => {
		const a = assess(commitment({ value: 8 }), [
			outcome({ id: 1, value: 8.5, recordedAt: jan }),
			outcome({ id: 2, value: 7.5, recordedAt: mar })
		]);
		expect(a.outcomeId).toBe(2);
		expect(a.status).toBe('missed');
	});

	it('only estimates: the newest, flagged', () => {
		const a = assess(commitment({ value: 10 }), [
			outcome({ id: 1, value: 7, estimated: true, recordedAt: jan }),
			outcome({ id: 2, value: 6.7, estimated: true, recordedAt: mar })
		]);
		expect(a.outcomeId).toBe(2);
		expect(a.actualEstimated).toBe(true);
		expect(a.reason).toBe('目标 ≥10%，实际 6.7%，差 3.3 个百分点（基于预计数）');
	});

	it('superseded outcomes are ignored', () => {
		const a = assess(commitment({ value: 8 }), [
			outcome({ id: 1, value: 9, recordedAt: mar, supersededBy: 2 }),
			outcome({ id: 2, value: 7, recordedAt: jan })
		]);
		expect(a.outcomeId).toBe(2);
		expect(a.status).toBe('missed');
	});

	it('an outcome of another metric does not count (a level against a growth target → pending)', () => {
		const a = assess(commitment({ value: 10 }), [
			outcome({ metric: 'level', value: 136.4, unit: '亿元' })
		]);
		expect(a.status).toBe('pending');
		expect(a.actual).toBeNull();
		expect(a.outcomeId).toBeNull();
		expect(a.reason).toBe('尚无实际数据');
	});

	it('no outcome → pending', () => {
		const a = assess(commitment(), []);
		expect(a.status).toBe('pending');
		expect(a.gap).toBeNull();
		expect(a.attainment).toBeNull();
	});
});

describe('bound outcomes', () => {
	const bounded = (
		comparator: Comparator,
		t: number,
		bound: '<=' | '>=',
		v: number,
		indicator = 'cpi'
	) =>
		assess(commitment({ indicator, comparator, value: t }), [
			outcome({ indicator, value: v, bound })
		]);

	it('a bound that proves the target: met', () => {
		const a = bounded('<=', 3.5, '<=', 2.5);
		expect(a.status).toBe('met');
		expect(a.actual).toBe(2.5);
		expect(a.actualBound).toBe('<=');
		expect(a.gap).toBeNull();
		expect(a.attainment).toBeNull();
		expect(a.reason).toBe('目标 ≤3.5%，实际 ≤2.5%（上限），可确定达到目标');
		expect(bounded('>=', 5, '>=', 6, 'gdp').status).toBe('met');
		expect(bounded('>=', 5, '>=', 5, 'gdp').status).toBe('met');
	});

	it('a bound that refutes the target: missed', () => {
		expect(bounded('>=', 8, '<=', 5, 'gdp').status).toBe('missed');
		expect(bounded('<=', 3, '>=', 3.5).status).toBe('missed');
	});

	it('a bound that can do neither: unassessable', () => {
		const a = bounded('<=', 1.5, '<=', 2.5);
		expect(a.status).toBe('unassessable');
		expect(a.reason).toBe('实际仅知 ≤2.5%，不能判断是否达到 ≤1.5%');
		expect(bounded('>=', 8, '>=', 6, 'gdp').status).toBe('unassessable');
		expect(bounded('>=', 8, '<=', 9, 'gdp').status).toBe('unassessable');
		expect(bounded('>=', 8, '<=', 8, 'gdp').status).toBe('unassessable');
		expect(bounded('<=', 3, '>=', 3).status).toBe('unassessable');
	});

	it('a lower bound at or above the stretch proves exceeded', () => {
		const c = commitment({ comparator: '>=', value: 8, stretch: 10 });
		expect(assess(c, [outcome({ value: 10, bound: '>=' })]).status).toBe('exceeded');
		expect(assess(c, [outcome({ value: 9, bound: '>=' })]).status).toBe('met');
	});
});

describe('qualitative targets and manual judgements', () => {
	const qualitative = commitment({
		indicator: 'other',
		metric: 'qualitative',
		comparator: '=',
		value: null,
		unit: null
	});

	it('qualitative without a judgement: unassessable', () => {
		const a = assess(qualitative, [
			outcome({ indicator: 'other', metric: 'qualitative', value: null })
		]);
		expect(a.status).toBe('unassessable');
		expect(a.judgement).toBeNull();
		expect(a.reason).toBe('定性目标，尚无判断');
	});

	it('qualitative with a judgement: the editor’s status, said to be theirs', () => {
		const j = judgement({ status: 'met', author: '王编辑', reason: '已完成市级下达任务' });
		const a = assess(qualitative, [], { judgement: j });
		expect(a.status).toBe('met');
		expect(a.judgement).toBe(j);
		expect(a.reason).toBe('定性目标；编辑 王编辑 判断为达到：已完成市级下达任务');
		const missed = assess(qualitative, [], {
			judgement: judgement({ status: 'missed', author: '李四' })
		});
		expect(missed.status).toBe('missed');
		expect(missed.reason).toContain('编辑 李四 判断为未达到');
	});

	it('a judgement settles an undecidable bound', () => {
		const c = commitment({ indicator: 'cpi', comparator: '<=', value: 1.5 });
		const a = assess(c, [outcome({ indicator: 'cpi', value: 2.5, bound: '<=' })], {
			judgement: judgement({ status: 'missed', author: '张三', reason: '统计公报显示涨幅2.1%' })
		});
		expect(a.status).toBe('missed');
		expect(a.judgement).not.toBeNull();
		expect(a.reason).toBe(
			'实际仅知 ≤2.5%，不能判断是否达到 ≤1.5%；编辑 张三 判断为未达到：统计公报显示涨幅2.1%'
		);
	});

	it('a judgement does not override a computed met, missed or pending', () => {
		const j = judgement({ status: 'met' });
		const missed = assess(commitment({ value: 10 }), [outcome({ value: 6.7 })], { judgement: j });
		expect(missed.status).toBe('missed');
		expect(missed.judgement).toBeNull();
		expect(missed.reason).toBe('目标 ≥10%，实际 6.7%，差 3.3 个百分点');
		const met = assess(commitment({ value: 5 }), [outcome({ value: 6.7 })], {
			judgement: judgement({ status: 'missed' })
		});
		expect(met.status).toBe('met');
		expect(met.judgement).toBeNull();
		expect(assess(commitment(), [], { judgement: j }).status).toBe('pending');
	});
});

describe('gap and attainment', () => {
	it('gap = a − t with exact decimals', () => {
		expect(growth('>=', 10, 6.7).gap).toBe(-3.3);
		expect(growth('>=', 8, 11.6).gap).toBe(3.6);
		expect(growth('>=', 10.2, 7).gap).toBe(-3.2);
		expect(growth('>=', 9.3, 1.6).gap).toBe(-7.7);
		expect(growth('>=', 3, 3.55).gap).toBe(0.55);
		expect(level('=', 6600, 6821).gap).toBe(221);
	});

	it('attainment = a / t × 100, one decimal, only where t > 0 and a ≥ 0', () => {
		expect(growth('>=', 7, 2.3).attainment).toBe(32.9);
		expect(growth('>=', 8, 11.6).attainment).toBe(145);
		expect(level('=', 6600, 6821).attainment).toBe(103.3);
		expect(growth('>=', 5, 0).attainment).toBe(0);
		expect(growth('>=', 5, -2).attainment).toBeNull();
		expect(growth('>=', 0, 3).attainment).toBeNull();
		expect(growth('>=', -2, 3).attainment).toBeNull();
	});

	it('a level in another magnitude of the same unit is converted', () => {
		const c = commitment({
			indicator: 'new_urban_jobs',
			metric: 'level',
			comparator: '=',
			value: 6600,
			unit: '人'
		});
		const a = assess(c, [
			outcome({ indicator: 'new_urban_jobs', metric: 'level', value: 0.6821, unit: '万人' })
		]);
		expect(a.status).toBe('met');
		expect(a.actual).toBe(6821);
		expect(a.gap).toBe(221);
		const b = assess(c, [
			outcome({ indicator: 'new_urban_jobs', metric: 'level', value: 6821, unit: '户' })
		]);
		expect(b.status).toBe('unassessable');
	});
});

describe('reasons', () => {
	const cases: Array<[CommitmentInput, OutcomeInput, string]> = [
		[commitment({ value: 10 }), outcome({ value: 6.7 }), '目标 ≥10%，实际 6.7%，差 3.3 个百分点'],
		[commitment({ value: 8 }), outcome({ value: 11.6 }), '目标 ≥8%，实际 11.6%，超出 3.6 个百分点'],
		[commitment({ value: 8 }), outcome({ value: 8 }), '目标 ≥8%，实际 8%，恰好达到目标'],
		[
			commitment({ indicator: 'cpi', comparator: '<=', value: 3.5 }),
			outcome({ indicator: 'cpi', value: 2.8 }),
			'目标 ≤3.5%，实际 2.8%，低于上限 0.7 个百分点'
		],
		[
			commitment({ indicator: 'cpi', comparator: '<=', value: 3 }),
			outcome({ indicator: 'cpi', value: 3.4 }),
			'目标 ≤3%，实际 3.4%，超出上限 0.4 个百分点'
		],
		[
			commitment({ indicator: 'j', metric: 'level', comparator: '=', value: 6600, unit: '人' }),
			outcome({ indicator: 'j', metric: 'level', value: 6821, unit: '人' }),
			'目标 6600人，实际 6821人，超出 221人'
		],
		[
			commitment({ indicator: 'j', metric: 'level', comparator: '>=', value: 6600, unit: '人' }),
			outcome({ indicator: 'j', metric: 'level', value: 6500, unit: '人' }),
			'目标 ≥6600人，实际 6500人，差 100人'
		],
		[
			commitment({ comparator: '~', value: 6.5 }),
			outcome({ value: 6.2 }),
			'目标 6.5%左右，实际 6.2%，差 0.3 个百分点，在容差 0.5 个百分点以内'
		],
		[
			commitment({ indicator: 'j', metric: 'level', comparator: '~', value: 100, unit: '个' }),
			outcome({ indicator: 'j', metric: 'level', value: 98, unit: '个' }),
			'目标 100个左右，实际 98个，差 2个，在容差 2个（目标的2%）以内'
		],
		[
			commitment({ comparator: '>', value: 7 }),
			outcome({ value: 7 }),
			'目标 >7%，实际 7%，与目标持平，未高于目标'
		]
	];
	it.each(cases)('explains %#', (c, o, text) => {
		expect(assess(c, [o]).reason).toBe(text);
	});
});

describe('figures at the precision the report writes them', () => {
	it('shows a converted actual and its gap to two places beyond a whole target', () => {
		const c = commitment({
			indicator: 'grain_output',
			metric: 'level',
			value: 13,
			unit: '万吨',
			sourceQuote: '粮食产量稳定在13万吨以上'
		});
		const o = outcome({
			indicator: 'grain_output',
			metric: 'level',
			value: 129136.05,
			unit: '吨',
			sourceQuote: '全年粮食总产量129136.05吨'
		});
		const a = assess(c, [o]);
		expect(a).toMatchObject({ status: 'missed', decimals: 2, gapDecimals: 2 });
		expect(a.actual).toBeCloseTo(12.913605, 9);
		expect(a.reason).toBe('目标 ≥13万吨，实际 12.91万吨，差 0.09万吨');
	});

	it('keeps the places the quote writes (6.0%) and gaps at the finer of the two', () => {
		const c = commitment({ value: 7, comparator: '=', sourceQuote: '地区生产总值增长7%' });
		const o = outcome({ value: 6.25, sourceQuote: '地区生产总值增长6.25%' });
		expect(assess(c, [o]).reason).toBe('目标 7%，实际 6.25%，差 0.75 个百分点');
		const written = outcome({ value: 6, sourceQuote: '比上年增长6.0%' });
		expect(assess(c, [written]).reason).toBe('目标 7%，实际 6.0%，差 1.0 个百分点');
	});
});
