/** A stored report's items read by the extractor, as the review page shows them. */
import { and, asc, eq } from 'drizzle-orm';
import { formatTarget } from '../../assess';
import { formatActualFigure } from '../../assess/format';
import { editValuesOf } from '../commitment-edit';
import type { DbOrTx } from '../db';
import { commitments, outcomes, type Commitment, type Outcome } from '../db/schema';
import { indicatorNames } from '../indicators';
import type { ItemValues, ReviewItem } from '../import/model';
import { outcomeFieldValues } from '../import/values';

/** Which stored row an item of the page is: `c12` a commitment, `o7` an outcome. */
export type ItemRef = { table: 'commitments' | 'outcomes'; id: number };

export function refOf(key: string): ItemRef | null {
	const m = /^([co])([1-9]\d{0,14})$/.exec(key.trim());
	if (!m) return null;
	return { table: m[1] === 'c' ? 'commitments' : 'outcomes', id: Number(m[2]) };
}

export const keyOf = (ref: ItemRef) => `${ref.table === 'commitments' ? 'c' : 'o'}${ref.id}`;

/** A stored item still as the extractor read it, in the import review's shape. */
export interface MachineItem extends ReviewItem {
	ref: ItemRef;
	/** what the extractor guessed in reading it */
	guesses: string[];
}

const str = (v: string | number | null) => (v === null ? '' : String(v));

const placeOf = (row: Commitment | Outcome) => ({
	quote: row.sourceQuote,
	start: str(row.quoteStart),
	end: str(row.quoteEnd)
});

export function commitmentValues(c: Commitment): ItemValues {
	return { ...editValuesOf(c), estimated: 'false', bound: '', ...placeOf(c) };
}

export function outcomeValues(o: Outcome): ItemValues {
	return { ...outcomeFieldValues(o), ...placeOf(o) };
}

const base = { accept: true, matches: [] };

/** The report's commitments and outcomes nobody has checked yet, in the order of the text. */
export function machineItemsOf(db: DbOrTx, reportId: number): MachineItem[] {
	const names = indicatorNames(db);
	const targets = db
		.select()
		.from(commitments)
		.where(and(eq(commitments.sourceReportId, reportId), eq(commitments.reviewState, 'machine')))
		.orderBy(asc(commitments.quoteStart), asc(commitments.id))
		.all()
		.map((c): MachineItem => {
			const ref = { table: 'commitments' as const, id: c.id };
			return {
				...base,
				id: keyOf(ref),
				ref,
				kind: 'target',
				values: commitmentValues(c),
				label: `${c.year}年目标：${c.name} ${formatTarget(c, { names })}`,
				guesses: c.guesses ?? []
			};
		});
	const results = db
		.select()
		.from(outcomes)
		.where(and(eq(outcomes.sourceReportId, reportId), eq(outcomes.reviewState, 'machine')))
		.orderBy(asc(outcomes.quoteStart), asc(outcomes.id))
		.all()
		.map((o): MachineItem => {
			const ref = { table: 'outcomes' as const, id: o.id };
			const figure = o.value === null ? '' : formatActualFigure(o.value, o.bound, o.unit, o.metric);
			return {
				...base,
				id: keyOf(ref),
				ref,
				kind: 'outcome',
				values: outcomeValues(o),
				label: `${o.year}年${o.estimated ? '预计' : '实际'}：${o.name} ${figure}`,
				guesses: o.guesses ?? []
			};
		});
	return [...targets, ...results].sort(
		(a, b) => Number(a.values.start || Infinity) - Number(b.values.start || Infinity)
	);
}
