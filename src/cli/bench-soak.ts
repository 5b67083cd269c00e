/**
 * npm run bench:soak -- --db FILE [--clients 100] [--duration 60] [--editors 10] [--port 3998]
 *                       [--keep] [--no-append] [--cpu-prof DIR] [--skip-export]
 *
 * A soak test against the BUILT server (`npm run build` first), on a COPY of the dataset FILE
 * (the national one of `npm run bench:seed`): `clients` concurrent clients for `duration`
 * seconds. Most read pages and the API; `editors` of them sign in as editors created for the run
 * (src/lib/server/users.ts createUser) and record outcomes through the app's own form action
 * (/commitments/{id}?/record, with the version read from the commitment's page), and now and
 * then import a small CSV through /outcomes/import (check, then write).
 *
 * Every write carries a token of its own in its note. After the run the server is stopped and
 * the copy is read: every write the server acknowledged must be there exactly once, and the
 * outcomes counted before and after must differ by exactly the rows of the run. Expected: zero
 * 5xx. Reports p50/p99 of reads and writes and the answers by status; appends to
 * bench/results.md.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../lib/server/db';
import { SESSION_COOKIE } from '../lib/server/auth/session';
import { createUser } from '../lib/server/users';
import { flatness, streamDownload, watchMemory, type Flatness } from './bench-memory';
import {
	appendResults,
	dataset,
	gitCommit,
	loadAverage,
	machine,
	msText,
	picker,
	startServer,
	table
} from './bench-server';

interface Sample {
	kind: string;
	ms: number;
	status: number;
	/** when it was sent, in ms from the start of the run */
	at: number;
	/** why it got no answer (status 0): timeout, ECONNRESET… */
	why?: string;
}

interface Target {
	id: number;
	regionCode: string;
	year: number;
	indicator: string;
	metric: string;
	unit: string | null;
	scope: string | null;
}

/** How much RSS may grow from the first third of a phase to its last (see bench-memory.ts). */
const FLAT_SLACK_MB = 32;

const memoryText = (m: Flatness) =>
	`RSS ${m.firstMb.toFixed(0)} → ${m.lastMb.toFixed(0)} MB, peak ${m.peakMb.toFixed(0)} MB, last third ${m.growthMb >= 0 ? '+' : ''}${m.growthMb.toFixed(0)} MB on the first (≤ ${FLAT_SLACK_MB})`;

/** p-th percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i]!;
}

/** What the run's tokens say: acknowledged writes found once, lost, duplicated, unacknowledged. */
export function reconcile(acknowledged: Iterable<string>, stored: Map<string, number>) {
	let once = 0;
	const lost: string[] = [];
	const duplicated: string[] = [];
	const acked = new Set(acknowledged);
	for (const token of acked) {
		const n = stored.get(token) ?? 0;
		if (n === 1) once++;
		else if (n === 0) lost.push(token);
		else duplicated.push(token);
	}
	const unacknowledged = [...stored.keys()].filter((t) => !acked.has(t));
	for (const t of unacknowledged) if ((stored.get(t) ?? 0) > 1) duplicated.push(t);
	return { once, lost, duplicated, unacknowledged };
}

const outcomeUnit = (t: Target) =>
	t.metric === 'growth' || t.metric === 'rate' || t.metric === 'relative'
		? '%'
		: t.metric === 'change_pp'
			? '个百分点'
			: t.unit || '个';
const outcomeMetric = (t: Target) => (t.metric === 'relative' ? 'growth' : t.metric);
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const hidden = (html: string, name: string) =>
	new RegExp(`name="${name}"[^>]*?value="([^"]*)"`).exec(html)?.[1];
const unescapeHtml = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** A request's failure in a word: timeout, or the socket's error code (ECONNRESET…). */
function whyUnanswered(e: unknown): string {
	const error = e as Error & { cause?: { code?: string } };
	return error.name === 'TimeoutError' ? 'timeout' : (error.cause?.code ?? error.name);
}

/** Why the requests left without an answer failed and when they were sent: one stall, or spread over the run. */
function unansweredText(samples: Sample[]): string {
	const unanswered = samples.filter((s) => s.status === 0);
	if (!unanswered.length) return '';
	const why = new Map<string, number>();
	for (const s of unanswered) why.set(s.why ?? '?', (why.get(s.why ?? '?') ?? 0) + 1);
	const at = unanswered.map((s) => s.at / 1000);
	const [first, last] = [Math.min(...at), Math.max(...at)];
	return ` (${[...why].map(([k, n]) => `${k}: ${n}`).join(', ')}), sent between ${first.toFixed(1)} s and ${last.toFixed(1)} s into the run${longestSilence(samples)}`;
}

/** The longest time in which no request got an answer (a stall of the server shows here). */
function longestSilence(samples: Sample[]): string {
	const done = samples
		.filter((s) => s.status !== 0)
		.map((s) => s.at + s.ms)
		.sort((a, b) => a - b);
	let gap = 0;
	let from = 0;
	for (let i = 1; i < done.length; i++)
		if (done[i]! - done[i - 1]! > gap) [gap, from] = [done[i]! - done[i - 1]!, done[i - 1]!];
	return `; longest time with no answer ${(gap / 1000).toFixed(1)} s, from ${(from / 1000).toFixed(1)} s`;
}

/** One editor streams the whole outcomes table: the server's memory must not follow its size. */
async function exportStreamsFlat(
	server: Parameters<typeof watchMemory>[0],
	base: string,
	cookie: string
): Promise<{ ok: boolean; text: string }> {
	console.log('bench:soak: streaming the whole outcomes export…');
	const watch = watchMemory(server, 250);
	const exported = await streamDownload(`${base}/outcomes/export/outcomes`, { cookie });
	const memory = flatness(watch.stop(), FLAT_SLACK_MB);
	return {
		ok: exported.status === 200 && memory.ok,
		text: `${exported.status}, ${(exported.lines - 1).toLocaleString('en-US')} rows, ${(exported.bytes / 1e6).toFixed(0)} MB in ${msText(exported.ms)}; ${memoryText(memory)}`
	};
}

async function main() {
	const { values } = parseArgs({
		options: {
			db: { type: 'string', default: process.env.BENCH_DB },
			clients: { type: 'string', default: '100' },
			duration: { type: 'string', default: '60' },
			editors: { type: 'string', default: '10' },
			port: { type: 'string', default: '3998' },
			seed: { type: 'string' },
			keep: { type: 'boolean', default: false },
			'cpu-prof': { type: 'string' },
			'no-append': { type: 'boolean', default: false },
			/** for a quick look at the load alone: the export's check is then not made */
			'skip-export': { type: 'boolean', default: false }
		}
	});
	if (!values.db || !existsSync(values.db)) {
		console.error('bench:soak: say which dataset: --db FILE (see npm run bench:seed)');
		process.exit(2);
	}
	const source = resolve(values.db);
	const copy = `${source}.soak.db`;
	const clients = Number(values.clients);
	const editors = Math.min(clients, Number(values.editors));
	const duration = Number(values.duration) * 1000;
	const port = Number(values.port);
	const seed = values.seed ? Number(values.seed) : Date.now() % 1_000_000;
	const rng = picker(seed);
	const run = `soak-${seed}`;
	const startedAt = new Date();
	const loadBefore = loadAverage();

	console.log(`bench:soak: copying ${source}…`);
	for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
	{
		// a consistent copy, whatever is in the source's WAL
		const from = new Database(source, { readonly: true, fileMustExist: true });
		await from.backup(copy);
		from.close();
	}

	// the editors of the run, and what they will read and write
	const password = `soak-${seed}-password`;
	const names = Array.from({ length: editors }, (_, i) => `soak-${seed}-editor-${i}`);
	const app = openDatabase(copy);
	for (const username of names) await createUser(app, { username, password, role: 'editor' }, null);
	const client = app.$client;
	const maxId = client.prepare('SELECT max(id) FROM commitments').pluck().get() as number;
	const pickIds = (n: number) =>
		Array.from({ length: n }, () => 1 + Math.floor(rng.next() * maxId));
	const targets = (
		client
			.prepare(
				`SELECT id, region_code AS regionCode, year, indicator, metric, unit, scope FROM commitments
				 WHERE id IN (${pickIds(4000).join(',')}) AND metric <> 'qualitative'`
			)
			.all() as Target[]
	).filter((t) => t.year <= startedAt.getUTCFullYear());
	const regionYears = client
		.prepare(
			`SELECT region_code AS code, year FROM region_years WHERE rowid IN (${Array.from({ length: 400 }, () => 1 + Math.floor(rng.next() * 50_000)).join(',')})`
		)
		.all() as { code: string; year: number }[];
	const reportIds = client
		.prepare(`SELECT id FROM reports WHERE id IN (${pickIds(400).join(',')})`)
		.pluck()
		.all() as number[];
	const outcomesBefore = client.prepare('SELECT count(*) FROM outcomes').pluck().get() as number;
	client.close();
	if (!targets.length || !regionYears.length) throw new Error(`${source} holds too little data`);

	const nodeArgs = values['cpu-prof']
		? ['--cpu-prof', `--cpu-prof-dir=${resolve(values['cpu-prof'])}`]
		: [];
	const server = await startServer({ db: copy, port, nodeArgs });
	const base = server.url;
	const origin = base;
	const samples: Sample[] = [];
	const acknowledged: string[] = [];
	const failures = new Map<string, number>();
	let runStart = performance.now();
	const note = (kind: string, status: number, started: number, why?: string) => {
		samples.push({ kind, ms: performance.now() - started, status, at: started - runStart, why });
		if (status >= 500 || status === 0) {
			const key = `${kind} ${status || 'network error/timeout'}`;
			failures.set(key, (failures.get(key) ?? 0) + 1);
		}
	};
	const timed = async (kind: string, path: string, init: RequestInit = {}) => {
		const started = performance.now();
		try {
			const res = await fetch(base + path, {
				redirect: 'manual',
				signal: AbortSignal.timeout(30_000),
				...init,
				// as a browser without JavaScript posts: fetch's */* would get an action's JSON answer
				headers: { accept: 'text/html', ...(init.headers as Record<string, string>) }
			});
			const body = await res.text();
			note(kind, res.status, started);
			return { status: res.status, body, headers: res.headers };
		} catch (e) {
			note(kind, 0, started, whyUnanswered(e));
			return { status: 0, body: '', headers: new Headers() };
		}
	};

	// sign in every editor through the login form
	const cookies: string[] = [];
	for (const username of names) {
		const res = await timed('sign-in', '/login', {
			method: 'POST',
			headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ username, password })
		});
		const cookie = res.headers
			.getSetCookie()
			.map((c) => c.split(';')[0]!)
			.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
		if (res.status !== 303 || !cookie)
			throw new Error(
				`could not sign in ${username}: ${res.status} ${/<p[^>]*role="alert"[^>]*>([^<]*)/.exec(res.body)?.[1] ?? res.body.slice(0, 200)}`
			);
		cookies.push(cookie);
	}

	const readPaths = (): [string, string] => {
		const ry = rng.pick(regionYears);
		const r = rng.next();
		if (r < 0.3) return ['scorecard page', `/regions/${ry.code}/${ry.year}`];
		if (r < 0.5) return ['scorecard API', `/api/regions/${ry.code}/scorecard/${ry.year}`];
		if (r < 0.65) return ['region page', `/regions/${ry.code}`];
		if (r < 0.75) return ['region API', `/api/regions/${ry.code}`];
		if (r < 0.8) {
			const set = rng.sample(regionYears, 10).map((x) => x.code);
			return ['compare page', `/compare?regions=${[...new Set(set)].join(',')}&indicator=gdp`];
		}
		if (r < 0.85) return ['home page', '/'];
		if (r < 0.9) return ['latest outcomes API', '/api/outcomes?latest=12'];
		if (r < 0.95 && reportIds.length) return ['report page', `/reports/${rng.pick(reportIds)}`];
		return ['commitment page', `/commitments/${rng.pick(targets).id}`];
	};

	let seq = 0;
	const writeStatuses = new Map<string, number>();
	const countWrite = (what: string) => writeStatuses.set(what, (writeStatuses.get(what) ?? 0) + 1);

	const record = async (cookie: string) => {
		const t = rng.pick(targets);
		const page = await timed('editor: commitment page', `/commitments/${t.id}`, {
			headers: { cookie }
		});
		const version = hidden(page.body, 'version');
		if (page.status !== 200 || !version) return;
		const token = `${run}-r${++seq}`;
		const value = (Math.round(rng.next() * 1000) / 10).toString();
		const unit = outcomeUnit(t);
		const form = new URLSearchParams({
			version,
			value,
			unit,
			kind: rng.next() < 0.8 ? 'final' : 'estimated',
			bound: '',
			sourceType: 'url',
			sourceUrl: `https://example.org/soak/${token}`,
			sourceQuote: `实际完成${value}${unit}`,
			sourceDate: '',
			note: token
		});
		const res = await timed('write: record outcome', `/commitments/${t.id}?/record`, {
			method: 'POST',
			headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
			body: form
		});
		countWrite(`record ${res.status}`);
		if (res.status === 303) acknowledged.push(token);
	};

	const importCsv = async (cookie: string) => {
		const rows = rng.sample(targets, 10);
		const tokens = rows.map(() => `${run}-i${++seq}`);
		const header =
			'region_code,year,indicator,metric,scope,value,unit,kind,source_url,source_quote,note';
		const lines = rows.map((t, i) => {
			const value = (Math.round(rng.next() * 1000) / 10).toString();
			const unit = outcomeUnit(t);
			return [
				t.regionCode,
				String(t.year),
				t.indicator,
				outcomeMetric(t),
				t.scope ?? '',
				value,
				unit,
				'final',
				`https://example.org/soak/${tokens[i]}`,
				`实际完成${value}${unit}`,
				tokens[i]!
			]
				.map(csvCell)
				.join(',');
		});
		const text = [header, ...lines].join('\n');
		const check = await timed('write: import check', '/outcomes/import?/check', {
			method: 'POST',
			headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ text })
		});
		countWrite(`import check ${check.status}`);
		const digest = hidden(check.body, 'digest');
		const expected = hidden(check.body, 'expected');
		const echoed = /<textarea name="text" hidden[^>]*>([\s\S]*?)<\/textarea>/.exec(check.body)?.[1];
		if (check.status !== 200 || !digest || !expected) return;
		const res = await timed('write: import write', '/outcomes/import?/write', {
			method: 'POST',
			headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				text: echoed === undefined ? text : unescapeHtml(echoed),
				digest,
				expected
			})
		});
		countWrite(`import write ${res.status}`);
		if (res.status === 200) acknowledged.push(...tokens.slice(0, Number(expected)));
	};

	const exportCheck = values['skip-export']
		? null
		: await exportStreamsFlat(server, base, cookies[0]!);

	console.log(
		`bench:soak: ${clients} clients (${editors} editors) for ${duration / 1000} s against ${base}, run ${run}`
	);
	const loadWatch = watchMemory(server, 1000);
	runStart = performance.now();
	const stopAt = runStart + duration;
	const loops = Array.from({ length: clients }, async (_, i) => {
		const cookie = i < editors ? cookies[i]! : null;
		while (performance.now() < stopAt) {
			if (cookie && rng.next() < 0.5) {
				if (rng.next() < 0.1) await importCsv(cookie);
				else await record(cookie);
			} else {
				const [kind, path] = readPaths();
				await timed(`read: ${kind}`, path);
			}
		}
	});
	await Promise.all(loops);
	const loadMemory = flatness(loadWatch.stop(), FLAT_SLACK_MB);
	if (!server.alive())
		console.log(
			`the server stopped (${await server.exited}):\n${server.output.slice(-30).join('\n')}`
		);
	const memory = server.memory();
	await server.stop();

	// every acknowledged write once, nothing else added
	const after = new Database(copy, { readonly: true });
	const outcomesAfter = after.prepare('SELECT count(*) FROM outcomes').pluck().get() as number;
	const stored = new Map(
		(
			after
				.prepare(`SELECT note, count(*) AS n FROM outcomes WHERE note LIKE ? GROUP BY note`)
				.all(`${run}-%`) as { note: string; n: number }[]
		).map((r) => [r.note, r.n])
	);
	after.close();
	const runRows = [...stored.values()].reduce((a, b) => a + b, 0);
	const check = reconcile(acknowledged, stored);
	const added = outcomesAfter - outcomesBefore;

	const byKind = new Map<string, Sample[]>();
	for (const s of samples) {
		const k = s.kind.startsWith('read: ')
			? 'reads (all)'
			: s.kind.startsWith('write: ')
				? 'writes (all)'
				: null;
		for (const key of [s.kind, k]) if (key) byKind.set(key, [...(byKind.get(key) ?? []), s]);
	}
	const statusCounts = (list: Sample[]) => {
		const m = new Map<number, number>();
		for (const s of list) m.set(s.status, (m.get(s.status) ?? 0) + 1);
		return [...m]
			.sort((a, b) => a[0] - b[0])
			.map(([st, n]) => `${st || 'none'}: ${n}`)
			.join(', ');
	};
	const rows = [...byKind]
		.sort((a, b) => a[0].localeCompare(b[0]))
		.map(([kind, list]) => {
			const ms = list.map((s) => s.ms).sort((a, b) => a - b);
			return [
				kind,
				list.length,
				(list.length / (duration / 1000)).toFixed(1),
				msText(percentile(ms, 50)),
				msText(percentile(ms, 99)),
				msText(ms.at(-1) ?? NaN),
				statusCounts(list)
			];
		});
	const fiveXx = samples.filter((s) => s.status >= 500).length;
	const network = samples.filter((s) => s.status === 0).length;
	const ok =
		fiveXx === 0 &&
		network === 0 &&
		check.lost.length === 0 &&
		check.duplicated.length === 0 &&
		added === runRows &&
		exportCheck?.ok !== false &&
		loadMemory.ok;
	const section = [
		`## npm run bench:soak — ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
		'',
		`- machine: ${machine()}; load average ${loadBefore} before, ${loadAverage()} after`,
		`- commit: ${gitCommit()}`,
		`- dataset: a copy of ${dataset(source)}`,
		`- run: ${clients} clients (${editors} signed-in editors, half their turns writing, 1 in 10 of those a 10-row CSV import) for ${duration / 1000} s, seed ${seed}`,
		`- server memory at the end: RSS ${memory ? memory.rssMb.toFixed(0) : '?'} MB, peak ${memory ? memory.peakMb.toFixed(0) : '?'} MB`,
		'',
		table(['requests', 'n', 'per s', 'p50', 'p99', 'max', 'statuses'], rows),
		'',
		`Writes by answer: ${[...writeStatuses].map(([k, n]) => `${k}: ${n}`).join(', ') || 'none'} (409 = the commitment changed since its page was read: the app's optimistic concurrency, not an error).`,
		'',
		table(
			['check', '', 'measured'],
			[
				[
					'zero 5xx',
					fiveXx === 0 ? '✓' : '✗',
					`${fiveXx} 5xx${failures.size ? ` (${[...failures].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}`
				],
				[
					'no request without an answer',
					network === 0 ? '✓' : '✗',
					`${network} network errors or 30 s timeouts${unansweredText(samples)}`
				],
				[
					'every acknowledged write stored exactly once',
					check.lost.length + check.duplicated.length === 0 ? '✓' : '✗',
					`${acknowledged.length} acknowledged: ${check.once} once, ${check.lost.length} lost, ${check.duplicated.length} duplicated; ${check.unacknowledged.length} stored without an acknowledgement`
				],
				[
					'the whole outcomes export streams with flat memory',
					exportCheck ? (exportCheck.ok ? '✓' : '✗') : '–',
					exportCheck?.text ?? 'not run (--skip-export)'
				],
				['memory flat under the load', loadMemory.ok ? '✓' : '✗', memoryText(loadMemory)],
				[
					'outcomes after − before = rows of the run',
					added === runRows ? '✓' : '✗',
					`${outcomesBefore.toLocaleString('en-US')} → ${outcomesAfter.toLocaleString('en-US')} (+${added}), rows with the run's tokens ${runRows}`
				]
			]
		),
		''
	].join('\n');
	console.log(`\n${section}`);
	if (!values['no-append']) {
		appendResults(section);
		console.log('(appended to bench/results.md)');
	}
	if (!values.keep)
		for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
	process.exitCode = ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('src/cli/bench-soak.ts')) await main();
