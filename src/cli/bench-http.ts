/**
 * npm run bench -- --db FILE [--duration 10] [--only scorecard-page,home] [--connections 1,10,50]
 *                  [--seed N] [--port 3999] [--cpu-prof DIR] [--max-probe 5] [--no-append]
 *
 * The pages and the API against the BUILT server (`npm run build` first), started as
 * `npm run serve` starts it, on 127.0.0.1, with autocannon: p50, p99 and requests/s at 1, 10 and
 * 50 connections, each measured beside a static file of the same size as the page's answer,
 * served by the same server in the same run (written into build/client/ before the server
 * starts, removed after) — the ratio to static is the figure. Regions and years are picked at
 * random among those with data, several per target, so that no cache flatters. Each page is
 * first requested once (its size, its status); one that takes more than --max-probe seconds is
 * reported with that time and not loaded (and a request that never ends restarts the server),
 * so that one whole-dataset page cannot stall the run. Appends a
 * section to bench/results.md (machine, date, commit, dataset, figures, goals) and prints it.
 */
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	appendResults,
	bytesText,
	dataset,
	gitCommit,
	loadAverage,
	machine,
	msText,
	picker,
	startServer,
	table,
	type Server
} from './bench-server';

export interface Target {
	name: string;
	label: string;
	kind: 'html' | 'json' | 'csv';
	paths: string[];
}

export interface Cell {
	connections: number;
	p50: number;
	p99: number;
	rps: number;
	requests: number;
	errors: number;
	timeouts: number;
	non2xx: number;
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

/** The targets of the benchmark, with regions and years picked at random among those with data. */
export function chooseTargets(dbPath: string, seed: number, perTarget = 8): Target[] {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	const rng = picker(seed);
	try {
		const withData = (level: string) =>
			db
				.prepare(
					`SELECT ry.region_code AS code, ry.year AS year FROM region_years ry
					 JOIN regions r ON r.code = ry.region_code WHERE r.level = ? AND ry.commitments > 0`
				)
				.all(level) as { code: string; year: number }[];
		const countyYears = withData('county');
		const prefectureYears = withData('prefecture');
		if (!countyYears.length) throw new Error(`${dbPath} holds no county with commitments`);
		const counties = [...new Set(countyYears.map((r) => r.code))];
		const prefectures = [...new Set(prefectureYears.map((r) => r.code))];
		const years = [...new Set(countyYears.map((r) => r.year))].sort();
		const scorecards = rng.sample(countyYears, perTarget);
		const regionCodes = rng.sample(counties, perTarget);
		const compareSets = Array.from({ length: Math.max(2, perTarget / 2) }, () =>
			rng.sample(counties, 10).join(',')
		);
		const span = `from=${years[0]}&to=${years.at(-1)}`;
		return [
			{
				name: 'scorecard-page',
				label: 'scorecard page /regions/{county}/{year}',
				kind: 'html',
				paths: scorecards.map((r) => `/regions/${r.code}/${r.year}`)
			},
			{
				name: 'scorecard-api',
				label: 'scorecard API /api/regions/{code}/scorecard/{year}',
				kind: 'json',
				paths: scorecards.map((r) => `/api/regions/${r.code}/scorecard/${r.year}`)
			},
			{
				name: 'region-page',
				label: 'region page /regions/{county}',
				kind: 'html',
				paths: regionCodes.map((c) => `/regions/${c}`)
			},
			{
				name: 'region-api',
				label: 'region API /api/regions/{code}',
				kind: 'json',
				paths: regionCodes.map((c) => `/api/regions/${c}`)
			},
			{
				name: 'prefecture-page',
				label: 'prefecture page /regions/{prefecture}',
				kind: 'html',
				paths: rng.sample(prefectures, Math.max(2, perTarget / 2)).map((c) => `/regions/${c}`)
			},
			{
				name: 'compare-page',
				label: `compare page, 10 regions × ${years.length} years`,
				kind: 'html',
				paths: compareSets.map((s) => `/compare?regions=${s}&indicator=gdp&${span}`)
			},
			{
				name: 'compare-api',
				label: `compare API, 10 regions × ${years.length} years`,
				kind: 'json',
				paths: compareSets.map((s) => `/api/compare?regions=${s}&indicator=gdp&${span}`)
			},
			{ name: 'home', label: 'home page /', kind: 'html', paths: ['/'] },
			{ name: 'regions-api', label: '/api/regions', kind: 'json', paths: ['/api/regions'] },
			{
				name: 'outcomes-api',
				label: '/api/outcomes?latest=12',
				kind: 'json',
				paths: ['/api/outcomes?latest=12']
			},
			{
				name: 'national-page',
				label: 'provinces page /national/2026',
				kind: 'html',
				paths: ['/national/2026']
			},
			{
				name: 'region-csv',
				label: 'CSV of one region /api/regions/{code}?format=csv&table=series',
				kind: 'csv',
				paths: regionCodes.map((c) => `/api/regions/${c}?format=csv&table=series`)
			}
		];
	} finally {
		db.close();
	}
}

/** One request: status, body size and time. */
async function probe(base: string, path: string) {
	const started = performance.now();
	try {
		const res = await fetch(base + path, { signal: AbortSignal.timeout(120_000) });
		const body = new Uint8Array(await res.arrayBuffer());
		return { path, status: res.status, bytes: body.length, ms: performance.now() - started };
	} catch (error) {
		return { path, status: 0, bytes: 0, ms: performance.now() - started, error };
	}
}

/** autocannon over the paths (each connection cycles through them) for `duration` seconds. */
async function load(
	base: string,
	paths: string[],
	connections: number,
	duration: number
): Promise<Cell> {
	const result = await autocannon({
		url: base,
		connections,
		duration,
		timeout: 30,
		requests: paths.map((path) => ({ method: 'GET' as const, path }))
	});
	return {
		connections,
		p50: result.latency.p50,
		p99: result.latency.p99,
		rps: result.requests.average,
		requests: result.requests.total,
		errors: result.errors,
		timeouts: result.timeouts,
		non2xx: result.non2xx
	};
}

const staticName = (bytes: number) => `bench-static-${bytes}.bin`;

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
				size,
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

async function main() {
	const { values } = parseArgs({
		options: {
			db: { type: 'string', default: process.env.BENCH_DB },
			duration: { type: 'string', default: '10' },
			only: { type: 'string' },
			connections: { type: 'string', default: '1,10,50' },
			seed: { type: 'string' },
			port: { type: 'string', default: '3999' },
			'cpu-prof': { type: 'string' },
			'no-append': { type: 'boolean', default: false },
			'max-probe': { type: 'string', default: '5' }
		}
	});
	if (!values.db) {
		console.error('bench: say which database: --db FILE (see npm run bench:seed)');
		process.exit(2);
	}
	const db = resolve(values.db);
	const duration = Number(values.duration);
	const connections = values.connections.split(',').map(Number);
	const seed = values.seed ? Number(values.seed) : Date.now() % 1_000_000;
	const port = Number(values.port);
	// a page whose single request takes longer than this is not loaded: 50 of them at once
	// would hold the server for minutes and measure nothing but timeouts
	const maxProbe = Number(values['max-probe']) * 1000;
	let targets = chooseTargets(db, seed);
	if (values.only) {
		const wanted = values.only.split(',');
		const unknown = wanted.filter((w) => !targets.some((t) => t.name === w));
		if (unknown.length) {
			console.error(
				`bench: no target ${unknown.join(', ')}; targets: ${targets.map((t) => t.name).join(', ')}`
			);
			process.exit(2);
		}
		targets = targets.filter((t) => wanted.includes(t.name));
	}
	const nodeArgs = values['cpu-prof']
		? ['--cpu-prof', `--cpu-prof-dir=${resolve(values['cpu-prof'])}`]
		: [];
	const startedAt = new Date();
	const loadBefore = loadAverage();
	console.log(
		`bench: ${targets.length} targets, ${duration} s per cell, connections ${connections.join('/')}, seed ${seed}`
	);

	// 1. the size of every answer, so that static files of those sizes exist when the server starts
	//    (adapter-node's static handler lists build/client/ once, at start)
	let server: Server = await startServer({ db, port });
	const results: Measured[] = [];
	for (const target of targets) {
		const probes = [];
		for (const path of target.paths) probes.push(await probe(server.url, path));
		const ok = probes.filter((p) => p.status === 200);
		const bytes = ok.length ? Math.round(ok.reduce((n, p) => n + p.bytes, 0) / ok.length) : 0;
		const failed = probes.find((p) => p.status !== 200);
		const slowest = probes.reduce((a, b) => (b.ms > a.ms ? b : a));
		const skipped = failed
			? failed.status === 0
				? `no answer in ${msText(failed.ms)} (${failed.path})`
				: `${failed.status} (${failed.path})`
			: slowest.ms > maxProbe
				? `too slow to load: one request took ${msText(slowest.ms)} (${slowest.path})`
				: undefined;
		results.push({ target, probes, bytes, skipped, cells: [] });
		console.log(
			`  ${target.name}: ${skipped ?? `${bytesText(bytes)}, first request ≤ ${msText(Math.max(...probes.map((p) => p.ms)))}`}`
		);
		if (!server.alive() || probes.some((p) => p.status === 0)) {
			// a request still running holds the (single-threaded) server: start afresh
			console.log(
				server.alive()
					? '  a request did not finish: restarting the server'
					: `  the server stopped (${await server.exited}); starting it again`
			);
			await server.stop();
			server = await startServer({ db, port });
		}
	}
	await server.stop();

	const sizes = [...new Set(results.filter((r) => !r.skipped).map((r) => r.bytes))];
	const files = sizes.map((n) => resolve('build/client', staticName(n)));
	let memory: { rssMb: number; peakMb: number } | null;
	try {
		sizes.forEach((n, i) => writeFileSync(files[i]!, randomBytes(n)));
		server = await startServer({ db, port, nodeArgs });
		// 2. each target at each connection count, beside its static twin
		for (const m of results) {
			if (m.skipped) continue;
			const twin = [`/${staticName(m.bytes)}`];
			for (const n of connections) {
				if (!server.alive()) {
					m.skipped = `server stopped (${await server.exited}) during the run`;
					server = await startServer({ db, port, nodeArgs });
					break;
				}
				const page = await load(server.url, m.target.paths, n, duration);
				const stat = await load(server.url, twin, n, duration);
				m.cells.push({ page, static: stat });
				console.log(
					`  ${m.target.name} × ${n}: p50 ${msText(page.p50)}, p99 ${msText(page.p99)}, ${page.rps.toFixed(1)} req/s; ` +
						`static p99 ${msText(stat.p99)}, ${stat.rps.toFixed(0)} req/s (${((100 * page.rps) / stat.rps).toFixed(1)} %)` +
						(page.non2xx + page.errors + page.timeouts
							? `; ${page.non2xx} non-2xx, ${page.errors} errors, ${page.timeouts} timeouts`
							: '')
				);
			}
		}
		memory = server.memory();
	} finally {
		await server.stop();
		for (const f of files) rmSync(f, { force: true });
	}

	const rssMb = memory?.rssMb ?? null;
	const peakMb = memory?.peakMb ?? null;
	const goals = checkGoals(results, rssMb);
	const section = report(
		{
			title: `npm run bench — ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
			lines: [
				`machine: ${machine()}; load average ${loadBefore} before, ${loadAverage()} after`,
				`commit: ${gitCommit()}`,
				`dataset: ${dataset(db)}`,
				`run: ${duration} s per cell, connections ${connections.join(' / ')}, seed ${seed}` +
					(values.only ? `, only ${values.only}` : '') +
					(values['cpu-prof'] ? ', server under --cpu-prof' : ''),
				`server memory at the end: RSS ${rssMb === null ? '?' : rssMb.toFixed(0)} MB, peak ${peakMb === null ? '?' : peakMb.toFixed(0)} MB`
			]
		},
		results,
		goals
	);
	console.log(`\n${section}`);
	if (!values['no-append']) {
		appendResults(section);
		console.log('(appended to bench/results.md)');
	}
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('src/cli/bench-http.ts')) await main();
