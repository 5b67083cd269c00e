import type { Fulfilment } from '../assess';
import type { Metric } from '../assess/types';
import type { Db } from './db';
import { pointOf, pooledFulfilment, type SeriesPoint } from './history';
import { indicatorNames } from './indicators';
import { listTrackedRegions, type TrackedRegion } from './overview';
import { assessRegion, type YearScorecard } from './scorecard';

export interface YearRange {
	from: number | null;
	to: number | null;
}

export interface RegionSeries {
	code: string;
	name: string;
	points: SeriesPoint[];
}

export interface IndicatorComparison {
	indicator: string;
	name: string;
	metric: Metric | null;
	unit: string | null;
	regions: RegionSeries[];
}

export interface RankingRow {
	code: string;
	name: string;
	parentName: string | null;
	headline: Fulfilment;
	all: Fulfilment;
}

const inRange = (year: number, range: YearRange) =>
	(range.from === null || year >= range.from) && (range.to === null || year <= range.to);

/** The scorecards of each region within the range of years, computed once per request. */
export function scorecardsIn(
	db: Db,
	codes: string[],
	range: YearRange
): Map<string, YearScorecard[]> {
	return new Map(
		codes.map((code) => [code, assessRegion(db, code).filter((s) => inRange(s.year, range))])
	);
}

/** The metric most of the regions' commitments on the indicator use (growth on a tie). */
function commonMetric(rows: { metric: Metric }[]): Metric | null {
	const counts = new Map<Metric, number>();
	for (const r of rows) counts.set(r.metric, (counts.get(r.metric) ?? 0) + 1);
	let best: Metric | null = null;
	for (const [metric, n] of counts) {
		const bestCount = best ? counts.get(best)! : 0;
		if (n > bestCount || (n === bestCount && metric === 'growth')) best = metric;
	}
	return best;
}

/** Several regions, one indicator: target and actual across the years (headline targets first). */
export function compareIndicator(
	cards: Map<string, YearScorecard[]>,
	regionNames: Map<string, string>,
	names: Record<string, string>,
	indicator: string
): IndicatorComparison {
	const perRegion = [...cards].map(([code, list]) => ({
		code,
		rows: list
			.flatMap((s) => s.rows)
			.filter((r) => r.commitment.indicator === indicator && r.commitment.metric !== 'qualitative')
			.sort((a, b) => Number(b.commitment.headline) - Number(a.commitment.headline))
	}));
	const all = perRegion.flatMap((r) => r.rows);
	const metric = commonMetric(all.map((r) => r.commitment));
	const regions = perRegion.map(({ code, rows }) => {
		const points = new Map<number, SeriesPoint>();
		for (const row of rows) {
			if (row.commitment.metric === metric && !points.has(row.commitment.year)) {
				points.set(row.commitment.year, pointOf(row, names));
			}
		}
		return {
			code,
			name: regionNames.get(code) ?? code,
			points: [...points.values()].sort((a, b) => a.year - b.year)
		};
	});
	const unit = all.find((r) => r.commitment.metric === metric)?.commitment.unit ?? null;
	return { indicator, name: names[indicator] ?? indicator, metric, unit, regions };
}

/** Regions by fulfilment over their scorecards, pooled over all their commitments. */
export function rankRegions(
	cards: Map<string, YearScorecard[]>,
	regions: TrackedRegion[]
): RankingRow[] {
	return regions
		.filter((r) => cards.has(r.code))
		.map((region) => {
			const list = cards.get(region.code)!;
			return {
				code: region.code,
				name: region.name,
				parentName: region.parentName,
				headline: pooledFulfilment(list, true),
				all: pooledFulfilment(list, false)
			};
		});
}

export const RANKING_SORTS = ['rate', 'rateAll', 'kept', 'assessed', 'pending', 'name'] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

export interface CompareQuery {
	codes: string[];
	indicator: string;
	range: YearRange;
	sort: RankingSort;
	dir: 'asc' | 'desc';
}

const YEAR = /^\d{4}$/;

/**
 * Reads `regions`, `indicator`, `from`, `to`, `sort`, `dir` from the URL; unknown or malformed
 * values give a reason. Without `regions`, every tracked region is compared.
 */
export function parseCompareQuery(db: Db, url: URL): CompareQuery | { error: string } {
	const p = url.searchParams;
	const tracked = listTrackedRegions(db).map((r) => r.code);
	const raw = p
		.getAll('regions')
		.flatMap((v) => v.split(/[,，\s]+/))
		.filter(Boolean);
	const unknown = raw.filter((c) => !tracked.includes(c));
	if (unknown.length) return { error: `not a tracked region code: ${unknown.join(', ')}` };
	const indicator = p.get('indicator') ?? 'gdp';
	if (!(indicator in indicatorNames(db))) return { error: `unknown indicator "${indicator}"` };
	const [from, to] = [p.get('from'), p.get('to')].map((y) => (y ? y.trim() : ''));
	if ((from && !YEAR.test(from)) || (to && !YEAR.test(to)))
		return { error: 'from and to must be four-digit years' };
	const range = { from: from ? Number(from) : null, to: to ? Number(to) : null };
	if (range.from !== null && range.to !== null && range.from > range.to)
		return { error: 'from must not be after to' };
	const sort = (p.get('sort') ?? 'rate') as RankingSort;
	if (!RANKING_SORTS.includes(sort))
		return { error: `sort must be one of ${RANKING_SORTS.join(', ')}` };
	const dir = p.get('dir') ?? (sort === 'name' ? 'asc' : 'desc');
	if (dir !== 'asc' && dir !== 'desc') return { error: 'dir must be asc or desc' };
	return { codes: raw.length ? [...new Set(raw)] : tracked, indicator, range, sort, dir };
}

const SORT_KEYS: Record<RankingSort, (r: RankingRow) => number | string> = {
	rate: (r) => r.headline.rate ?? -1,
	rateAll: (r) => r.all.rate ?? -1,
	kept: (r) => r.headline.kept,
	assessed: (r) => r.headline.assessed,
	pending: (r) => r.all.pending,
	name: (r) => r.name
};

/** Sorted by the chosen column; ties by code, so the order is stable. */
export function sortRanking(
	rows: RankingRow[],
	sort: RankingSort,
	dir: 'asc' | 'desc'
): RankingRow[] {
	const key = SORT_KEYS[sort];
	const sign = dir === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const [x, y] = [key(a), key(b)];
		const order = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - Number(y);
		return order * sign || a.code.localeCompare(b.code);
	});
}

/** Everything /compare shows for a query: the indicator across regions and the ranking. */
export function runComparison(db: Db, query: CompareQuery) {
	const tracked = listTrackedRegions(db);
	const cards = scorecardsIn(db, query.codes, query.range);
	const regionNames = new Map(tracked.map((r) => [r.code, r.name]));
	return {
		tracked,
		comparison: compareIndicator(cards, regionNames, indicatorNames(db), query.indicator),
		ranking: sortRanking(rankRegions(cards, tracked), query.sort, query.dir)
	};
}
