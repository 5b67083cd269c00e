/**
 * Ambition against delivery: what regions promised for an indicator each year (their headline
 * target) against what they delivered, and what they promised next after a miss. Read from
 * the kept assessments of the regions asked for.
 */
import { sql } from 'drizzle-orm';
import { formatTarget, type Status } from '../assess';
import type { Comparator, Metric } from '../assess/types';
import type { DbOrTx } from './db';

export interface AmbitionPoint {
	code: string;
	name: string;
	year: number;
	commitmentId: number;
	comparator: Comparator;
	metric: Metric;
	target: number;
	stretch: number | null;
	targetText: string;
	unit: string | null;
	quote: string;
	actual: number | null;
	actualBound: '<=' | '>=' | null;
	estimated: boolean;
	status: Status;
	gap: number | null;
	gapDecimals: number | null;
	decimals: number | null;
	/** the target and the figures its status rests on were checked by a person */
	reviewed: boolean;
}

export interface YearRange {
	from: number | null;
	to: number | null;
}

interface Row {
	code: string;
	name: string;
	year: number;
	commitmentId: number;
	comparator: Comparator;
	metric: Metric;
	target: number;
	stretch: number | null;
	unit: string | null;
	quote: string;
	actual: number | null;
	actualBound: '<=' | '>=' | null;
	estimated: number;
	status: Status;
	gap: number | null;
	gapDecimals: number | null;
	decimals: number | null;
	reviewed: number;
}

/**
 * Each region's headline target on the indicator per year (growth first, the first one where a
 * year has two), with the actual and status the rules give it.
 */
export function ambitionOf(
	db: DbOrTx,
	codes: string[],
	indicator: string,
	range: YearRange = { from: null, to: null }
): AmbitionPoint[] {
	if (!codes.length) return [];
	const rows = db.all<Row>(sql`
		SELECT a.region_code AS code, r.name AS name, a.year AS year, c.id AS commitmentId,
			c.comparator AS comparator, c.metric AS metric, c.value AS target, c.stretch AS stretch,
			c.unit AS unit, c.source_quote AS quote, a.actual AS actual, a.actual_bound AS actualBound,
			a.actual_estimated AS estimated, a.status AS status, a.gap AS gap,
			a.gap_decimals AS gapDecimals, a.decimals AS decimals, a.reviewed AS reviewed
		FROM assessments a
		JOIN commitments c ON c.id = a.commitment_id
		JOIN regions r ON r.code = a.region_code
		WHERE a.region_code IN (${sql.join(
			codes.map((c) => sql`${c}`),
			sql`, `
		)})
			AND a.indicator = ${indicator} AND a.headline = 1
			AND a.metric IN ('growth', 'rate', 'level', 'change_pp') AND c.value IS NOT NULL
			${range.from === null ? sql`` : sql`AND a.year >= ${range.from}`}
			${range.to === null ? sql`` : sql`AND a.year <= ${range.to}`}
		ORDER BY a.region_code, a.year, a.metric <> 'growth', c.id`);
	const seen = new Set<string>();
	const points: AmbitionPoint[] = [];
	for (const r of rows) {
		const key = `${r.code}|${r.year}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const targetText = formatTarget({ ...r, value: r.target, relativeTo: null });
		points.push({
			...r,
			estimated: Boolean(r.estimated),
			reviewed: Boolean(r.reviewed),
			targetText
		});
	}
	return points;
}

export interface AfterMiss {
	code: string;
	name: string;
	/** the year whose target was missed */
	year: number;
	missedTarget: number;
	actual: number | null;
	/** the next year's target on the same indicator and metric, where stated */
	nextTarget: number | null;
	change: 'lower' | 'same' | 'higher' | null;
}

/**
 * After each miss: did the region lower its next target? Rates of change only (growth, rates,
 * percentage points): a level target rises every year whatever the ambition.
 */
export function afterMisses(points: AmbitionPoint[]): AfterMiss[] {
	const byKey = new Map(points.map((p) => [`${p.code}|${p.year}|${p.metric}`, p]));
	return points
		.filter((p) => p.status === 'missed' && p.metric !== 'level')
		.map((p) => {
			const next = byKey.get(`${p.code}|${p.year + 1}|${p.metric}`) ?? null;
			const nextTarget = next?.target ?? null;
			const change =
				nextTarget === null
					? null
					: nextTarget < p.target
						? 'lower'
						: nextTarget > p.target
							? 'higher'
							: 'same';
			return {
				code: p.code,
				name: p.name,
				year: p.year,
				missedTarget: p.target,
				actual: p.actual,
				nextTarget,
				change
			};
		});
}
