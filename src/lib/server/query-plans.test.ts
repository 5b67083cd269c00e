/**
 * The queries behind the public pages use indexes: every statement they run is explained, and
 * a full scan of a table that grows with the data fails the test. (At national scale a scan of
 * commitments or outcomes reads millions of rows.)
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambitionOf } from './ambition';
import { dryRun } from './bulk/import';
import { optimize } from './db';
import { createTestDatabase } from './db/test-helpers';
import { childrenOfRegion, trackedRegions, yearsOfRegion } from './fulfilment';
import { indicatorNames } from './indicators';
import { parseCompareQuery, runComparison } from './compare';
import { nationalYears } from './national';
import { nationalTable, parseNationalQuery } from './national-table';
import { describeRegions, findRegions, quickSets } from './region-sets';
import {
	keptEveryHeadline,
	largestMisses,
	latestAssessedYear,
	newestReports,
	provincesWithData,
	totals
} from './notable';
import { latestOutcomes } from './overview';
import { listReportsOfRegion } from './reports';
import { reviewQueue } from './review';
import { assessRegion, getScorecard } from './scorecard';

/** Tables whose size grows with every report: never read whole by a request. */
const LARGE = [
	'commitments',
	'outcomes',
	'assessments',
	'fulfilment_counts',
	'reports',
	'audit_log',
	'judgements'
];

/** Whole-index walks that are bounded or rare, each with why. */
const ALLOWED = [
	// the home page's total of reports: computed once per data version (home.ts), not per request
	/^SELECT count\(\*\) AS n FROM reports$/,
	// the review queue's size: reports_queue_viewed_idx is partial, it holds only waiting reports
	/^SELECT count\(\*\) AS n FROM reports rp WHERE rp\.unreviewed > 0 AND rp\.reviewed_at IS NULL$/
];

/** `FROM commitments c`, `join "reports" AS rp`: a table and the alias the plan calls it by. */
const TABLE_AND_ALIAS =
	/\b(?:from|join)\s+[`"]?(\w+)[`"]?(?:\s+(?:as\s+)?(?!(?:on|where|join|left|inner|cross|group|order|limit|union)\b)(\w+))?/gi;

let db: ReturnType<typeof createTestDatabase>;
type Statement = { source: string; params: unknown[] };
let ran: Statement[] = [];

beforeAll(async () => {
	db = createTestDatabase();
	const { seedFromDirectory } = await import('./seed');
	seedFromDirectory(db, resolve('seeds'), (f) => /^real\/baoding\/1306(08|36)|^[^/]+$/.test(f));
	// every statement prepared from now on is recorded with the parameters it runs with
	const client = db.$client;
	const prepare = client.prepare.bind(client);
	client.prepare = ((source: string) => {
		const statement = prepare(source);
		for (const method of ['all', 'get', 'run', 'iterate'] as const) {
			const run = statement[method].bind(statement) as (...args: unknown[]) => unknown;
			Object.assign(statement, {
				[method]: (...params: unknown[]) => {
					ran.push({ source, params });
					return run(...params);
				}
			});
		}
		return statement;
	}) as typeof client.prepare;
}, 60_000);
afterAll(() => db.dispose());

/** The plan's lines that read a large table without an index, with the SQL they came from. */
function scans(statements: Statement[]): string[] {
	const found: string[] = [];
	for (const { source, params } of statements) {
		if (!/^\s*(SELECT|WITH)/i.test(source)) continue;
		if (ALLOWED.some((allowed) => allowed.test(source.replace(/\s+/g, ' ').trim()))) continue;
		const aliases = new Map<string, string>();
		for (const m of source.matchAll(TABLE_AND_ALIAS)) if (m[2]) aliases.set(m[2], m[1]!);
		const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as {
			detail: string;
		}[];
		for (const { detail } of plan) {
			const m = /^SCAN (\w+)/.exec(detail);
			if (!m) continue;
			// walking an index in order is a full scan too, unless a LIMIT stops it early
			if (/ USING (COVERING )?INDEX/.test(detail) && /\bLIMIT\b/i.test(source)) continue;
			const table = aliases.get(m[1]!) ?? m[1]!;
			if (LARGE.includes(table)) found.push(`${detail}\n  in: ${source.replace(/\s+/g, ' ')}`);
		}
	}
	return found;
}

const READS: Record<string, () => unknown> = {
	'scorecard (one region-year)': () => getScorecard(db, '130608', 2021),
	'region page: years, headline series, reports': () => {
		yearsOfRegion(db, '130608');
		assessRegion(db, '130608', undefined, { headlineOnly: true });
		listReportsOfRegion(db, '130608', 30, 0);
	},
	'prefecture page: counties side by side, GDP growth': () => {
		const children = childrenOfRegion(db, '130600');
		ambitionOf(
			db,
			children.map((c) => c.code),
			'gdp'
		);
	},
	'province page': () => childrenOfRegion(db, '130000'),
	'home page': () => {
		const year = latestAssessedYear(db) ?? 2021;
		largestMisses(db, year);
		keptEveryHeadline(db, year);
		newestReports(db);
		latestOutcomes(db, 8);
		totals(db);
		provincesWithData(db);
	},
	'national page': () => {
		nationalYears(db);
		const query = parseNationalQuery(new URL('http://x/national/2026?sort=gdp|growth'));
		if ('error' in query) throw new Error(query.error);
		nationalTable(db, 2026, indicatorNames(db), query);
	},
	'compare: two regions, a range of years, ambition': () => {
		const url = new URL('http://x/compare?regions=130608,130636&from=2020&to=2023');
		const query = parseCompareQuery(db, url);
		if ('error' in query) throw new Error(query.error);
		runComparison(db, query, { reviewedOnly: true });
		runComparison(db, query);
	},
	'compare: the picker and the sets': () => {
		findRegions(db, '清苑');
		quickSets(db, describeRegions(db, ['130608']), 2026);
	},
	'/api/regions': () => trackedRegions(db, 500, 0),
	'an editor checks a CSV of outcomes: the figures stored for its rows': () => {
		const checked = dryRun(
			db,
			[
				'region_code,year,indicator,metric,value,unit,kind,bound,source_url,source_report_id,source_quote,source_date,note',
				'130608,2021,gdp,growth,6.0,%,final,,https://example.gov.cn/b.html,,地区生产总值增长6.0%,2022-03-01,',
				'130636,2020,gdp,growth,3.1,%,final,,https://example.gov.cn/c.html,,地区生产总值增长3.1%,2021-03-01,'
			].join('\n'),
			'UTF-8',
			new Date('2024-06-01T00:00:00Z')
		);
		expect(checked.ok && checked.rows.length).toBe(2);
	},
	'review queue': () => reviewQueue(db, 'oldest', 30, 0)
};

describe('the public pages’ queries', () => {
	for (const [name, read] of Object.entries(READS)) {
		it(`${name}: no full scan of a large table`, () => {
			ran = [];
			read();
			expect(ran.length).toBeGreaterThan(0);
			expect(scans(ran)).toEqual([]);
		});
	}
});

describe('the planner, with the statistics the server gathers when it opens the database', () => {
	const plansOf = (read: () => unknown, table: RegExp) => {
		ran = [];
		read();
		return ran
			.filter(({ source }) => table.test(source))
			.flatMap(({ source, params }) =>
				(
					db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...params) as {
						detail: string;
					}[]
				).map((p) => p.detail)
			);
	};

	it("reads one indicator of the compared regions through the indicator's index", () => {
		optimize(db);
		const url = new URL('http://x/compare?regions=130608,130636&indicator=gdp&from=2011&to=2025');
		const query = parseCompareQuery(db, url);
		if ('error' in query) throw new Error(query.error);
		const plans = plansOf(() => runComparison(db, query), /FROM assessments a\s+JOIN commitments/);
		expect(plans.join('\n')).toMatch(
			/assessments_region_indicator_idx \(region_code=\? AND indicator=\?/
		);
	});

	it("reads a region's headline targets through the headline index", () => {
		optimize(db);
		const plans = plansOf(
			() => assessRegion(db, '130608', undefined, { headlineOnly: true }),
			/FROM assessments a\s+JOIN commitments/
		);
		expect(plans.join('\n')).toMatch(
			/assessments_region_headline_idx \(region_code=\? AND headline=\?/
		);
	});
});
