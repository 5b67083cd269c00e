/**
 * npm run bench:extract — throughput of extract() on one core, over ~5 MB of the seed reports.
 * Reports the first pass (cold: JIT, OpenCC dictionaries) and the median of three passes after
 * it (steady state, what a long import or a batch sees). Goal: ≥ 5 MB/s.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

function pass(): { seconds: number; items: number } {
	const t0 = process.hrtime.bigint();
	let items = 0;
	for (const d of corpus) {
		const x = extract(d);
		items += x.targets.length + x.outcomes.length;
	}
	return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, items };
}

const cold = pass();
const warm = [pass(), pass(), pass()].map((p) => p.seconds).sort((a, b) => a - b)[1]!;
console.log(`${corpus.length} documents, ${mb.toFixed(2)} MB, ${cold.items} items per pass`);
console.log(`first pass: ${cold.seconds.toFixed(2)} s, ${(mb / cold.seconds).toFixed(2)} MB/s`);
console.log(
	`steady state (median of 3 further passes): ${warm.toFixed(2)} s, ${(mb / warm).toFixed(2)} MB/s`
);
