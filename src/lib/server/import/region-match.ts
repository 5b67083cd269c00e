import { asc, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { regions } from '../db/schema';

/** A division as the editor chooses it: with its path, so two 城关区 can be told apart. */
export interface RegionOption {
	code: string;
	name: string;
	/** 甘肃省 › 兰州市 › 城关区 */
	path: string;
}

export interface RegionMatch {
	/** the division the report is of, when the name (and parent) single one out */
	region: RegionOption | null;
	/** the divisions it might be, when not */
	candidates: RegionOption[];
}

/** A division of the national list (a row of `regions`, or of flattenDivisions). */
export interface Division {
	code: string;
	name: string;
	parentCode: string | null;
}

/** The national division list, looked up by name and code: in the database, or in memory. */
export interface Divisions {
	byName(name: string): Division[];
	byCode(code: string): Division | undefined;
	/** divisions whose name starts with the stem, ends with it, or that the written name ends with
	 * (广元市昭化区), shortest first, at most 30 */
	similar(name: string, stem: string): Division[];
}

/** 兰州市 → 兰州, 酉阳土家族苗族自治县 → 酉阳, 清苑县 → 清苑; a name without a suffix stays as it is. */
function stemOf(name: string): string {
	const stem = name
		.replace(/^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}族)+自治(?:县|旗|州|区)$/, '$1')
		.replace(
			/(?:自治县|自治旗|自治州|自治区|特别行政区|林区|特区|新区|地区|省|市|州|盟|县|区|旗)$/,
			''
		);
	return stem.length >= 2 ? stem : name;
}

function ancestorsOf(d: Divisions, region: Division): Division[] {
	const path: Division[] = [];
	let code = region.parentCode;
	while (code) {
		const parent = d.byCode(code);
		if (!parent) break;
		path.unshift(parent);
		code = parent.parentCode;
	}
	return path;
}

function optionOf(d: Divisions, region: Division): RegionOption & { ancestors: string[] } {
	const ancestors = ancestorsOf(d, region).map((r) => r.name);
	return {
		code: region.code,
		name: region.name,
		path: [...ancestors, region.name].join(' › '),
		ancestors
	};
}

const strip = ({ code, name, path }: RegionOption): RegionOption => ({ code, name, path });

/** Whether the parent named in the text is one of the division's ancestors (兰州 and 兰州市 alike). */
function under(option: { ancestors: string[] }, parent: string | null): boolean {
	if (!parent) return false;
	const stem = stemOf(parent);
	return option.ancestors.some((a) => a === parent || stemOf(a) === stem);
}

/**
 * A county-level name the list no longer has, read as today's division of the same stem: a county
 * that became a district or a city (清苑县 → 清苑区, 满城县 → 满城区), a city that became a district,
 * a county written without its people (酉阳县 → 酉阳土家族苗族自治县). The divisions it may be.
 */
function renamed(d: Divisions, name: string): Division[] {
	if (!/(?:县|市|旗)$/.test(name)) return [];
	const stem = stemOf(name);
	if (stem === name) return [];
	const county = /[县旗]$/.test(name);
	return d
		.similar(name, stem)
		.filter(
			(r) =>
				r.name !== name &&
				stemOf(r.name) === stem &&
				(/区$/.test(r.name) || (county && /(?:市|自治县|自治旗)$/.test(r.name)))
		);
}

/**
 * Resolves the region a report names against the national division list. An exact name is
 * taken when it is unique, or when the parent the text names singles one out (拉萨市城关区,
 * not 兰州市城关区); a county-level name the list no longer has is today's division of the same
 * stem (see renamed) when one is singled out the same way; otherwise the likely divisions are
 * offered, those under the parent first.
 */
export function resolveRegion(
	d: Divisions,
	name: string | null,
	parent: string | null
): RegionMatch {
	const written = name?.trim();
	if (!written) return { region: null, candidates: [] };
	const pick = (found: Division[]): RegionMatch | null => {
		const options = found.map((r) => optionOf(d, r));
		if (options.length === 1) return { region: strip(options[0]!), candidates: [] };
		if (options.length === 0) return null;
		const narrowed = options.filter((o) => under(o, parent));
		if (narrowed.length === 1)
			return {
				region: strip(narrowed[0]!),
				candidates: options.filter((o) => o !== narrowed[0]).map(strip)
			};
		return { region: null, candidates: (narrowed.length ? narrowed : options).map(strip) };
	};
	const exact = pick(d.byName(written));
	if (exact) return exact;
	const today = pick(renamed(d, written));
	if (today?.region) return today;
	const likely = d.similar(written, stemOf(written)).map((r) => optionOf(d, r));
	const ranked = [
		...likely.filter((o) => under(o, parent)),
		...likely.filter((o) => !under(o, parent))
	];
	return { region: null, candidates: ranked.slice(0, 10).map(strip) };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The division list of the database. */
export function divisionsOf(db: DbOrTx): Divisions {
	return {
		byName: (name) =>
			db.select().from(regions).where(eq(regions.name, name)).orderBy(asc(regions.code)).all(),
		byCode: (code) => db.select().from(regions).where(eq(regions.code, code)).get(),
		similar: (name, stem) => {
			const s = escapeLike(stem);
			return db
				.select()
				.from(regions)
				.where(
					or(
						sql`${regions.name} LIKE ${`${s}%`} ESCAPE '\\'`,
						sql`${regions.name} LIKE ${`%${s}`} ESCAPE '\\'`,
						sql`length(${regions.name}) >= 2 AND ${name} LIKE '%' || ${regions.name}`
					)
				)
				.orderBy(sql`length(${regions.name})`, asc(regions.code))
				.limit(30)
				.all();
		}
	};
}

/** A division list in memory (flattenDivisions of the national list), for resolving without a database. */
export function divisionsIn(
	rows: { code: string; name: string; parentCode?: string | null }[]
): Divisions {
	const all: Division[] = rows.map((r) => ({
		code: r.code,
		name: r.name,
		parentCode: r.parentCode ?? null
	}));
	const byCode = new Map(all.map((r) => [r.code, r]));
	const byName = new Map<string, Division[]>();
	for (const r of all) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
	const order = (a: Division, b: Division) =>
		a.name.length - b.name.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
	return {
		byName: (name) => [...(byName.get(name) ?? [])].sort(order),
		byCode: (code) => byCode.get(code),
		similar: (name, stem) =>
			all
				.filter(
					(r) =>
						r.name.startsWith(stem) ||
						r.name.endsWith(stem) ||
						(r.name.length >= 2 && name.endsWith(r.name))
				)
				.sort(order)
				.slice(0, 30)
	};
}

/** The division with this 6-digit code, or undefined. */
export function regionOptionOf(db: DbOrTx, code: string): RegionOption | undefined {
	if (!/^\d{6}$/.test(code)) return undefined;
	const d = divisionsOf(db);
	const region = d.byCode(code);
	return region && strip(optionOf(d, region));
}

/** resolveRegion against the database's division list. */
export function matchRegion(db: DbOrTx, name: string | null, parent: string | null): RegionMatch {
	return resolveRegion(divisionsOf(db), name, parent);
}
