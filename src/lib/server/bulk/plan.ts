import { and, isNull } from 'drizzle-orm';
import { formatTarget, selectOutcome, type OutcomeInput } from '../../assess';
import { formatActualFigure } from '../../assess/format';
import { scopeKey } from '../../assess/select';
import type { DbOrTx } from '../db';
import { indicators, outcomes, type Outcome } from '../db/schema';
import type { OutcomeDraft } from '../outcome-input';
import { isSameFigure, type OutcomeKey } from '../record';
import { readByKeys } from './keys';
import type { ValidRow } from './validate';

/** A figure already stored (id) or one from an earlier line of the same file. */
export interface FigureRef {
	outcomeId: number | null;
	line: number | null;
	figure: string;
}

/** What writing the row will do to the figure in force for its key. */
export type Effect =
	| { kind: 'new' }
	| { kind: 'replaces'; of: FigureRef }
	| { kind: 'aside'; inForce: FigureRef }
	| { kind: 'unchanged'; outcomeId: number };

export interface PlannedRow extends Omit<ValidRow, 'matches'> {
	matches: { id: number; name: string; target: string; headline: boolean }[];
	effect: Effect;
}

interface Sim extends OutcomeInput {
	ref: FigureRef;
	row: Outcome | null;
}

const keyString = (k: Pick<OutcomeKey, 'regionCode' | 'year' | 'indicator' | 'metric' | 'scope'>) =>
	[k.regionCode, k.year, k.indicator, k.metric, scopeKey(k.scope)].join('|');

const figureOf = (o: {
	value: number | null;
	bound: OutcomeDraft['bound'];
	unit: string | null;
	estimated: boolean;
}) => formatActualFigure(o.value ?? 0, o.bound, o.unit) + (o.estimated ? '（预计）' : '');

/** The figures in force for the rows' region, year and indicator. */
function storedFigures(db: DbOrTx, rows: ValidRow[]): Map<string, Sim[]> {
	const stored = readByKeys(
		outcomes,
		rows.map((r) => r.key),
		(about) =>
			db
				.select()
				.from(outcomes)
				.where(and(about, isNull(outcomes.supersededBy)))
				.all()
	);
	const byKey = new Map<string, Sim[]>();
	for (const o of stored) {
		const sim: Sim = { ...o, ref: { outcomeId: o.id, line: null, figure: figureOf(o) }, row: o };
		byKey.set(keyString(o), [...(byKey.get(keyString(o)) ?? []), sim]);
	}
	return byKey;
}

/**
 * Replays the rows in file order over the figures stored now, with the assessment's own rule
 * of which figure counts, to say for each row what writing it will do.
 */
export function planRows(db: DbOrTx, rows: ValidRow[]): PlannedRow[] {
	const names = Object.fromEntries(
		db
			.select()
			.from(indicators)
			.all()
			.map((i) => [i.code, i.nameZh])
	);
	const figures = storedFigures(db, rows);
	const later = Date.now() + 365 * 86_400_000;
	return rows.map((r, i): PlannedRow => {
		const matches = r.matches.map((c) => ({
			id: c.id,
			name: c.name,
			target: formatTarget(c, { names }),
			headline: c.headline
		}));
		const list = figures.get(keyString(r.key)) ?? [];
		figures.set(keyString(r.key), list);
		const same = list.find((s) => s.row && s.supersededBy === null && isSameFigure(s.row, r.draft));
		if (same?.row) return { ...r, matches, effect: { kind: 'unchanged', outcomeId: same.row.id } };
		const before = selectOutcome(r.key, list);
		const sim: Sim = {
			...r.key,
			...r.draft,
			id: -(i + 1),
			recordedAt: new Date(later + i),
			supersededBy: null,
			ref: { outcomeId: null, line: r.line, figure: figureOf(r.draft) },
			row: null
		};
		list.push(sim);
		const after = selectOutcome(r.key, list);
		if (after !== sim) return { ...r, matches, effect: { kind: 'aside', inForce: after!.ref } };
		if (!before) return { ...r, matches, effect: { kind: 'new' } };
		before.supersededBy = sim.id;
		return { ...r, matches, effect: { kind: 'replaces', of: before.ref } };
	});
}
