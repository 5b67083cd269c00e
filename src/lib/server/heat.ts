/**
 * The divisions × years table of a prefecture or province, a window of years at a time: 38
 * counties of 重庆 over 15 years made a page of 566 KB that nobody reads in one go.
 */
import type { ChildRecord } from './fulfilment';

export const HEAT_YEARS = 8;

/** One division's headline fulfilment in one year: what a cell shows. */
export interface HeatCell {
	year: number;
	rate: number | null;
	kept: number;
	assessed: number;
	pending: number;
}

export interface HeatRow {
	code: string;
	name: string;
	cells: HeatCell[];
}

export interface YearWindow {
	from: number;
	to: number;
}

export interface Heat {
	rows: HeatRow[];
	/** the years shown */
	years: number[];
	/** every window, oldest first; the last one ends with the latest year */
	windows: YearWindow[];
	shown: YearWindow | null;
}

/**
 * Spans of `HEAT_YEARS` calendar years counted back from the latest, each named by the first
 * and last year in it that has data (spans without any are left out).
 */
function windowsOf(years: number[]): YearWindow[] {
	const windows: YearWindow[] = [];
	const latest = years.at(-1);
	if (latest === undefined) return windows;
	for (let end = latest; end >= years[0]!; end -= HEAT_YEARS) {
		const inSpan = years.filter((y) => y > end - HEAT_YEARS && y <= end);
		if (inSpan.length) windows.unshift({ from: inSpan[0]!, to: inSpan.at(-1)! });
	}
	return windows;
}

/** The window that starts with `from` (the latest one by default) of the divisions' years. */
export function heatOf(children: ChildRecord[], years: number[], from: number | null): Heat {
	const windows = windowsOf(years);
	const shown = windows.find((w) => w.from === from) ?? windows.at(-1) ?? null;
	const inShown = (year: number) => shown !== null && year >= shown.from && year <= shown.to;
	return {
		rows: children.map((c) => ({
			code: c.code,
			name: c.name,
			cells: c.years
				.filter((y) => inShown(y.year))
				.map(({ year, headline: h }) => ({
					year,
					rate: h.rate,
					kept: h.kept,
					assessed: h.assessed,
					pending: h.pending
				}))
		})),
		years: years.filter(inShown),
		windows,
		shown
	};
}
