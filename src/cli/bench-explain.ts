/**
 * npm run bench:explain -- --db FILE [--page scorecard,region,compare,home] [--region CODE] [--year Y]
 *
 * What a page's queries cost: runs the server functions each page's load calls (as its
 * +page.server.ts does), records every SQL statement they prepare with its parameters (through
 * better-sqlite3's prepare), and prints each with its time, its rows and its EXPLAIN QUERY PLAN,
 * slowest first — then the time in JavaScript around them. Each page is loaded once to warm up
 * (but home, which may take minutes), then measured. Read-only: the database is opened with
 * query_only, so the national dataset itself can be used.
 */
import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Db } from '../lib/server/db';
import { parseCompareQuery, runComparison } from '../lib/server/compare';
import { listCommitmentYears } from '../lib/server/commitments';
import { pooled, trackedRegions, yearsOfRegion } from '../lib/server/fulfilment';
import { headlineSeries } from '../lib/server/history';
import { indicatorNames, listIndicators } from '../lib/server/indicators';
import {
	keptEveryHeadline,
	largestMisses,
	latestAssessedYear,
	newestReports,
	provincesWithData,
	totals
} from '../lib/server/notable';
import { latestOutcomes } from '../lib/server/overview';
import { getRegionPath } from '../lib/server/regions';
import { countReportsOfRegion, listReportsOfRegion, namesInReports } from '../lib/server/reports';
import { unreviewedOfRegion } from '../lib/server/review';
import { assessRegion, getScorecard, hasCommitments } from '../lib/server/scorecard';
import { msText, table } from './bench-server';

interface Recorded {
	sql: string;
	params: unknown[];
	calls: number;
	ms: number;
	rows: number;
}

/** Wraps the client's prepare so that every statement run is timed and kept with its params. */
function record(client: Database.Database) {
	const seen = new Map<string, Recorded>();
	const prepare = client.prepare.bind(client);
	(client as { prepare: typeof client.prepare }).prepare = ((source: string) => {
		const statement = prepare(source);
		for (const method of ['all', 'get', 'run', 'values'] as const) {
			const original = (statement as unknown as Record<string, (...a: unknown[]) => unknown>)[
				method
			];
			if (typeof original !== 'function') continue;
			(statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
				const started = performance.now();
				const result = original.apply(statement, params);
				const ms = performance.now() - started;
				const entry = seen.get(source) ?? { sql: source, params, calls: 0, ms: 0, rows: 0 };
				entry.calls++;
				entry.ms += ms;
				entry.rows += Array.isArray(result) ? result.length : result === undefined ? 0 : 1;
				seen.set(source, entry);
				return result;
			};
		}
		return statement;
	}) as typeof client.prepare;
	return seen;
}

type Page = (db: Db, code: string, year: number, compared: string[]) => unknown;

/** The loads of the pages, as their +page.server.ts call the server functions. */
const PAGES: Record<string, Page> = {
	scorecard: (db, code, year) => ({
		path: getRegionPath(db, code),
		has: hasCommitments(db, code, year),
		card: getScorecard(db, code, year),
		years: listCommitmentYears(db, code),
		names: indicatorNames(db)
	}),
	region: (db, code) => {
		const years = yearsOfRegion(db, code);
		return {
			path: getRegionPath(db, code),
			names: namesInReports(db, code),
			unreviewed: unreviewedOfRegion(db, code),
			total: pooled(years),
			series: headlineSeries(
				assessRegion(db, code, undefined, { headlineOnly: true }),
				indicatorNames(db)
			),
			reports: listReportsOfRegion(db, code, 30, 0),
			reportCount: countReportsOfRegion(db, code)
		};
	},
	compare: (db, _code, _year, compared) => {
		const url = new URL(`http://x/compare?regions=${compared.join(',')}&indicator=gdp`);
		const query = parseCompareQuery(db, url);
		if ('error' in query) throw new Error(query.error);
		return { ...runComparison(db, query), indicators: listIndicators(db) };
	},
	home: (db) => {
		const year = latestAssessedYear(db);
		return {
			totals: totals(db),
			misses: year === null ? [] : largestMisses(db, year),
			keptAll: year === null ? [] : keptEveryHeadline(db, year),
			reports: newestReports(db),
			latest: latestOutcomes(db, 8),
			provinces: provincesWithData(db)
		};
	},
	regions: (db) => trackedRegions(db, 100, 0),
	latest: (db) => latestOutcomes(db, 12)
};

async function main() {
	const { values } = parseArgs({
		options: {
			db: { type: 'string', default: process.env.BENCH_DB },
			page: { type: 'string', default: 'scorecard,region,compare' },
			region: { type: 'string' },
			year: { type: 'string' }
		}
	});
	if (!values.db) {
		console.error('bench:explain: --db FILE');
		process.exit(2);
	}
	const db = openDatabase(resolve(values.db));
	const client = db.$client;
	client.pragma('query_only = ON');
	const county = (values.region ??
		client
			.prepare(
				`SELECT ry.region_code FROM region_years ry JOIN regions r ON r.code = ry.region_code
				 WHERE r.level = 'county' AND ry.commitments > 0 LIMIT 1 OFFSET 1000`
			)
			.pluck()
			.get()) as string;
	const year = Number(values.year ?? 2020);
	const compared = client
		.prepare(
			`SELECT DISTINCT region_code FROM region_years WHERE commitments > 0 LIMIT 10 OFFSET 2000`
		)
		.pluck()
		.all() as string[];
	const seen = record(client);
	for (const page of values.page.split(',')) {
		const load = PAGES[page];
		if (!load) throw new Error(`no page ${page}: ${Object.keys(PAGES).join(', ')}`);
		if (page !== 'home') load(db, county, year, compared); // warm: JIT and page cache
		seen.clear();
		const started = performance.now();
		const result = load(db, county, year, compared);
		const total = performance.now() - started;
		const json = JSON.stringify(result).length;
		const queries = [...seen.values()].sort((a, b) => b.ms - a.ms);
		const inSql = queries.reduce((n, q) => n + q.ms, 0);
		console.log(
			`\n## ${page} (region ${county}, year ${year}${page === 'compare' ? `, ${compared.length} regions` : ''})\n\n` +
				`load ${msText(total)}: ${msText(inSql)} in ${queries.reduce((n, q) => n + q.calls, 0)} statements (${queries.length} distinct), ` +
				`${msText(total - inSql)} in JavaScript; data ${(json / 1e3).toFixed(0)} KB as JSON\n`
		);
		console.log(
			table(
				['ms', 'calls', 'rows', 'statement'],
				queries
					.slice(0, 12)
					.map((q) => [
						q.ms.toFixed(1),
						q.calls,
						q.rows,
						`\`${q.sql.replace(/\s+/g, ' ').slice(0, 300)}\``
					])
			)
		);
		for (const q of queries.slice(0, 6)) {
			const plan = client.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as {
				id: number;
				parent: number;
				detail: string;
			}[];
			const depth = new Map<number, number>([[0, 0]]);
			const lines = plan.map((p) => {
				const d = (depth.get(p.parent) ?? 0) + 1;
				depth.set(p.id, d);
				return `${'  '.repeat(d)}${p.detail}`;
			});
			console.log(
				`\n${q.ms.toFixed(1)} ms, ${q.calls}×: ${q.sql.replace(/\s+/g, ' ').slice(0, 200)}\n${lines.join('\n')}`
			);
		}
	}
	client.close();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('src/cli/bench-explain.ts'))
	await main();
