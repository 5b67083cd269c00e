import { and, eq, or, type SQL } from 'drizzle-orm';
import { commitments, outcomes } from '../db/schema';

/** What a file's rows are about, as far as reading the stored figures and targets goes. */
export interface RegionYearIndicator {
	regionCode: string;
	year: number;
	indicator: string;
}

/** Keys asked for in one query: three parameters each, far below SQLite's limit. */
const KEYS_PER_QUERY = 300;

/**
 * The rows of `table` about the keys, through its (region, year, indicator) index — not every
 * row of their regions, thousands each at national scale. `read` runs once per batch of keys.
 */
export function readByKeys<T>(
	table: typeof commitments | typeof outcomes,
	keys: RegionYearIndicator[],
	read: (about: SQL) => T[]
): T[] {
	const unique = [
		...new Map(keys.map((k) => [`${k.regionCode}|${k.year}|${k.indicator}`, k])).values()
	];
	const found: T[] = [];
	for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
		const about = or(
			...unique
				.slice(i, i + KEYS_PER_QUERY)
				.map((k) =>
					and(
						eq(table.regionCode, k.regionCode),
						eq(table.year, k.year),
						eq(table.indicator, k.indicator)
					)
				)
		);
		if (about) found.push(...read(about));
	}
	return found;
}
