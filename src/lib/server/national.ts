/**
 * The provinces side by side for one year: each province's headline targets, indicator by
 * indicator, with the quote of each and, once the results are in, the status.
 */
import { sql } from 'drizzle-orm';
import { formatTarget, type Status } from '../assess';
import type { Comparator, Metric } from '../assess/types';
import type { DbOrTx } from './db';

export interface ProvinceTarget {
	commitmentId: number;
	indicator: string;
	name: string;
	metric: Metric;
	comparator: Comparator;
	value: number | null;
	stretch: number | null;
	unit: string | null;
	targetText: string;
	quote: string;
	quoteStart: number | null;
	status: Status;
	actual: number | null;
	reviewed: boolean;
}

export interface ProvinceRow {
	code: string;
	name: string;
	reportId: number | null;
	/** indicator key (code, or the name of an indicator outside the catalogue) → its target */
	targets: Record<string, ProvinceTarget>;
	/** `set`: every headline target of the year, `targets` keeps the first of each indicator */
	counts: { set: number; kept: number; missed: number; pending: number; unassessable: number };
}

export interface IndicatorColumn {
	key: string;
	name: string;
	/** how many provinces state a target on it */
	provinces: number;
}

export interface NationalYear {
	year: number;
	columns: IndicatorColumn[];
	provinces: ProvinceRow[];
}

interface Row {
	code: string;
	regionName: string;
	commitmentId: number;
	indicator: string;
	name: string;
	indicatorName: string | null;
	metric: Metric;
	comparator: Comparator;
	value: number | null;
	stretch: number | null;
	unit: string | null;
	relativeTo: string | null;
	quote: string;
	quoteStart: number | null;
	reportId: number | null;
	status: Status;
	actual: number | null;
	reviewed: number;
}

/** The years some province has headline targets for, newest first. */
export function nationalYears(db: DbOrTx): number[] {
	return db
		.all<{ year: number }>(
			// CROSS JOIN keeps the 31 provinces the outer loop: left to itself SQLite walks every
			// region-year's counts by year (100 ms on the national dataset)
			sql`SELECT DISTINCT fc.year AS year FROM regions r
			CROSS JOIN fulfilment_counts fc ON fc.region_code = r.code
			WHERE r.level = 'province' AND fc.headline = 1 ORDER BY year DESC`
		)
		.map((r) => r.year);
}

const keyOf = (r: Pick<Row, 'indicator' | 'name' | 'metric'>) =>
	`${r.indicator === 'other' ? `other:${r.name}` : r.indicator}|${r.metric}`;

/**
 * Every province's headline targets of the year, and the indicators most of them set; only
 * those a person has checked with `reviewedOnly`.
 */
export function nationalYear(
	db: DbOrTx,
	year: number,
	names: Record<string, string>,
	{ reviewedOnly = false }: { reviewedOnly?: boolean } = {}
): NationalYear {
	const rows = db.all<Row>(sql`
		SELECT a.region_code AS code, r.name AS regionName, c.id AS commitmentId,
			c.indicator AS indicator, c.name AS name, i.name_zh AS indicatorName, c.metric AS metric,
			c.comparator AS comparator, c.value AS value, c.stretch AS stretch, c.unit AS unit,
			c.relative_to AS relativeTo, c.source_quote AS quote, c.quote_start AS quoteStart,
			c.source_report_id AS reportId,
			a.status AS status, a.actual AS actual, a.reviewed AS reviewed
		FROM regions r
		JOIN assessments a ON a.region_code = r.code AND a.year = ${year} AND a.headline = 1
		JOIN commitments c ON c.id = a.commitment_id
		LEFT JOIN indicators i ON i.code = c.indicator
		WHERE r.level = 'province' ${reviewedOnly ? sql`AND a.reviewed = 1` : sql``}
		ORDER BY r.code, c.id`);
	const provinces = new Map<string, ProvinceRow>();
	const columns = new Map<string, IndicatorColumn>();
	for (const r of rows) {
		const province = provinces.get(r.code) ?? {
			code: r.code,
			name: r.regionName,
			reportId: r.reportId,
			targets: {},
			counts: { set: 0, kept: 0, missed: 0, pending: 0, unassessable: 0 }
		};
		provinces.set(r.code, province);
		province.counts.set++;
		if (r.status === 'met' || r.status === 'exceeded') province.counts.kept++;
		else province.counts[r.status]++;
		const key = keyOf(r);
		if (province.targets[key]) continue;
		province.targets[key] = {
			commitmentId: r.commitmentId,
			indicator: r.indicator,
			name: r.name,
			metric: r.metric,
			comparator: r.comparator,
			value: r.value,
			stretch: r.stretch,
			unit: r.unit,
			targetText: formatTarget(r, { names }),
			quote: r.quote,
			quoteStart: r.quoteStart,
			status: r.status,
			actual: r.actual,
			reviewed: Boolean(r.reviewed)
		};
		const column = columns.get(key) ?? {
			key,
			name: r.indicator === 'other' ? r.name : (r.indicatorName ?? r.name),
			provinces: 0
		};
		column.provinces++;
		columns.set(key, column);
	}
	return {
		year,
		columns: [...columns.values()].sort((a, b) => b.provinces - a.provinces),
		provinces: [...provinces.values()]
	};
}
