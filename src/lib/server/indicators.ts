import { asc } from 'drizzle-orm';
import { INDICATORS } from '../extract/indicators';
import type { Db, DbOrTx } from './db';
import { indicators, type Indicator } from './db/schema';

/** Upserts the catalogue of the extraction contract. */
export function loadIndicators(db: Db): void {
	db.transaction((tx) => {
		for (const item of INDICATORS) {
			const { code, nameZh, nameEn, defaultUnit, higherIsBetter } = item;
			tx.insert(indicators)
				.values({ code, nameZh, nameEn, defaultUnit, higherIsBetter })
				.onConflictDoUpdate({
					target: indicators.code,
					set: { nameZh, nameEn, defaultUnit, higherIsBetter }
				})
				.run();
		}
	});
}

export function listIndicators(db: DbOrTx): Indicator[] {
	return db.select().from(indicators).orderBy(asc(indicators.code)).all();
}

/** Indicator code → Chinese name, for reasons and labels. */
export function indicatorNames(db: DbOrTx): Record<string, string> {
	return Object.fromEntries(listIndicators(db).map((i) => [i.code, i.nameZh]));
}
