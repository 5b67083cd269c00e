/** npm run bench:extract — throughput of extract() over ~5 MB of the seed reports, on one core. */
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
// warm-up (JIT, OpenCC dictionaries)
for (const d of docs) extract(d);
const t0 = process.hrtime.bigint();
let items = 0;
for (const d of corpus) {
	const x = extract(d);
	items += x.targets.length + x.outcomes.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = bytes / 1e6;
console.log(`${corpus.length} documents, ${mb.toFixed(2)} MB, ${items} items in ${secs.toFixed(2)} s: ${(mb / secs).toFixed(2)} MB/s`);
