/**
 * Ambition against delivery as a page shows it: a row a region, a column a year, each cell the
 * year's headline target with its result. Bounded by regions × years, whatever the dataset.
 */
import type { AmbitionPoint } from './ambition';

export type AmbitionCell = Pick<
	AmbitionPoint,
	| 'year'
	| 'commitmentId'
	| 'metric'
	| 'unit'
	| 'targetText'
	| 'target'
	| 'actual'
	| 'actualBound'
	| 'estimated'
	| 'gap'
	| 'gapDecimals'
	| 'decimals'
	| 'status'
	| 'reviewed'
>;

export interface AmbitionRow {
	code: string;
	name: string;
	/** one a year of the matrix, null where the region states no target on the indicator */
	cells: (AmbitionCell | null)[];
	missed: number;
	assessed: number;
	/** cells whose reading nobody has checked yet */
	unreviewed: number;
}

export interface AmbitionMatrix {
	years: number[];
	rows: AmbitionRow[];
}

const cellOf = (p: AmbitionPoint): AmbitionCell => ({
	year: p.year,
	commitmentId: p.commitmentId,
	metric: p.metric,
	unit: p.unit,
	targetText: p.targetText,
	target: p.target,
	actual: p.actual,
	actualBound: p.actualBound,
	estimated: p.estimated,
	gap: p.gap,
	gapDecimals: p.gapDecimals,
	decimals: p.decimals,
	status: p.status,
	reviewed: p.reviewed
});

/** The points laid out by region (in the order given) and year (newest first, as scorecards go). */
export function ambitionMatrix(
	points: AmbitionPoint[],
	regions: { code: string; name: string }[]
): AmbitionMatrix {
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => b - a);
	const at = new Map(points.map((p) => [`${p.code}|${p.year}`, p]));
	const rows = regions.map(({ code, name }) => {
		const cells = years.map((y) => {
			const p = at.get(`${code}|${y}`);
			return p ? cellOf(p) : null;
		});
		const present = cells.filter((c): c is AmbitionCell => c !== null);
		const count = (test: (c: AmbitionCell) => boolean) => present.filter(test).length;
		return {
			code,
			name,
			cells,
			missed: count((c) => c.status === 'missed'),
			assessed: count((c) => ['met', 'exceeded', 'missed'].includes(c.status)),
			unreviewed: count((c) => !c.reviewed)
		};
	});
	return { years, rows };
}
