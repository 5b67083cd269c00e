/**
 * npm run bench:seed -- --db FILE [--fraction 0.1] [--seed N] [--force] [--serial]
 *
 * Builds the synthetic national database of the benchmarks (src/cli/bench-synthetic.ts) in a new
 * file. Never the app's own database: it refuses without --db, when FILE is data/duixian.db or
 * DATABASE_PATH's file, and when FILE exists unless --force (which deletes it first). It writes
 * with two threads; --serial writes in this one (to profile it).
 */
import { rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { refusal } from './bench-seed-guard';
import { seedNational } from './bench-synthetic';

async function main() {
	const { values } = parseArgs({
		options: {
			db: { type: 'string' },
			fraction: { type: 'string', default: '1' },
			seed: { type: 'string' },
			force: { type: 'boolean', default: false },
			serial: { type: 'boolean', default: false }
		}
	});
	const why = refusal(values.db, values.force);
	if (why) {
		console.error(`bench:seed: ${why}`);
		process.exit(2);
	}
	const fraction = Number(values.fraction);
	if (!(fraction > 0 && fraction <= 1)) {
		console.error('bench:seed: --fraction must be in (0, 1]');
		process.exit(2);
	}
	const path = resolve(values.db!);
	for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
	console.log(`Building the synthetic national dataset in ${path} (fraction ${fraction})…`);
	const s = await seedNational(path, {
		fraction,
		seed: values.seed === undefined ? undefined : Number(values.seed),
		log: console.log,
		workers: !values.serial
	});
	const mb = statSync(path).size / 1e6;
	console.log(
		`Done in ${s.seconds.toFixed(1)} s: ${s.regions} regions, ${s.regionYears} region-years, ${s.reports} reports, ` +
			`${s.commitments} commitments, ${s.outcomes} outcomes (${s.estimated} estimated, ${s.superseded} superseded); ` +
			`${mb.toFixed(0)} MB.\nStatuses: ${JSON.stringify(s.statuses)}`
	);
}

await main();
