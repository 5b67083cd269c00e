/**
 * The provinces' targets of a year as /national shows them: the GDP growth target first, then
 * the headline indicators most provinces set, sorted by any of them.
 */
import { sql } from 'drizzle-orm';
import type { Column } from './export';
import type { DbOrTx } from './db';
import { STATUS_NAMES } from '../labels';
import {
	nationalYear,
	type IndicatorColumn,
	type NationalYear,
	type ProvinceRow,
	type ProvinceTarget
} from './national';

export const GDP_GROWTH = 'gdp|growth';

export interface NationalQuery {
	/** `name` (the province), `count` (headline targets set) or a column's key */
	sort: string;
	dir: 'asc' | 'desc';
	reviewedOnly: boolean;
}

export interface ProvinceReport {
	code: string;
	name: string;
	reportId: number;
}

export interface NationalTable extends NationalYear {
	/** the columns shown: GDP growth, then the indicators more than half of the provinces set */
	shown: IndicatorColumn[];
	/** provinces whose report of the year is stored but none of whose headline targets was read */
	withoutTargets: ProvinceReport[];
}

/** Provinces with a report whose plan year is the year, by code. */
export function provinceReports(db: DbOrTx, year: number): ProvinceReport[] {
	return db.all<ProvinceReport>(
		sql`SELECT r.code AS code, r.name AS name, min(rp.id) AS reportId
		FROM regions r JOIN reports rp ON rp.region_code = r.code AND rp.plan_year = ${year}
		WHERE r.level = 'province' GROUP BY r.code ORDER BY r.code`
	);
}

/** The columns a reader compares: GDP growth first, then those most provinces state. */
export function shownColumns(columns: IndicatorColumn[], provinces: number): IndicatorColumn[] {
	const gdp = columns.filter((c) => c.key === GDP_GROWTH);
	const most = columns.filter((c) => c.key !== GDP_GROWTH && c.provinces * 2 > provinces);
	return [...gdp, ...most];
}

const COLUMN_KEY = /^(?:[a-z_]+|other:.{1,60})\|[a-z_]+$/;

/**
 * `sort` (`code`, `name`, `count` or a column's key such as `gdp|growth`), `dir` and
 * `reviewed=1` from the URL. A key no province has a target on sorts by code.
 */
export function parseNationalQuery(url: URL): NationalQuery | { error: string } {
	const p = url.searchParams;
	const sort = p.get('sort') ?? 'code';
	if (!['code', 'name', 'count'].includes(sort) && !COLUMN_KEY.test(sort))
		return { error: 'sort must be code, name, count or a column such as gdp|growth' };
	const dir = p.get('dir') ?? (['code', 'name'].includes(sort) ? 'asc' : 'desc');
	if (dir !== 'asc' && dir !== 'desc') return { error: 'dir must be asc or desc' };
	return { sort, dir, reviewedOnly: p.get('reviewed') === '1' };
}

const byTarget = (a: ProvinceTarget, b: ProvinceTarget) =>
	(a.value ?? -Infinity) - (b.value ?? -Infinity) ||
	(a.stretch ?? a.value ?? -Infinity) - (b.stretch ?? b.value ?? -Infinity) ||
	a.targetText.localeCompare(b.targetText);

/**
 * Provinces sorted by the target on a column (its lower figure, then its stretch); provinces
 * without a target on it come last either way. Ties by code.
 */
export function sortProvinces(
	rows: ProvinceRow[],
	sort: string,
	dir: 'asc' | 'desc'
): ProvinceRow[] {
	const sign = dir === 'asc' ? 1 : -1;
	const order = (a: ProvinceRow, b: ProvinceRow): number => {
		if (sort === 'code') return a.code.localeCompare(b.code);
		if (sort === 'name') return a.name.localeCompare(b.name, 'zh-CN');
		if (sort === 'count') return a.counts.set - b.counts.set;
		const [x, y] = [a.targets[sort], b.targets[sort]];
		if (!x || !y) return 0;
		return byTarget(x, y);
	};
	const missing = (r: ProvinceRow) => !['code', 'name', 'count'].includes(sort) && !r.targets[sort];
	return [...rows].sort(
		(a, b) =>
			Number(missing(a)) - Number(missing(b)) || order(a, b) * sign || a.code.localeCompare(b.code)
	);
}

/** The year's table, sorted as asked; empty when no province has targets for the year. */
export function nationalTable(
	db: DbOrTx,
	year: number,
	names: Record<string, string>,
	query: NationalQuery
): NationalTable {
	const national = nationalYear(db, year, names, { reviewedOnly: query.reviewedOnly });
	const listed = new Set(national.provinces.map((p) => p.code));
	return {
		...national,
		provinces: sortProvinces(national.provinces, query.sort, query.dir),
		shown: shownColumns(national.columns, national.provinces.length),
		withoutTargets: provinceReports(db, year).filter((r) => !listed.has(r.code))
	};
}

export type NationalTargetRow = ProvinceTarget & {
	code: string;
	province: string;
	key: string;
	reportId: number | null;
};

/** One row per province and headline target, as the CSV gives them. */
export const nationalRows = (provinces: ProvinceRow[]): NationalTargetRow[] =>
	provinces.flatMap((p) =>
		Object.entries(p.targets).map(([key, t]) => ({
			...t,
			code: p.code,
			province: p.name,
			key,
			reportId: p.reportId
		}))
	);

export const nationalColumns: Column<NationalTargetRow>[] = [
	{ header: '代码', value: (r) => r.code },
	{ header: '省份', value: (r) => r.province },
	{ header: '列', value: (r) => r.key },
	{ header: '指标代码', value: (r) => r.indicator },
	{ header: '指标', value: (r) => r.name },
	{ header: '口径', value: (r) => r.metric },
	{ header: '比较', value: (r) => r.comparator },
	{ header: '目标', value: (r) => r.targetText },
	{ header: '目标值', value: (r) => r.value },
	{ header: '力争值', value: (r) => r.stretch },
	{ header: '单位', value: (r) => r.unit },
	{ header: '状态', value: (r) => r.status },
	{ header: '状态（中文）', value: (r) => STATUS_NAMES[r.status] },
	{ header: '实际', value: (r) => r.actual },
	{ header: '人工核对', value: (r) => (r.reviewed ? '是' : '否') },
	{ header: '目标原文', value: (r) => r.quote },
	{ header: '报告id', value: (r) => r.reportId },
	{ header: 'commitment_id', value: (r) => r.commitmentId }
];
