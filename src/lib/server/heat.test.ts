import { describe, expect, it } from 'vitest';
import { fulfilment } from '../assess';
import type { ChildRecord } from './fulfilment';
import { HEAT_YEARS, heatOf } from './heat';

const years = Array.from({ length: 15 }, (_, i) => 2011 + i);
const none = fulfilment([]);
const child = (code: string, ys: number[]): ChildRecord => ({
	code,
	name: `县${code}`,
	level: 'county',
	years: ys.map((year) => ({
		year,
		headline: { ...none, kept: 3, assessed: 4, met: 3, missed: 1, rate: 0.75 },
		other: none,
		all: none
	}))
});

describe('the divisions’ table, a window of years at a time', () => {
	const children = [child('1', years), child('2', years.slice(5))];

	it('shows the latest years by default, and every window counted back from them', () => {
		const heat = heatOf(children, years, null);
		expect(heat.years).toEqual(years.slice(-HEAT_YEARS));
		expect(heat.windows).toEqual([
			{ from: 2011, to: 2017 },
			{ from: 2018, to: 2025 }
		]);
		// spans of calendar years, named by the years in them that have data
		expect(heatOf(children, [2003, 2005, 2009, 2010, 2017, 2018, 2025], null).windows).toEqual([
			{ from: 2003, to: 2009 },
			{ from: 2010, to: 2017 },
			{ from: 2018, to: 2025 }
		]);
		expect(heat.shown).toEqual({ from: 2018, to: 2025 });
		expect(heat.rows[0]!.cells.map((c) => c.year)).toEqual(heat.years);
		expect(heat.rows[0]!.cells[0]).toEqual({
			year: 2018,
			rate: 0.75,
			kept: 3,
			assessed: 4,
			pending: 0
		});
	});

	it('shows the window asked for, and the default for a year that starts none', () => {
		const earlier = heatOf(children, years, 2011);
		expect(earlier.years).toEqual(years.slice(0, 7));
		expect(earlier.rows[1]!.cells.map((c) => c.year)).toEqual([2016, 2017]);
		expect(heatOf(children, years, 2013).shown).toEqual({ from: 2018, to: 2025 });
	});

	it('has no window without years', () => {
		expect(heatOf([], [], null)).toEqual({ rows: [], years: [], windows: [], shown: null });
	});
});
