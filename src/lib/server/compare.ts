import type { Fulfilment } from '../assess';
import type { Metric } from '../assess/types';
import { afterMisses, ambitionOf, summariseAfterMisses } from './ambition';
import type { Db } from './db';
import { pooled, yearsOfRegions } from './fulfilment';
import { pointOf, type SeriesPoint } from './history';
import { indicatorNames } from './indicators';
import { describeRegions, MAX_REGIONS, type RegionChoice } from './region-sets';
import { assessRegions, type YearScorecard } from './scorecard';

export interface YearRange {
	from: number | null;
	to: number | null;
}

/** A point of the comparison, with whether a person has checked its reading. */
export type ComparePoint = SeriesPoint & { reviewed: boolean };

export interface RegionSeries {
	code: string;
	name: string;
	points: ComparePoint[];
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
		const points = new Map<number, ComparePoint>();
		for (const row of rows) {
			if (row.commitment.metric === metric && !points.has(row.commitment.year)) {
				points.set(row.commitment.year, { ...pointOf(row, names), reviewed: row.reviewed });
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
const CODE = /^\d{6}$/;

/**
 * Reads `regions`, `indicator`, `from`, `to`, `sort`, `dir` from the URL; unknown or malformed
 * values give a reason. `regions` is a list of codes (comma-separated or repeated), each a
 * region holding data, at most MAX_REGIONS; without it `codes` is empty: nothing is compared.
 */
export function parseCompareQuery(db: Db, url: URL): CompareQuery | { error: string } {
	const p = url.searchParams;
	const raw = [
		...new Set(
			p
				.getAll('regions')
				.flatMap((v) => v.split(/[,，\s]+/))
				.filter(Boolean)
		)
	];
	if (raw.length > MAX_REGIONS)
		return { error: `at most ${MAX_REGIONS} regions at a time (got ${raw.length})` };
	const tracked = new Set(
		describeRegions(
			db,
			raw.filter((c) => CODE.test(c))
		)
			.filter((r) => r.hasData)
			.map((r) => r.code)
	);
	const unknown = raw.filter((c) => !tracked.has(c));
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
	return { codes: raw, indicator, range, sort, dir };
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
export function sortRanking<T extends RankingRow>(
	rows: T[],
	sort: RankingSort,
	dir: 'asc' | 'desc'
): T[] {
	const key = SORT_KEYS[sort];
	const sign = dir === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const [x, y] = [key(a), key(b)];
		const order = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - Number(y);
		return order * sign || a.code.localeCompare(b.code);
	});
}

export type CompareRankingRow = RankingRow & {
	/** commitments counted whose reading nobody has checked yet */
	unreviewed: number;
};

const total = (f: Fulfilment) => f.assessed + f.pending + f.unassessable;

/** The regions ranked by their kept fulfilment counts over the years of the range. */
export function rankFromCounts(
	db: Db,
	regions: RegionChoice[],
	range: YearRange,
	reviewedOnly: boolean
): CompareRankingRow[] {
	const codes = regions.map((r) => r.code);
	const all = yearsOfRegions(db, codes, range);
	const checked = yearsOfRegions(db, codes, { ...range, reviewedOnly: true });
	return regions.map((region) => {
		const everything = pooled(all.get(region.code) ?? []);
		const reviewed = pooled(checked.get(region.code) ?? []);
		const shown = reviewedOnly ? reviewed : everything;
		return {
			code: region.code,
			name: region.name,
			parentName: region.parentName,
			headline: shown.headline,
			all: shown.all,
			unreviewed: reviewedOnly ? 0 : total(everything.all) - total(reviewed.all)
		};
	});
}

export interface CompareOptions {
	/** only commitments whose reading and figures a person has checked */
	reviewedOnly?: boolean;
}

/**
 * Everything /compare shows for a query, read from the kept assessments and counts of the
 * regions asked for: the indicator across them, the ranking, and ambition against delivery
 * (with the year after the range, to tell what followed a miss in its last year).
 */
export function runComparison(db: Db, query: CompareQuery, options: CompareOptions = {}) {
	const reviewedOnly = options.reviewedOnly ?? false;
	const regions = describeRegions(db, query.codes);
	const names = indicatorNames(db);
	const cards = assessRegions(db, query.codes, {
		indicator: query.indicator,
		reviewedOnly,
		...query.range
	});
	const regionNames = new Map(regions.map((r) => [r.code, r.name]));
	const { from, to } = query.range;
	const points = ambitionOf(db, query.codes, query.indicator, {
		from,
		to: to === null ? null : to + 1
	}).filter((p) => !reviewedOnly || p.reviewed);
	const misses = afterMisses(points).filter((m) => inRange(m.year, query.range));
	return {
		regions,
		comparison: compareIndicator(cards, regionNames, names, query.indicator),
		ranking: sortRanking(
			rankFromCounts(db, regions, query.range, reviewedOnly),
			query.sort,
			query.dir
		),
		ambition: points.filter((p) => inRange(p.year, query.range)),
		afterMisses: misses,
		afterMissSummary: summariseAfterMisses(misses)
	};
}

/** `?reviewed=1`: only what a person has checked. */
export const reviewedOnlyOf = (url: URL) => url.searchParams.get('reviewed') === '1';
