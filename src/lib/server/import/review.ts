import { yearInChina } from '../dates';
import { formatTarget } from '../../assess';
import { formatActualFigure } from '../../assess/format';
import { fieldOf, outcomeFieldValues } from './values';
import type { ExtractedOutcome, ExtractedTarget, Extraction } from '../../extract/types';
import { REPORT_KIND_NAMES } from '../../labels';
import type { Db } from '../db';
import { indicatorNames } from '../indicators';
import { checkItem, type ItemContext } from './fields';
import { matchCommitments } from './matches';
import type { ItemDraft, ItemValues, ReviewDraft, ReviewItem, ReviewModel } from './model';
import { matchRegion, regionOptionOf, type RegionOption } from './region-match';

function targetValues(t: ExtractedTarget): ItemValues {
	return {
		indicator: t.indicator,
		name: t.name,
		scope: fieldOf(t.scope),
		metric: t.metric,
		comparator: t.comparator,
		value: fieldOf(t.value),
		stretch: fieldOf(t.stretch),
		unit: fieldOf(t.unit),
		relativeTo: fieldOf(t.relativeTo),
		binding: fieldOf(t.binding),
		headline: String(t.headline),
		year: fieldOf(t.year),
		estimated: 'false',
		bound: '',
		quote: t.quote,
		start: fieldOf(t.span.start),
		end: fieldOf(t.span.end)
	};
}

function outcomeValues(o: ExtractedOutcome): ItemValues {
	return {
		...outcomeFieldValues(o),
		quote: o.quote,
		start: fieldOf(o.span.start),
		end: fieldOf(o.span.end)
	};
}

/** The heading line of the text when it names the document, else one made from the region and year. */
function titleOf(text: string, x: Extraction): string {
	const lines = text
		.slice(0, 2000)
		.split('\n')
		.map((l) => l.trim().replace(/^《(.*)》$/, '$1'));
	const heading = lines.find((l) => l.length >= 6 && l.length <= 120 && /报告|公报|计划/.test(l));
	if (heading) return heading;
	const year = x.planYear ?? x.reviewYear;
	return `${x.region ?? ''}${year ? `${year}年` : ''}${REPORT_KIND_NAMES[x.documentType]}`;
}

/** The first date near the top (2025年1月8日, 2023-06-26), as YYYY-MM-DD. */
function dateOf(text: string): string {
	const m = /((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})/.exec(
		text.slice(0, 800)
	);
	if (!m) return '';
	const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
	return Number.isNaN(Date.parse(iso)) ? '' : iso;
}

/** The review form as the extractor fills it: every item proposed for acceptance. */
export function draftOfExtraction(db: Db, text: string, x: Extraction): ReviewDraft {
	const region = matchRegion(db, x.region, x.parentRegion).region;
	const items: ItemDraft[] = [
		...x.targets.map((t, i) => ({
			id: `t${i}`,
			kind: 'target' as const,
			accept: true,
			values: targetValues(t)
		})),
		...x.outcomes.map((o, i) => ({
			id: `o${i}`,
			kind: 'outcome' as const,
			accept: true,
			values: outcomeValues(o)
		}))
	];
	return {
		text,
		meta: {
			title: titleOf(text, x),
			kind: x.documentType,
			reviewYear: fieldOf(x.reviewYear),
			planYear: fieldOf(x.planYear),
			date: dateOf(text),
			sourceUrl: '',
			regionName: x.region ?? '',
			parentRegion: x.parentRegion ?? ''
		},
		regionCode: region?.code ?? '',
		items,
		questions: x.questions
	};
}

export function itemContext(db: Db, text: string, today = new Date()): ItemContext {
	return {
		indicators: new Set(Object.keys(indicatorNames(db))),
		text,
		thisYear: yearInChina(today)
	};
}

function regionOptions(db: Db, draft: ReviewDraft): RegionOption[] {
	const detected = matchRegion(db, draft.meta.regionName || null, draft.meta.parentRegion || null);
	const chosen = regionOptionOf(db, draft.regionCode.trim());
	const all = [chosen, detected.region, ...detected.candidates].filter(
		(o): o is RegionOption => !!o
	);
	return all.filter((o, i) => all.findIndex((p) => p.code === o.code) === i);
}

/** Adds what the editor needs to decide: region choices, each item's label and its matches. */
export function completeReview(db: Db, draft: ReviewDraft): ReviewModel {
	const ctx = itemContext(db, draft.text);
	const names = indicatorNames(db);
	const labels = new Map<string, string>();
	const proposed = new Map<string, ExtractedOutcome>();
	for (const item of draft.items) {
		const checked = checkItem(item, ctx);
		if (!checked.ok) continue;
		const v = checked.value;
		if ('comparator' in v) {
			labels.set(item.id, `${v.year}年目标：${v.name} ${formatTarget(v, { names })}`);
		} else {
			const figure = v.value === null ? '' : formatActualFigure(v.value, v.bound, v.unit, v.metric);
			labels.set(item.id, `${v.year}年${v.estimated ? '预计' : '实际'}：${v.name} ${figure}`);
			proposed.set(item.id, v);
		}
	}
	const region = regionOptionOf(db, draft.regionCode.trim());
	const matches = region ? matchCommitments(db, region.code, proposed) : new Map();
	const items: ReviewItem[] = draft.items.map((item) => ({
		...item,
		label: labels.get(item.id) ?? (item.values.name || item.values.quote),
		matches: matches.get(item.id) ?? []
	}));
	return {
		text: draft.text,
		meta: draft.meta,
		regionCode: draft.regionCode,
		regionOptions: regionOptions(db, draft),
		items,
		questions: draft.questions ?? []
	};
}

export function reviewOfExtraction(db: Db, text: string, x: Extraction): ReviewModel {
	return completeReview(db, draftOfExtraction(db, text, x));
}
