/** The figures of `npm run bench`: a cell per target and connection count, the goals of issue 12, the section of bench/results.md. */
import { bytesText, msText, table } from './bench-server';
import type { Target } from './bench-targets';

export interface Cell {
	connections: number;
	p50: number;
	p99: number;
	rps: number;
	requests: number;
	errors: number;
	timeouts: number;
	non2xx: number;
	/** bytes an answer took on the wire, headers included (compressed when the server did) */
	sent: number;
}

export interface Measured {
	target: Target;
	/** of every path probed once: status, bytes and time */
	probes: { path: string; status: number; bytes: number; ms: number }[];
	bytes: number;
	/** why it was not measured under load (a 404, an error) */
	skipped?: string;
	cells: { page: Cell; static: Cell }[];
}

export interface Goal {
	what: string;
	ok: boolean | null;
	measured: string;
}

/** The goals of issue 12, checked on the figures at 50 connections (or the most measured). */
export function checkGoals(results: Measured[], rssMb: number | null): Goal[] {
	const at = (name: string) => {
		const m = results.find((r) => r.target.name === name);
		if (!m || m.skipped || !m.cells.length) return null;
		return m.cells.reduce((a, b) => (b.page.connections > a.page.connections ? b : a));
	};
	const goals: Goal[] = [];
	const notMeasured = (name: string) => {
		const m = results.find((r) => r.target.name === name);
		return m?.skipped ? `not loaded: ${m.skipped}` : 'not measured';
	};
	const latency = (name: string, label: string, limit: number) => {
		const cell = at(name);
		goals.push({
			what: `${label} p99 < ${limit} ms`,
			ok: cell
				? cell.page.requests > 0 &&
					cell.page.p99 < limit &&
					cell.page.non2xx + cell.page.errors + cell.page.timeouts === 0
				: false,
			measured: cell
				? cell.page.requests
					? `${msText(cell.page.p99)} at ${cell.page.connections} conns`
					: `no answer within the cell at ${cell.page.connections} conns`
				: notMeasured(name)
		});
	};
	latency('scorecard-page', 'scorecard page', 50);
	const sc = at('scorecard-page');
	goals.push({
		what: 'scorecard page ≥ 40 % of static throughput',
		ok: sc ? sc.page.rps >= 0.4 * sc.static.rps : false,
		measured: sc
			? `${((100 * sc.page.rps) / sc.static.rps).toFixed(1)} % at ${sc.page.connections} conns`
			: notMeasured('scorecard-page')
	});
	latency('region-page', 'region page', 100);
	latency('compare-page', 'compare page', 100);
	latency('home', 'home page', 150);
	goals.push({
		what: 'server RSS < 400 MB',
		ok: rssMb === null ? null : rssMb < 400,
		measured: rssMb === null ? 'not read' : `${rssMb.toFixed(0)} MB at the end`
	});
	const html = results.filter(
		(r) => r.target.kind === 'html' && r.probes.some((p) => p.status === 200)
	);
	const biggest = html
		.flatMap((r) => r.probes.filter((p) => p.status === 200).map((p) => ({ r, p })))
		.reduce<{ r: Measured; p: Measured['probes'][number] } | null>(
			(a, b) => (a && a.p.bytes >= b.p.bytes ? a : b),
			null
		);
	goals.push({
		what: 'no page > 300 KB of HTML',
		ok: biggest ? biggest.p.bytes <= 300_000 : null,
		measured: biggest ? `largest ${bytesText(biggest.p.bytes)} (${biggest.p.path})` : 'not measured'
	});
	return goals;
}

/** "p99 / req/s" of a cell, or what happened when nothing was answered within it. */
const cellText = (c: Cell, p: 'p50' | 'p99') =>
	c.requests
		? `${msText(c[p])} / ${c.rps.toFixed(1)}`
		: `no answer in the cell (${c.timeouts} timeouts)`;

const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✓' : '✗');

/** The section of bench/results.md. */
export function report(
	header: { title: string; lines: string[] },
	results: Measured[],
	goals: Goal[]
): string {
	const summary = table(
		[
			'target',
			'size',
			'1 conn p50 / rps',
			'50 conns p99 / rps',
			'static 50 conns p99 / rps',
			'vs static (50 conns)'
		],
		results.map((m) => {
			const size = m.bytes ? bytesText(m.bytes) : '—';
			if (m.skipped) return [m.target.label, size, m.skipped, '', '', ''];
			const one = m.cells.find((c) => c.page.connections === 1);
			const top = m.cells.reduce((a, b) => (b.page.connections > a.page.connections ? b : a));
			return [
				m.target.label,
				`${size} (${bytesText(top.page.sent)} sent)`,
				one ? cellText(one.page, 'p50') : '',
				cellText(top.page, 'p99'),
				`${msText(top.static.p99)} / ${top.static.rps.toFixed(0)}`,
				`${((100 * top.page.rps) / top.static.rps).toFixed(1)} %`
			];
		})
	);
	const cells = table(
		[
			'target',
			'conns',
			'p50',
			'p99',
			'req/s',
			'static p50',
			'static p99',
			'static req/s',
			'vs static',
			'errors (non-2xx / errors / timeouts)'
		],
		results.flatMap((m) =>
			m.cells.map(({ page, static: s }) => [
				m.target.name,
				page.connections,
				msText(page.p50),
				msText(page.p99),
				page.rps.toFixed(1),
				msText(s.p50),
				msText(s.p99),
				s.rps.toFixed(0),
				`${((100 * page.rps) / s.rps).toFixed(1)} %`,
				`${page.non2xx} / ${page.errors} / ${page.timeouts}`
			])
		)
	);
	const probes = table(
		['target', 'paths', 'status', 'bytes (min–max)', 'first request (max)'],
		results.map((m) => {
			const statuses = [...new Set(m.probes.map((p) => p.status))].join(', ');
			const bytes = m.probes.map((p) => p.bytes);
			return [
				m.target.name,
				m.probes.length,
				statuses,
				`${bytesText(Math.min(...bytes))} – ${bytesText(Math.max(...bytes))}`,
				msText(Math.max(...m.probes.map((p) => p.ms)))
			];
		})
	);
	const goalTable = table(
		['goal', '', 'measured'],
		goals.map((g) => [g.what, mark(g.ok), g.measured])
	);
	return [
		`## ${header.title}`,
		'',
		...header.lines.map((l) => `- ${l}`),
		'',
		summary,
		'',
		'### Goals',
		'',
		goalTable,
		'',
		'### Every cell',
		'',
		cells,
		'',
		'### Pages probed (one request each, before the load)',
		'',
		probes,
		''
	].join('\n');
}
