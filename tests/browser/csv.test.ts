/**
 * Every CSV link a reader finds on the public pages parses back into whole records: the
 * pages are crawled from the home page, each CSV is read with csv-parse, strictly.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { url } from './browser';

const HREF = /href="([^"#]+)"/g;
const PRIVATE = /^\/(?:login|logout|admin|import|outcomes)/;

/**
 * The site's own pages reachable from the given ones, with every link each holds. The home
 * page links to every province: 酉阳县 (reached from it through 重庆市) is named as a start so
 * that its table quotes are in the first pages crawled.
 */
async function crawl(limit: number, starts: string[]): Promise<Map<string, string[]>> {
	const pages = new Map<string, string[]>();
	const queue = starts.map((path) => url(path));
	while (queue.length && pages.size < limit) {
		const next = queue.shift()!;
		if (pages.has(next)) continue;
		const response = await fetch(next);
		if (!response.headers.get('content-type')?.includes('text/html')) continue;
		const html = await response.text();
		const links = [...html.matchAll(HREF)]
			.map((m) => new URL(m[1]!.replace(/&amp;/g, '&'), next))
			.filter((u) => u.origin === new URL(next).origin && !PRIVATE.test(u.pathname));
		pages.set(next, [...new Set(links.map((u) => u.href))]);
		for (const link of links) if (!link.search.includes('format=')) queue.push(link.href);
	}
	return pages;
}

describe('CSV downloads', () => {
	it('every CSV linked from the public pages parses into records of the header’s width', async () => {
		const pages = await crawl(40, ['/', '/regions/500242']);
		const csvLinks = new Set([...pages.values()].flat().filter((l) => l.includes('format=csv')));
		expect(csvLinks.size).toBeGreaterThan(5);
		let multiline = 0;
		for (const link of csvLinks) {
			const response = await fetch(link);
			expect(response.status, link).toBe(200);
			const text = (await response.text()).replace(/^\uFEFF/, '');
			const records = parse(text, {
				relax_column_count: false,
				record_delimiter: ['\r\n', '\n', '\r']
			}) as string[][];
			const width = records[0]!.length;
			expect(
				records.every((r) => r.length === width),
				link
			).toBe(true);
			multiline += records.flat().filter((field) => /[\n\t]/.test(field)).length;
		}
		// the seed 酉阳县 2022 quotes rows of a table, line breaks and tabs included
		expect(multiline).toBeGreaterThan(0);
	});
});
