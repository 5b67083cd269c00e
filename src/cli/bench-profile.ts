/**
 * npm run bench:profile -- DIR_OR_FILE [--top 25]
 *
 * Summarises a CPU profile of the server (`npm run bench -- --cpu-prof DIR` writes one when the
 * server stops) by self time: the app's own functions (build/server/, the compiled src/) first,
 * then everything, grouped by where the time went (the app, drizzle, better-sqlite3, svelte's
 * renderer, node itself, the garbage collector, idle).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { table } from './bench-server';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** Where a frame's code lives. */
export function areaOf(url: string, name: string): string {
	if (name === '(garbage collector)') return 'garbage collector';
	if (name === '(idle)' || name === '(program)') return 'idle / program';
	if (url.includes('/node_modules/drizzle-orm/')) return 'drizzle-orm';
	if (url.includes('/node_modules/better-sqlite3/') || name === 'all' || name === 'get')
		return 'better-sqlite3 (SQLite)';
	if (url.includes('/node_modules/svelte/') || url.includes('/node_modules/@sveltejs/'))
		return 'svelte / sveltekit';
	if (url.includes('/node_modules/')) return 'other packages';
	if (url.includes('/build/')) return 'the app (build/)';
	if (url.startsWith('node:') || url === '') return 'node (built-ins, native)';
	return 'other';
}

/** Self time per function (ms) and per area. */
export function summarise(profile: Profile) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) =>
		self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
	);
	const functions = new Map<string, { ms: number; area: string }>();
	const areas = new Map<string, number>();
	let total = 0;
	for (const [id, us] of self) {
		const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
		const name = functionName || '(anonymous)';
		const area = areaOf(url, name);
		const where = url
			? `${url.replace(/^.*\/(build|node_modules)\//, '$1/')}:${lineNumber + 1}`
			: '';
		const key = `${name} ${where}`.trim();
		const entry = functions.get(key) ?? { ms: 0, area };
		entry.ms += us / 1000;
		functions.set(key, entry);
		areas.set(area, (areas.get(area) ?? 0) + us / 1000);
		total += us / 1000;
	}
	return { functions, areas, total };
}

function main() {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { top: { type: 'string', default: '25' } }
	});
	const given = positionals[0];
	if (!given) {
		console.error('bench:profile: DIR or FILE.cpuprofile');
		process.exit(2);
	}
	const file = statSync(given).isDirectory()
		? readdirSync(given)
				.filter((f) => f.endsWith('.cpuprofile'))
				.map((f) => join(given, f))
				.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
		: given;
	if (!file) throw new Error(`no .cpuprofile in ${given}`);
	const { functions, areas, total } = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
	const top = Number(values.top);
	const pct = (ms: number) => `${((100 * ms) / total).toFixed(1)} %`;
	const busy = total - (areas.get('idle / program') ?? 0);
	console.log(
		`${file}: ${(total / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy\n`
	);
	console.log(
		table(
			['where', 'self ms', 'share'],
			[...areas].sort((a, b) => b[1] - a[1]).map(([a, ms]) => [a, ms.toFixed(0), pct(ms)])
		)
	);
	const sorted = [...functions].sort((a, b) => b[1].ms - a[1].ms);
	console.log("\nThe app's own functions by self time:\n");
	console.log(
		table(
			['function', 'self ms', 'share'],
			sorted
				.filter(([, f]) => f.area === 'the app (build/)')
				.slice(0, top)
				.map(([k, f]) => [`\`${k}\``, f.ms.toFixed(0), pct(f.ms)])
		)
	);
	console.log('\nAll functions by self time:\n');
	console.log(
		table(
			['function', 'where', 'self ms', 'share'],
			sorted.slice(0, top).map(([k, f]) => [`\`${k}\``, f.area, f.ms.toFixed(0), pct(f.ms)])
		)
	);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('src/cli/bench-profile.ts')) main();
