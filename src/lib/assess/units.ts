import Big from 'big.js';

/** Chinese magnitude prefixes, longest first. */
const PREFIXES: ReadonlyArray<readonly [string, number]> = [
	['万亿', 12],
	['千万', 7],
	['百万', 6],
	['十万', 5],
	['亿', 8],
	['万', 4],
	['千', 3],
	['百', 2]
];

function split(unit: string): { exp: number; base: string } {
	const u = unit.trim();
	for (const [prefix, exp] of PREFIXES) {
		if (u.startsWith(prefix) && u.length > prefix.length)
			return { exp, base: u.slice(prefix.length) };
	}
	return { exp: 0, base: u };
}

/**
 * The factor that converts an amount in `from` into `to` (万人 → 人: 10000;
 * 万元 → 亿元: 0.0001), or null when the units are not the same base unit.
 * Equal or missing units give 1.
 */
export function unitFactor(from: string | null, to: string | null): Big | null {
	if (from === null || to === null || from.trim() === '' || to.trim() === '') return new Big(1);
	if (from.trim() === to.trim()) return new Big(1);
	const f = split(from);
	const t = split(to);
	if (f.base !== t.base) return null;
	return new Big(`1e${f.exp - t.exp}`); // exactly 10^diff
}
