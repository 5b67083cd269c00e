import { asc, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { regions, type Region } from '../db/schema';

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

const SUFFIX =
	/(?:土家族苗族自治县|自治县|自治旗|自治州|自治区|特别行政区|林区|特区|新区|地区|省|市|州|盟|县|区|旗)$/;

/** 兰州市 → 兰州, 酉阳县 → 酉阳; a name without a suffix stays as it is. */
function stemOf(name: string): string {
	const stem = name.replace(SUFFIX, '');
	return stem.length >= 2 ? stem : name;
}

function ancestorsOf(db: DbOrTx, region: Region): Region[] {
	const path: Region[] = [];
	let code = region.parentCode;
	while (code) {
		const parent = db.select().from(regions).where(eq(regions.code, code)).get();
		if (!parent) break;
		path.unshift(parent);
		code = parent.parentCode;
	}
	return path;
}

function optionOf(db: DbOrTx, region: Region): RegionOption & { ancestors: string[] } {
	const ancestors = ancestorsOf(db, region).map((r) => r.name);
	return {
		code: region.code,
		name: region.name,
		path: [...ancestors, region.name].join(' › '),
		ancestors
	};
}

const strip = ({ code, name, path }: RegionOption): RegionOption => ({ code, name, path });

/** The division with this 6-digit code, or undefined. */
export function regionOptionOf(db: DbOrTx, code: string): RegionOption | undefined {
	if (!/^\d{6}$/.test(code)) return undefined;
	const region = db.select().from(regions).where(eq(regions.code, code)).get();
	return region && strip(optionOf(db, region));
}

/** Whether the parent named in the text is one of the division's ancestors (兰州 and 兰州市 alike). */
function under(option: { ancestors: string[] }, parent: string | null): boolean {
	if (!parent) return false;
	const stem = stemOf(parent);
	return option.ancestors.some((a) => a === parent || stemOf(a) === stem);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Divisions whose name starts with the stem, or that the written name ends with (广元市昭化区). */
function similar(db: DbOrTx, name: string): Region[] {
	const stem = escapeLike(stemOf(name));
	return db
		.select()
		.from(regions)
		.where(
			or(
				sql`${regions.name} LIKE ${`${stem}%`} ESCAPE '\\'`,
				sql`${regions.name} LIKE ${`%${stem}`} ESCAPE '\\'`,
				sql`length(${regions.name}) >= 2 AND ${name} LIKE '%' || ${regions.name}`
			)
		)
		.orderBy(sql`length(${regions.name})`, asc(regions.code))
		.limit(30)
		.all();
}

/**
 * Resolves the region a report names against the national division list. An exact name is
 * taken when it is unique, or when the parent the text names singles one out (拉萨市城关区,
 * not 兰州市城关区); otherwise the likely divisions are offered, those under the parent first.
 */
export function matchRegion(db: DbOrTx, name: string | null, parent: string | null): RegionMatch {
	const written = name?.trim();
	if (!written) return { region: null, candidates: [] };
	const exact = db
		.select()
		.from(regions)
		.where(eq(regions.name, written))
		.orderBy(asc(regions.code))
		.all();
	const options = exact.map((r) => optionOf(db, r));
	if (options.length === 1) return { region: strip(options[0]!), candidates: [] };
	if (options.length > 1) {
		const narrowed = options.filter((o) => under(o, parent));
		if (narrowed.length === 1)
			return {
				region: strip(narrowed[0]!),
				candidates: options.filter((o) => o !== narrowed[0]).map(strip)
			};
		return { region: null, candidates: (narrowed.length ? narrowed : options).map(strip) };
	}
	const likely = similar(db, written).map((r) => optionOf(db, r));
	const ranked = [
		...likely.filter((o) => under(o, parent)),
		...likely.filter((o) => !under(o, parent))
	];
	return { region: null, candidates: ranked.slice(0, 10).map(strip) };
}
