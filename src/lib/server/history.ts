import { fulfilment, formatTarget, type Fulfilment, type Status } from '../assess';
import type { Bound, Metric } from '../assess/types';
import type { ScorecardRow, YearScorecard } from './scorecard';

export interface SeriesPoint {
	year: number;
	commitmentId: number;
	target: number | null;
	stretch: number | null;
	targetText: string;
	quote: string;
	actual: number | null;
	actualBound: Bound | null;
	actualEstimated: boolean;
	status: Status;
	reason: string;
	/** the target and the figures its status rests on were checked by a person */
	reviewed: boolean;
}

/** One headline indicator's targets and results across the years. */
export interface IndicatorSeries {
	key: string;
	indicator: string;
	name: string;
	metric: Metric;
	unit: string | null;
	points: SeriesPoint[];
}

export interface YearFulfilment {
	year: number;
	headline: Fulfilment;
	all: Fulfilment;
}

export function pointOf(row: ScorecardRow, names: Record<string, string>): SeriesPoint {
	const { commitment: c, assessment: a } = row;
	return {
		year: c.year,
		commitmentId: c.id,
		target: c.value,
		stretch: c.stretch,
		targetText: formatTarget(c, { names }),
		quote: c.sourceQuote,
		actual: a.actual,
		actualBound: a.actualBound,
		actualEstimated: a.actualEstimated,
		status: a.status,
		reason: a.reason,
		reviewed: row.reviewed
	};
}

/** Fulfilment per year, oldest first, as the bar chart reads. */
export function fulfilmentByYear(scorecards: YearScorecard[]): YearFulfilment[] {
	return scorecards
		.map((s) => ({ year: s.year, headline: s.fulfilment.headline, all: s.fulfilment.all }))
		.sort((a, b) => a.year - b.year);
}

/** The headline commitments grouped by indicator and metric, each a series across the years. */
export function headlineSeries(
	scorecards: YearScorecard[],
	names: Record<string, string>
): IndicatorSeries[] {
	const byKey = new Map<string, IndicatorSeries>();
	for (const card of [...scorecards].sort((a, b) => a.year - b.year)) {
		for (const row of card.rows) {
			const c = row.commitment;
			if (!c.headline || c.metric === 'qualitative') continue;
			const key = `${c.indicator}:${c.metric}${c.indicator === 'other' ? `:${c.name}` : ''}`;
			let series = byKey.get(key);
			if (!series) {
				series = {
					key,
					indicator: c.indicator,
					name: c.indicator === 'other' ? c.name : (names[c.indicator] ?? c.name),
					metric: c.metric,
					unit: c.unit,
					points: []
				};
				byKey.set(key, series);
			}
			if (!series.points.some((p) => p.year === c.year)) series.points.push(pointOf(row, names));
		}
	}
	return [...byKey.values()];
}

/** The same ratio over every commitment of the given scorecards: not an average of rates. */
export function pooledFulfilment(scorecards: YearScorecard[], headlineOnly: boolean): Fulfilment {
	const rows = scorecards
		.flatMap((s) => s.rows)
		.filter((r) => !headlineOnly || r.commitment.headline);
	return fulfilment(rows.map((r) => r.assessment));
}

export interface RegionHistory {
	years: YearFulfilment[];
	series: IndicatorSeries[];
	headline: Fulfilment;
	all: Fulfilment;
}

/** A region's record over the years: fulfilment per year and each headline indicator's series. */
export function regionHistory(
	scorecards: YearScorecard[],
	names: Record<string, string>
): RegionHistory {
	return {
		years: fulfilmentByYear(scorecards),
		series: headlineSeries(scorecards, names),
		headline: pooledFulfilment(scorecards, true),
		all: pooledFulfilment(scorecards, false)
	};
}
