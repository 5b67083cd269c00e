import { describe, expect, it } from 'vitest';
import { checkGoals, report, type Cell, type Measured } from './bench-report';
import type { Target } from './bench-targets';
import { areaOf, summarise } from './bench-profile';
import { bytesText, msText, picker, table } from './bench-server';
import { percentile, reconcile } from './bench-soak';
import { flatness } from './bench-memory';

const cell = (connections: number, p99: number, rps: number, extra: Partial<Cell> = {}): Cell => ({
	connections,
	p50: p99 / 2,
	p99,
	rps,
	requests: Math.round(rps * 10),
	errors: 0,
	timeouts: 0,
	non2xx: 0,
	sent: 1000,
	...extra
});
const target = (name: string, kind: Target['kind'] = 'html'): Target => ({
	name,
	label: name,
	kind,
	paths: [`/${name}`]
});
const measured = (name: string, page: Cell, stat: Cell, bytes = 1000): Measured => ({
	target: target(name),
	probes: [{ path: `/${name}`, status: 200, bytes, ms: 5 }],
	bytes,
	cells: [
		{ page: { ...page, connections: 1 }, static: stat },
		{ page, static: stat }
	]
});

describe('bench goals', () => {
	it('are checked at the highest connection count, against the static twin', () => {
		const goals = checkGoals(
			[
				measured('scorecard-page', cell(50, 40, 500), cell(50, 10, 1000)),
				measured('region-page', cell(50, 120, 50), cell(50, 10, 1000)),
				measured('home', cell(50, 100, 80), cell(50, 10, 1000), 400_000)
			],
			350
		);
		const by = Object.fromEntries(goals.map((g) => [g.what, g]));
		expect(by['scorecard page p99 < 50 ms']!.ok).toBe(true);
		expect(by['scorecard page ≥ 40 % of static throughput']!.ok).toBe(true);
		expect(by['region page p99 < 100 ms']!.ok).toBe(false);
		expect(by['home page p99 < 150 ms']!.ok).toBe(true);
		expect(by['compare page p99 < 100 ms']).toMatchObject({ ok: false, measured: 'not measured' });
		expect(by['server RSS < 400 MB']!.ok).toBe(true);
		expect(by['no page > 300 KB of HTML']).toMatchObject({ ok: false });
	});

	it('fail when nothing was answered, or answers were errors, or the page was not loaded', () => {
		const slow: Measured = {
			...measured('compare-page', cell(50, 0, 0), cell(50, 10, 1000)),
			skipped: 'too slow to load: one request took 17.0 s (/compare)',
			cells: []
		};
		const goals = checkGoals(
			[
				measured(
					'scorecard-page',
					cell(50, 0, 0, { requests: 0, timeouts: 50 }),
					cell(50, 10, 900)
				),
				measured('home', cell(50, 20, 100, { non2xx: 3 }), cell(50, 10, 900)),
				slow
			],
			null
		);
		const by = Object.fromEntries(goals.map((g) => [g.what, g]));
		expect(by['scorecard page p99 < 50 ms']).toMatchObject({ ok: false });
		expect(by['scorecard page p99 < 50 ms']!.measured).toMatch(/no answer/);
		expect(by['home page p99 < 150 ms']!.ok).toBe(false);
		expect(by['compare page p99 < 100 ms']!.measured).toMatch(/too slow/);
		expect(by['server RSS < 400 MB']!.ok).toBeNull();
		const text = report({ title: 't', lines: ['x'] }, [slow], goals);
		expect(text).toContain('| compare-page |');
		expect(text).toContain('too slow to load');
		expect(text).toContain('✗');
	});
});

describe('bench:soak bookkeeping', () => {
	it('finds acknowledged writes lost or duplicated, and writes never acknowledged', () => {
		const stored = new Map([
			['a', 1],
			['b', 2],
			['d', 1]
		]);
		expect(reconcile(['a', 'b', 'c'], stored)).toEqual({
			once: 1,
			lost: ['c'],
			duplicated: ['b'],
			unacknowledged: ['d']
		});
	});

	it('takes percentiles of sorted values', () => {
		const values = Array.from({ length: 100 }, (_, i) => i + 1);
		expect(percentile(values, 50)).toBe(50);
		expect(percentile(values, 99)).toBe(99);
		expect(percentile([7], 99)).toBe(7);
		expect(percentile([], 50)).toBeNaN();
	});
});

describe('bench:soak memory', () => {
	it('is flat when it levels off after warming up, not when it grows through the run', () => {
		const warming = [100, 140, 160, 165, 162, 166, 164, 170, 168];
		expect(flatness(warming, 32)).toMatchObject({ ok: true, firstMb: 100, peakMb: 170 });
		const growing = Array.from({ length: 30 }, (_, i) => 100 + 20 * i);
		expect(flatness(growing, 32)).toMatchObject({ ok: false, lastMb: 680 });
		expect(flatness(growing, 32).growthMb).toBe(680 - 280);
		expect(flatness([1, 2], 32).ok).toBe(false);
	});
});

describe('bench helpers', () => {
	it('format tables, times and sizes', () => {
		expect(table(['a', 'b'], [[1, 'x']])).toBe('| a | b |\n| --- | --- |\n| 1 | x |');
		expect([msText(3.25), msText(42.4), msText(1520), msText(NaN)]).toEqual([
			'3.3 ms',
			'42 ms',
			'1.5 s',
			'—'
		]);
		expect([bytesText(512), bytesText(185_700), bytesText(2_060_000)]).toEqual([
			'512 B',
			'185.7 KB',
			'2.06 MB'
		]);
	});

	it('pick the same regions for the same seed', () => {
		const list = Array.from({ length: 50 }, (_, i) => i);
		expect(picker(7).sample(list, 5)).toEqual(picker(7).sample(list, 5));
		expect(new Set(picker(7).sample(list, 50)).size).toBe(50);
	});

	it("sum a CPU profile's self time by function and by area", () => {
		const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
		const { functions, areas, total } = summarise({
			nodes: [
				{ id: 1, callFrame: frame('rowsOf', 'file:///w/build/server/chunks/scorecard.js') },
				{ id: 2, callFrame: frame('(garbage collector)', '') },
				{ id: 3, callFrame: frame('all', '') }
			],
			samples: [1, 1, 2, 3],
			timeDeltas: [1000, 1000, 500, 500]
		});
		expect(total).toBe(3);
		expect(functions.get('rowsOf build/server/chunks/scorecard.js:1')).toEqual({
			ms: 2,
			area: 'the app (build/)'
		});
		expect(areas.get('garbage collector')).toBe(0.5);
		expect(areaOf('file:///x/node_modules/drizzle-orm/sql.js', 'f')).toBe('drizzle-orm');
	});
});
