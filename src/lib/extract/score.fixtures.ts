/**
 * The matching rules of ../shared/tools/score_extraction.py, for tests that score the extractor
 * against reviewed readings: an item matches on year + indicator + metric + value/unit (+ relativeTo),
 * units compared at their magnitude (万元 = 10⁴ 元), names compared only for `other`.
 */
import { readFileSync } from 'node:fs';
import { normalize } from './normalize';
import type { Extraction } from './types';

/** An item of a reading: the fields the matching reads. */
export interface Item {
	year: number;
	indicator: string;
	name?: string | null;
	metric: string;
	value: number | null;
	unit: string | null;
	relativeTo?: string | null;
	headline?: boolean;
	comparator?: string | null;
	stretch?: number | null;
	estimated?: boolean;
	bound?: string | null;
	quote?: string;
}

/** A reading in the gold format: headline targets, tasks and outcomes apart. */
export interface Gold {
	region: string | null;
	reviewYear: number | null;
	planYear: number | null;
	targets: Item[];
	tasks?: Item[];
	outcomes: Item[];
}

const MAG: [string, number][] = [
	['万亿', 1e12],
	['千万', 1e7],
	['百万', 1e6],
	['十万', 1e5],
	['亿', 1e8],
	['万', 1e4],
	['千', 1e3]
];

function normUnit(value: number | null, unit: string | null): [number | null, string] {
	const u = (unit ?? '').replace(/[（(][^)）]*[)）]/g, '').trim();
	if (value === null) return [null, u];
	if (['%', 'pp', '个百分点', '百分点'].includes(u)) return [value, u === '%' ? '%' : 'pp'];
	for (const [prefix, m] of MAG)
		if (u.startsWith(prefix) && u.length > prefix.length)
			return [value * m, u.slice(prefix.length)];
	return [value, u];
}

function sameValue(a: [number | null, string], b: [number | null, string]): boolean {
	const [va, ua] = a;
	const [vb, ub] = b;
	if (va === null || vb === null) return va === null && vb === null;
	const both = (x: string, y: string) => [ua, ub].every((u) => u === x || u === y);
	if (ua !== ub && !both('%', '') && !both('pp', '%')) return false;
	return Math.abs(va - vb) <= 1e-6 * Math.max(1, Math.abs(va), Math.abs(vb));
}

export function keyOk(g: Item, p: Item): boolean {
	if (g.year !== p.year || g.metric !== p.metric || g.indicator !== p.indicator) return false;
	if (g.indicator === 'other') {
		const gn = g.name ?? '';
		const pn = p.name ?? '';
		const set = new Set(pn);
		const common = new Set([...gn].filter((c) => set.has(c))).size;
		if (common < Math.max(2, Math.floor(Math.min(gn.length, pn.length) / 2))) return false;
	}
	if (g.metric === 'relative') return g.relativeTo === p.relativeTo;
	return sameValue(normUnit(g.value, g.unit), normUnit(p.value, p.unit));
}

/** Greedy pairs in gold order, as the scorer does: each gold item takes the first free prediction. */
export function match<G extends Item, P extends Item>(gold: G[], pred: P[]): [G, P][] {
	const used = new Set<number>();
	const pairs: [G, P][] = [];
	for (const g of gold) {
		const i = pred.findIndex((p, k) => !used.has(k) && keyOk(g, p));
		if (i >= 0) {
			used.add(i);
			pairs.push([g, pred[i]!]);
		}
	}
	return pairs;
}

export interface Tally {
	docs: number;
	targetsGold: number;
	targetsFound: number;
	headlinePredicted: number;
	headlineRight: number;
	outcomesGold: number;
	outcomesFound: number;
	outcomesPredicted: number;
	outcomesRight: number;
	metaRight: number;
	metaTotal: number;
}

export const emptyTally = (): Tally => ({
	docs: 0,
	targetsGold: 0,
	targetsFound: 0,
	headlinePredicted: 0,
	headlineRight: 0,
	outcomesGold: 0,
	outcomesFound: 0,
	outcomesPredicted: 0,
	outcomesRight: 0,
	metaRight: 0,
	metaTotal: 0
});

/** Adds one document's counts to `t`, as the scorer counts them. */
export function tally(t: Tally, gold: Gold, x: Extraction): Tally {
	const tasks = gold.tasks ?? [];
	const head = x.targets.filter((p) => p.headline);
	const coded = x.outcomes.filter((p) => p.indicator !== 'other');
	t.docs++;
	t.targetsGold += gold.targets.length;
	t.targetsFound += match(gold.targets, x.targets).length;
	t.headlinePredicted += head.length;
	t.headlineRight += head.filter((p) =>
		[...gold.targets, ...tasks].some((g) => keyOk(g, p))
	).length;
	t.outcomesGold += gold.outcomes.length;
	t.outcomesFound += match(gold.outcomes, x.outcomes).length;
	t.outcomesPredicted += coded.length;
	t.outcomesRight += coded.filter((p) => gold.outcomes.some((g) => keyOk(g, p))).length;
	for (const k of ['region', 'reviewYear', 'planYear'] as const) {
		t.metaTotal++;
		if (gold[k] === x[k]) t.metaRight++;
	}
	return t;
}

export interface Scores {
	targets: { p: number; r: number; f1: number };
	outcomes: { p: number; r: number; f1: number };
	meta: number;
}

function prf(found: number, gold: number, right: number, predicted: number) {
	const r = gold ? found / gold : 1;
	const p = predicted ? right / predicted : gold ? 0 : 1;
	return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scores(t: Tally): Scores {
	return {
		targets: prf(t.targetsFound, t.targetsGold, t.headlineRight, t.headlinePredicted),
		outcomes: prf(t.outcomesFound, t.outcomesGold, t.outcomesRight, t.outcomesPredicted),
		meta: t.metaTotal ? t.metaRight / t.metaTotal : 0
	};
}

/** A reading in the extractor's format (a seed's reviewed JSON) as gold: headline targets and tasks apart. */
export function asGold(x: Extraction): Gold {
	return {
		region: x.region,
		reviewYear: x.reviewYear,
		planYear: x.planYear,
		targets: x.targets.filter((t) => t.headline),
		tasks: x.targets.filter((t) => !t.headline),
		outcomes: x.outcomes
	};
}

const show = (it: Item) =>
	`${it.year} ${it.indicator}${it.indicator === 'other' ? ` ${it.name}` : ''} ${it.metric} ${
		it.metric === 'relative' ? `${it.relativeTo}` : `${it.value ?? '—'}${it.unit ?? ''}`
	}`;

/**
 * Every way a reading differs from the reviewed one: a field of the report, an item missed or
 * read in addition, a target read with another headline flag, comparator or stretch, an outcome
 * with another estimate flag or bound. One line each, stable from run to run.
 */
export function differences(truth: Extraction, x: Extraction): string[] {
	const out: string[] = [];
	for (const k of ['region', 'documentType', 'reviewYear', 'planYear'] as const)
		if (truth[k] !== x[k]) out.push(`${k}: ${truth[k]} read as ${x[k]}`);
	const pairs = match(truth.targets, x.targets);
	for (const t of truth.targets)
		if (!pairs.some(([g]) => g === t))
			out.push(`missed ${t.headline ? 'target' : 'task'} ${show(t)}`);
	for (const p of x.targets)
		if (!pairs.some(([, q]) => q === p))
			out.push(`extra ${p.headline ? 'target' : 'task'} ${show(p)}`);
	for (const [g, p] of pairs) {
		if (g.headline !== p.headline)
			out.push(`${g.headline ? 'target read as a task' : 'task read as a target'} ${show(g)}`);
		const cmp = (c: string) => (g.metric === 'qualitative' ? null : c);
		if (cmp(g.comparator) !== cmp(p.comparator) || g.stretch !== p.stretch)
			out.push(
				`comparator of ${show(g)}: ${g.comparator} ${g.stretch ?? ''} read as ${p.comparator} ${p.stretch ?? ''}`.trim()
			);
	}
	const opairs = match(truth.outcomes, x.outcomes);
	for (const o of truth.outcomes)
		if (!opairs.some(([g]) => g === o)) out.push(`missed outcome ${show(o)}`);
	for (const p of x.outcomes)
		if (!opairs.some(([, q]) => q === p)) out.push(`extra outcome ${show(p)}`);
	for (const [g, p] of opairs) {
		if (g.estimated !== p.estimated)
			out.push(`estimated of ${show(g)}: ${g.estimated} read as ${p.estimated}`);
		if (g.bound !== p.bound) out.push(`bound of ${show(g)}: ${g.bound} read as ${p.bound}`);
	}
	return out;
}

/** Quotes whose span does not point at them: each quote must be the normalised text of its span. */
export function misplacedQuotes(text: string, x: Extraction): string[] {
	const n = normalize(text);
	const bad: string[] = [];
	for (const it of [...x.targets, ...x.outcomes]) {
		let ok = false;
		for (let at = n.text.indexOf(it.quote); at >= 0 && !ok; at = n.text.indexOf(it.quote, at + 1))
			ok = n.toOriginal(at) === it.span.start && n.toOriginal(at + it.quote.length) === it.span.end;
		if (!ok) bad.push(`${it.quote} @ ${it.span.start}–${it.span.end}`);
	}
	return bad;
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
