import { eq } from 'drizzle-orm';
import { scopeKey } from '../../assess/select';
import { extractReport, NotAReportError } from '../../extract';
import type { DbOrTx, Db } from '../db';
import { commitments, outcomes, type Report } from '../db/schema';
import type { ItemDraft, ReviewDraft } from './model';
import { draftOfExtraction } from './review';

/** An item as far as telling it apart goes: its kind, its place in the text, what it measures. */
interface Trace {
	kind: 'target' | 'outcome';
	start: number | null;
	end: number | null;
	key: string;
	figure: string;
}

const keyOf = (r: {
	year: number | string;
	indicator: string;
	metric: string;
	scope: string | null;
}) => [r.year, r.indicator, r.metric, scopeKey(r.scope)].join('|');

function storedTraces(db: DbOrTx, reportId: number): Trace[] {
	const targets = db
		.select()
		.from(commitments)
		.where(eq(commitments.sourceReportId, reportId))
		.all();
	const results = db.select().from(outcomes).where(eq(outcomes.sourceReportId, reportId)).all();
	return [
		...targets.map((c) => ({
			kind: 'target' as const,
			start: c.quoteStart,
			end: c.quoteEnd,
			key: keyOf(c),
			figure: [c.comparator, c.value].join('|')
		})),
		...results.map((o) => ({
			kind: 'outcome' as const,
			start: o.quoteStart,
			end: o.quoteEnd,
			key: keyOf(o),
			figure: [o.value, o.estimated, o.bound ?? ''].join('|')
		}))
	];
}

function traceOf(item: ItemDraft): Trace {
	const v = item.values;
	const figure =
		item.kind === 'target'
			? [v.comparator, v.value === '' ? null : Number(v.value)].join('|')
			: [Number(v.value), v.estimated === 'true', v.bound].join('|');
	return {
		kind: item.kind,
		start: Number(v.start),
		end: Number(v.end),
		key: keyOf({ ...v, scope: v.scope || null }),
		figure
	};
}

/**
 * The items of a reading that the report's stored rows account for. Each stored row accounts
 * for one item: first at the same place with the same key, then at the same place (its key was
 * edited on import), then anywhere with the same key and figure (recorded by hand, unplaced).
 */
export function storedItemIds(db: DbOrTx, reportId: number, items: ItemDraft[]): Set<string> {
	const free = storedTraces(db, reportId);
	const claimed = new Set<string>();
	const samePlace = (a: Trace, b: Trace) => a.start === b.start && a.end === b.end;
	const passes: ((s: Trace, t: Trace) => boolean)[] = [
		(s, t) => samePlace(s, t) && s.key === t.key,
		(s, t) => samePlace(s, t),
		(s, t) => s.key === t.key && s.figure === t.figure
	];
	for (const matches of passes)
		for (const item of items) {
			if (claimed.has(item.id)) continue;
			const trace = traceOf(item);
			const at = free.findIndex((s) => s.kind === trace.kind && matches(s, trace));
			if (at < 0) continue;
			free.splice(at, 1);
			claimed.add(item.id);
		}
	return claimed;
}

/** The extractor's reading of a stored report, less what is stored from it already. */
export function remainingDraft(db: Db, report: Report): ReviewDraft {
	let draft: ReviewDraft;
	try {
		draft = draftOfExtraction(db, report.text, extractReport(report.text));
	} catch (e) {
		// a reading that fails leaves nothing to add, never a broken report page
		if (!(e instanceof NotAReportError))
			console.error('import: extraction of a stored report failed', e);
		draft = draftOfExtraction(db, report.text, {
			region: null,
			parentRegion: null,
			documentType: report.kind,
			reviewYear: report.reviewYear,
			planYear: report.planYear,
			targets: [],
			outcomes: []
		});
	}
	const stored = storedItemIds(db, report.id, draft.items);
	return {
		...draft,
		meta: {
			...draft.meta,
			title: report.title,
			kind: report.kind,
			reviewYear: report.reviewYear === null ? '' : String(report.reviewYear),
			planYear: report.planYear === null ? '' : String(report.planYear),
			date: report.date ?? '',
			sourceUrl: report.sourceUrl ?? ''
		},
		regionCode: report.regionCode,
		items: draft.items.filter((i) => !stored.has(i.id))
	};
}
