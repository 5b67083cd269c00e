import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedOutcome, ExtractedTarget } from '../extract/types';
import { scorecardJson } from './api';
import { compareIndicator, rankFromCounts, sortRanking } from './compare';
import { describeRegions } from './region-sets';
import { createTestDatabase } from './db/test-helpers';
import { storeExtractedItems } from './extracted';
import { regionHistory } from './history';
import { indicatorNames } from './indicators';
import { ambitionVsDelivery, listTrackedRegions } from './overview';
import { getRegion } from './regions';
import { storeReport } from './reports';
import { assessRegion, getScorecard } from './scorecard';

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

const span = { start: 0, end: 1 };
const target = (
	indicator: string,
	value: number,
	over: Partial<ExtractedTarget> = {}
): ExtractedTarget => ({
	year: 2022,
	indicator,
	name: indicator,
	scope: null,
	metric: 'growth',
	comparator: '=',
	value,
	stretch: null,
	unit: '%',
	relativeTo: null,
	headline: true,
	binding: 'expected',
	quote: `${indicator} ${value}`,
	span,
	guesses: [],
	...over
});
const result = (
	indicator: string,
	value: number,
	over: Partial<ExtractedOutcome> = {}
): ExtractedOutcome => ({
	year: 2022,
	indicator,
	name: indicator,
	scope: null,
	metric: 'growth',
	value,
	unit: '%',
	estimated: false,
	bound: null,
	quote: `${indicator} ${value}`,
	span,
	guesses: [],
	...over
});

/** 酉阳县 2022, from its own table of targets and results: the spec's worked example. */
const WORKED_EXAMPLE = {
	targets: [
		target('gdp', 7),
		target('fixed_asset_investment', 8),
		target('industrial_output', 33),
		target('retail_sales', 10),
		target('budget_revenue', 2),
		target('urban_income', 9.3),
		target('rural_income', 10.2),
		target('cpi', 1.5, { comparator: '<=' })
	],
	outcomes: [
		result('gdp', 2.3),
		result('fixed_asset_investment', 11.6),
		result('industrial_output', 15.4),
		result('retail_sales', 0.2),
		result('budget_revenue', 0.8),
		result('urban_income', 1.6),
		result('rural_income', 7),
		result('cpi', 2.5, { bound: '<=' })
	]
};

function seed(
	regionCode: string,
	items: { targets: ExtractedTarget[]; outcomes: ExtractedOutcome[] },
	text = regionCode
) {
	const { report } = storeReport(
		db,
		{
			regionCode,
			kind: 'plan_report',
			title: 't',
			date: null,
			reviewYear: 2022,
			planYear: 2023,
			sourceUrl: null,
			text
		},
		null
	);
	db.transaction((tx) => storeExtractedItems(tx, report, items, null));
}

describe('scorecards', () => {
	it('reproduces the worked example: 1 of 7 kept, CPI unassessable', () => {
		seed('500242', WORKED_EXAMPLE);
		const card = getScorecard(db, '500242', 2022)!;
		const status = Object.fromEntries(
			card.rows.map((r) => [r.commitment.indicator, r.assessment.status])
		);
		expect(status).toEqual({
			gdp: 'missed',
			fixed_asset_investment: 'met',
			industrial_output: 'missed',
			retail_sales: 'missed',
			budget_revenue: 'missed',
			urban_income: 'missed',
			rural_income: 'missed',
			cpi: 'unassessable'
		});
		expect(card.fulfilment.headline).toMatchObject({
			kept: 1,
			assessed: 7,
			unassessable: 1,
			pending: 0
		});
		expect(card.fulfilment.headline.rate).toBeCloseTo(1 / 7);
		const json = scorecardJson(getRegion(db, '500242')!, card);
		expect(json.fulfilment).toEqual({
			met: 1,
			exceeded: 0,
			missed: 6,
			pending: 0,
			unassessable: 1,
			rate: 1 / 7
		});
		expect(json.commitments[0]).toMatchObject({
			indicator: 'gdp',
			value: 7,
			actual: 2.3,
			status: 'missed',
			gap: -4.7
		});
		expect(json.commitments[0]!.reason).toContain('2.3%');
	});

	it('shows a year without outcomes as pending, never missed', () => {
		seed('500242', { targets: [target('gdp', 8, { year: 2023, stretch: 10 })], outcomes: [] });
		const card = getScorecard(db, '500242', 2023)!;
		expect(card.rows[0]!.assessment.status).toBe('pending');
		expect(card.fulfilment.headline).toMatchObject({
			kept: 0,
			assessed: 0,
			pending: 1,
			rate: null
		});
	});

	it('puts headline commitments first and rates them apart from the others', () => {
		seed('520323', {
			targets: [
				target('other', 39, { metric: 'level', unit: '个', headline: false, name: '老旧小区改造' }),
				target('gdp', 10, { comparator: '>=' })
			],
			outcomes: [result('gdp', 10.5)]
		});
		const card = getScorecard(db, '520323', 2022)!;
		expect(card.rows.map((r) => r.commitment.headline)).toEqual([true, false]);
		expect(card.fulfilment.headline).toMatchObject({ kept: 1, assessed: 1 });
		expect(card.fulfilment.other).toMatchObject({ kept: 0, assessed: 0, pending: 1 });
	});

	it('pools several years into one ratio, not an average of rates', () => {
		seed('500242', WORKED_EXAMPLE);
		seed(
			'500242',
			{ targets: [target('gdp', 5, { year: 2021 })], outcomes: [result('gdp', 6, { year: 2021 })] },
			'second report'
		);
		const history = regionHistory(assessRegion(db, '500242'), indicatorNames(db));
		expect(history.years.map((y) => y.year)).toEqual([2021, 2022]);
		expect(history.headline).toMatchObject({ kept: 2, assessed: 8 });
		const gdp = history.series.find((s) => s.indicator === 'gdp')!;
		expect(gdp.points.map((p) => [p.year, p.target, p.actual, p.status])).toEqual([
			[2021, 5, 6, 'met'],
			[2022, 7, 2.3, 'missed']
		]);
	});

	it('compares regions on one indicator and ranks them', () => {
		seed('500242', WORKED_EXAMPLE);
		seed('520323', {
			targets: [target('gdp', 10, { comparator: '>=' })],
			outcomes: [result('gdp', 10.5)]
		});
		const tracked = listTrackedRegions(db);
		const codes = ['500242', '520323'];
		const range = { from: 2022, to: 2022 };
		const cards = new Map(codes.map((c) => [c, assessRegion(db, c, undefined, range)]));
		const names = new Map(tracked.map((r) => [r.code, r.name]));
		const gdp = compareIndicator(cards, names, indicatorNames(db), 'gdp');
		expect(gdp.metric).toBe('growth');
		expect(gdp.regions.map((r) => [r.name, r.points[0]?.actual])).toEqual([
			['酉阳土家族苗族自治县', 2.3],
			['绥阳县', 10.5]
		]);
		const regions = describeRegions(db, codes);
		const ranking = sortRanking(rankFromCounts(db, regions, range, false), 'rate', 'desc');
		expect(ranking.map((r) => r.code)).toEqual(['520323', '500242']);
		expect(sortRanking(ranking, 'rate', 'asc').map((r) => r.code)).toEqual(['500242', '520323']);
		const scatter = ambitionVsDelivery(
			tracked.map((r) => ({ code: r.code, name: r.name, cards: cards.get(r.code)! }))
		);
		expect(scatter).toHaveLength(2);
		expect(scatter.find((p) => p.code === '500242')).toMatchObject({
			target: 7,
			actual: 2.3,
			status: 'missed'
		});
	});
});
