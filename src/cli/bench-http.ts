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
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkGoals, report, type Cell, type Measured } from './bench-report';
import {
	appendResults,
	bytesText,
	dataset,
	gitCommit,
	loadAverage,
	machine,
	msText,
	startServer,
	type Server,
	type StartOptions
} from './bench-server';
import { chooseTargets, type Target } from './bench-targets';

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
/**
 * Waits until the server answers /healthz: requests autocannon left unanswered at the end of a
 * cell are still being worked on by the (single-threaded) server and would slow the next cell.
 */
async function drained(base: string) {
	await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(300_000) }).catch(() => {});
}

/**
 * What a browser says it takes: pages kept by the server go out compressed, as they would to a
 * reader. The static twin (random bytes) goes out as it is; its size is the page's before coding.
 */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** How many of a target's paths are requested once before the load, for their size. */
const PROBED = 8;

function requestsOf(target: Target) {
	const { paths } = target;
	if (target.order !== 'random') return paths.map((path) => ({ method: 'GET' as const, path }));
	const pick = () => paths[Math.floor(Math.random() * paths.length)]!;
	return [{ method: 'GET' as const, setupRequest: (req: object) => ({ ...req, path: pick() }) }];
}

async function load(
	base: string,
	target: Target,
	connections: number,
	duration: number
): Promise<Cell> {
	const result = await autocannon({
		url: base,
		connections,
		duration,
		timeout: 30,
		headers: { 'accept-encoding': BROWSER_ACCEPT_ENCODING },
		requests: requestsOf(target)
	});
	return {
		connections,
		p50: result.latency.p50,
		p99: result.latency.p99,
		rps: result.requests.average,
		requests: result.requests.total,
		errors: result.errors,
		timeouts: result.timeouts,
		non2xx: result.non2xx,
		sent: result.requests.total ? result.throughput.total / result.requests.total : 0
	};
}

const staticName = (bytes: number) => `bench-static-${bytes}.bin`;

/**
 * Each target's paths requested once: the size of every answer, so that static files of those
 * sizes exist when the server starts (adapter-node's static handler lists build/client/ once).
 */
async function probeAll(targets: Target[], db: string, port: number, maxProbe: number) {
	let server: Server = await startServer({ db, port });
	const results: Measured[] = [];
	for (const target of targets) {
		const probes = [];
		for (const path of target.paths.slice(0, PROBED)) probes.push(await probe(server.url, path));
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
	return results;
}

/** Each target at each connection count, beside its static twin, on one server; its memory at the end. */
async function loadAll(
	results: Measured[],
	start: StartOptions,
	connections: number[],
	duration: number
) {
	const sizes = [...new Set(results.filter((r) => !r.skipped).map((r) => r.bytes))];
	const files = sizes.map((n) => resolve('build/client', staticName(n)));
	sizes.forEach((n, i) => writeFileSync(files[i]!, randomBytes(n)));
	let server: Server | undefined;
	try {
		server = await startServer(start);
		for (const m of results) {
			if (m.skipped) continue;
			const twin: Target = { ...m.target, paths: [`/${staticName(m.bytes)}`], order: undefined };
			for (const n of connections) {
				if (!server.alive()) {
					m.skipped = `server stopped (${await server.exited}) during the run`;
					server = await startServer(start);
					break;
				}
				const page = await load(server.url, m.target, n, duration);
				await drained(server.url);
				const stat = await load(server.url, twin, n, duration);
				await drained(server.url);
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
		return server.memory();
	} finally {
		await server?.stop();
		for (const f of files) rmSync(f, { force: true });
	}
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

	const results = await probeAll(targets, db, port, maxProbe);
	const memory = await loadAll(results, { db, port, nodeArgs }, connections, duration);

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
