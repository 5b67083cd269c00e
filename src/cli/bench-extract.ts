/**
 * npm run bench:extract — throughput of the extractor over ~5 MB of the seed reports.
 * - the library, extract() on one core: the first pass (cold: JIT, OpenCC dictionaries) and the
 *   median of three passes after it (steady state, what a long import or a batch sees);
 * - the CLI as the scorer runs it, `npm run --silent extract -- FILE`, on the same 5 MB written as
 *   one report-like file, including the start of the process: best and median of three runs after
 *   one that may bundle the CLI (src/cli/run-extract.mjs).
 * Goals: the CLI ≥ 5 MB/s including process start, the library ≥ 15 MB/s steady state. On a busy
 * machine wall time overstates the work: the library's CPU time is shown beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../lib/extract/index';

const dir = join(process.cwd(), 'seeds');
const docs = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => readFileSync(join(dir, f), 'utf8'));
if (docs.length === 0) {
	console.error('no seed texts in seeds/');
	process.exit(1);
}
const TARGET = 5 * 1024 * 1024;
const corpus: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET; i++) {
	const d = docs[i % docs.length]!;
	corpus.push(d);
	bytes += Buffer.byteLength(d, 'utf8');
}
const mb = bytes / 1e6;
const rate = (s: number) => `${(mb / s).toFixed(2)} MB/s`;

function pass(): { seconds: number; cpu: number; items: number } {
	const t0 = process.hrtime.bigint();
	const c0 = process.cpuUsage();
	let items = 0;
	for (const d of corpus) {
		const x = extract(d);
		items += x.targets.length + x.outcomes.length;
	}
	const c = process.cpuUsage(c0);
	return {
		seconds: Number(process.hrtime.bigint() - t0) / 1e9,
		cpu: (c.user + c.system) / 1e6,
		items
	};
}

const median = <T>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[1]!;

const cold = pass();
const warm = median([pass(), pass(), pass()], (p) => p.seconds);
console.log(
	`library: ${corpus.length} documents, ${mb.toFixed(2)} MB, ${cold.items} items per pass`
);
console.log(
	`  first pass: ${cold.seconds.toFixed(2)} s, ${rate(cold.seconds)} (CPU ${rate(cold.cpu)})`
);
console.log(
	`  steady state (median of 3 further passes): ${warm.seconds.toFixed(2)} s, ${rate(warm.seconds)} (CPU ${rate(warm.cpu)})`
);

const tmp = mkdtempSync(join(tmpdir(), 'dx-bench-'));
const file = join(tmp, 'report.txt');
writeFileSync(file, corpus.join('\n'));
function cli(): number {
	const t0 = process.hrtime.bigint();
	const r = spawnSync('npm', ['run', '--silent', 'extract', '--', file], {
		encoding: 'utf8',
		maxBuffer: 1 << 28
	});
	const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
	if (r.status !== 0) throw new Error(`extract failed: ${r.stderr}`);
	JSON.parse(r.stdout);
	return seconds;
}
try {
	const first = cli();
	const runs = [cli(), cli(), cli()].sort((a, b) => a - b);
	console.log(
		`CLI (npm run --silent extract -- FILE), one ${mb.toFixed(2)} MB file, process start included:`
	);
	console.log(`  first run (may bundle the CLI): ${first.toFixed(2)} s, ${rate(first)}`);
	console.log(
		`  best of 3: ${runs[0]!.toFixed(2)} s, ${rate(runs[0]!)}; median ${runs[1]!.toFixed(2)} s, ${rate(runs[1]!)}`
	);
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
