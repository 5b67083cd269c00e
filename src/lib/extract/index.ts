/**
 * Duixian extractor: the text of a Chinese local government report (计划执行情况及计划草案报告,
 * 政府工作报告, 统计公报) → its region, years, commitments (targets) and results (outcomes),
 * per shared/spec/extraction.md.
 *
 * Pipeline: normalize (simplified characters, half-width figures, repaired lines; an offset
 * map back to the input) → meta (document type, review/plan years, region) → parts (review
 * part, plan part) → headline targets (主要预期目标 passage or a targets table), tasks (other
 * quantified commitments of the plan part) and outcomes (catalogue indicators of the review part).
 *
 * Quotes are slices of the normalised text; `span` gives the same quote's offsets in the
 * original input (UTF-16 code units, end exclusive). Plain TypeScript, no framework imports.
 */
import type { Extraction, ExtractedOutcome, ExtractedTarget, Question } from './types';
import { normalize, type Normalized } from './normalize';
import { detectMeta, findParts, type Meta } from './sections';
import { findRegion, type RegionResult } from './region';
import { findHeadline, findTargetResultLines, findTasks, toTarget, type Located } from './targets';
import { findOutcomes } from './outcomes';
import { findTables } from './table';
import { docOf, pageDateOf } from './doc';

export type * from './types';
export { normalize } from './normalize';
export { INDICATORS } from './indicators';

export class NotAReportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NotAReportError';
	}
}

function empty(): Extraction {
	return {
		region: null,
		parentRegion: null,
		documentType: 'other',
		reviewYear: null,
		planYear: null,
		targets: [],
		outcomes: [],
		questions: []
	};
}

export function extract(text: string): Extraction {
	try {
		const input = typeof text === 'string' ? text : String(text ?? '');
		return run(normalize(input), input);
	} catch {
		return empty();
	}
}

/** Like extract, but refuses a text that is not a government report. */
export function extractReport(text: string): Extraction {
	if (typeof text !== 'string') throw new NotAReportError('input is not text');
	const n = normalize(text);
	const reason = notAReport(n.text, text);
	if (reason) throw new NotAReportError(reason);
	return run(n, text);
}

/** Control characters U+0000–U+0008 and U+000E–U+001F: not in text, but in binary files. */
function hasBinaryControl(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c <= 0x08 || (c >= 0x0e && c <= 0x1f)) return true;
	}
	return false;
}

function notAReport(t: string, input: string): string | null {
	if (t.trim() === '') return 'empty text';
	if (hasBinaryControl(t.slice(0, 4000))) return 'binary content, not a text report';
	let cjk = 0;
	for (let i = 0; i < t.length && cjk < 30; i++) {
		const c = t.charCodeAt(i);
		if (c >= 0x4e00 && c <= 0x9fff) cjk++;
	}
	if (cjk < 30) return 'no Chinese text';
	// (a news report may write its year only in the date of its page)
	if (!/(?:19|20)\d{2}/.test(t) && !pageDateOf(input)) return 'no year in the text';
	if (
		!/政府|国民经济|统计公报|工作报告|经济社会|地区生产总值|生产总值|人民代表大会|发展计划|预期目标|统计局/.test(
			t
		)
	)
		return 'does not look like a government report';
	return null;
}

function run(n: Normalized, input: string): Extraction {
	return read(n, findRegion(n.text), pageDateOf(input));
}

/** What the editor is asked about the report's fields: those the text does not settle. */
function questionsOf(place: RegionResult, meta: Meta): Question[] {
	const out: Question[] = [];
	if (place.region === null)
		out.push({ field: 'region', candidates: [], reason: '正文未写明地区' });
	else if (place.guessed)
		out.push({
			field: 'region',
			candidates: [place.region, ...place.guessed.filter((c) => c !== place.region)],
			reason: `正文未写明地区，按出现最多的地名推定为${place.region}`
		});
	if (meta.documentType === 'other')
		out.push({
			field: 'documentType',
			candidates: ['work_report', 'plan_report', 'statistical_bulletin'],
			reason: '不像政府工作报告、计划执行情况报告或统计公报'
		});
	for (const field of ['reviewYear', 'planYear'] as const) {
		const y = meta[field];
		if (y === null) {
			if (field === 'reviewYear' || meta.documentType !== 'statistical_bulletin')
				out.push({ field, candidates: [], reason: '正文未写明年份' });
		} else if (meta.yearsGuessed) out.push({ field, candidates: [y], reason: meta.yearsGuessed });
	}
	return out;
}

/**
 * Keys made of words and a figure, the figure kept as a number: writing a fraction out in digits
 * for every key cost more than everything else of the key.
 */
class ValueKeys {
	private seen = new Map<string, (number | null)[]>();
	has(words: string, value: number | null): boolean {
		return this.seen.get(words)?.some((v) => sameValue(v, value)) ?? false;
	}
	add(words: string, value: number | null): void {
		const values = this.seen.get(words);
		if (values) values.push(value);
		else this.seen.set(words, [value]);
	}
}

/** The same figure as written out (0 and −0 alike, NaN like NaN). */
const sameValue = (a: number | null, b: number | null) =>
	a === b || (a !== null && b !== null && Number.isNaN(a) && Number.isNaN(b));

function read(
	n: Normalized,
	place: RegionResult,
	pageDate: ReturnType<typeof pageDateOf>
): Extraction {
	const { region, parentRegion } = place;
	const t = n.text;
	// names opened by the region's own name (荔城地区生产总值) are read as the region's indicators
	const doc = docOf(t, region, pageDate);
	const meta = detectMeta(doc);
	// every item's year is one of the report's: an inferred one is said on each
	const yearNote = meta.yearsGuessed ? [meta.yearsGuessed] : [];
	const parts = findParts(doc, meta);
	const span = (s: number, e: number) => ({ start: n.toOriginal(s), end: n.toOriginal(e) });
	const quote = (s: number, e: number) => t.slice(s, e);

	const targets: ExtractedTarget[] = [];
	const outcomes: ExtractedOutcome[] = [];
	const tKeys = new ValueKeys();
	const oKeys = new ValueKeys();
	const addTarget = (it: Located, year: number, headline: boolean) => {
		const key = `${year}|${it.indicator}|${it.indicator === 'other' ? it.name : ''}|${it.metric}|${it.unit}|${it.relativeTo}`;
		const coded = `${year}|${it.indicator}|${it.metric}`;
		const v = it.value;
		if (tKeys.has(key, v) || (it.indicator !== 'other' && tKeys.has(coded, v))) return;
		tKeys.add(key, v);
		if (it.indicator !== 'other') tKeys.add(coded, v);
		const target = toTarget(it, year, headline, quote(it.start, it.end), span(it.start, it.end));
		target.guesses = [...yearNote, ...it.guesses];
		// 增长6%以上（预期性）: the annotation after the target
		const note = /^\s*[（(](预期性|约束性)(?:指标)?[)）]/.exec(t.slice(it.end, it.end + 12));
		if (note) target.binding = note[1] === '约束性' ? 'binding' : 'expected';
		targets.push(target);
	};
	const addOutcome = (it: Located, year: number) => {
		if (it.indicator === 'other' || it.value === null) return;
		const key = `${year}|${it.indicator}|${it.metric}|${it.unit}`;
		if (oKeys.has(key, it.value)) return;
		oKeys.add(key, it.value);
		outcomes.push({
			year,
			indicator: it.indicator,
			name: it.name,
			scope: it.scope,
			metric: it.metric,
			value: it.value,
			unit: it.unit,
			estimated: it.estimated,
			bound: it.bound,
			quote: quote(it.start, it.end),
			span: span(it.start, it.end),
			guesses: [...yearNote, ...it.guesses]
		});
	};

	// review part: prose results, then tables of targets against results
	const tables = findTables(t);
	if (meta.reviewYear !== null && !meta.partYear) {
		for (const it of findOutcomes(doc, parts.reviewStart, parts.reviewEnd, meta.reviewYear))
			addOutcome(it, it.dated ?? meta.reviewYear);
		for (const it of findTargetResultLines(doc, parts.reviewStart, parts.reviewEnd))
			addTarget(it, meta.reviewYear, true);
	}
	for (const tb of tables) {
		const year =
			tb.year ?? (tb.start < (parts.planStart ?? t.length) ? meta.reviewYear : meta.planYear);
		if (year === null) continue;
		for (const r of tb.rows) {
			const base = {
				name: r.name,
				indicator: r.indicator,
				scope: r.scope,
				metric: r.metric,
				unit: r.unit,
				stretch: null,
				estimated: false,
				relativeTo: null,
				qStart: 0,
				qEnd: 0,
				inherited: false,
				multiYear: false,
				sub: false,
				guesses: r.note ? [r.note] : []
			};
			if (r.target) {
				const it: Located = {
					...base,
					value: r.target.value,
					comparator: r.target.comparator,
					bound: null,
					start: r.start,
					end: r.target.end
				};
				addTarget(it, year, true);
				const last = targets[targets.length - 1];
				if (last && last.quote === quote(it.start, it.end)) last.binding = r.binding;
			}
			if (r.growthTarget) {
				const g = r.growthTarget;
				addTarget(
					{
						...base,
						metric: 'growth',
						unit: '%',
						value: g.value,
						comparator: g.comparator,
						bound: null,
						start: r.start,
						end: g.end
					},
					year,
					true
				);
			}
			const resultYear = tb.resultYear ?? year;
			if (r.result && resultYear === meta.reviewYear) {
				const o = {
					...base,
					estimated: tb.estimated,
					value: r.result.value,
					comparator: '=' as const,
					bound: r.result.bound,
					start: r.start,
					end: r.result.end
				};
				addOutcome(o, resultYear);
			}
		}
	}
	// plan part: the targets passage, then the other quantified commitments
	if (meta.planYear !== null && parts.planStart !== null) {
		const head = findHeadline(doc, parts.planStart, parts.planEnd, meta.planYear);
		if (head) for (const it of head.items) addTarget(it, meta.planYear, true);
		for (const it of findTasks(doc, parts, meta.planYear, head))
			addTarget(it, meta.planYear, false);
	}
	return {
		region,
		parentRegion,
		documentType: meta.documentType,
		reviewYear: meta.reviewYear,
		planYear: meta.planYear,
		targets,
		outcomes,
		questions: questionsOf(place, meta)
	};
}

/**
 * The contract's fields in its order (drops span, binding, parentRegion), and after them what an
 * editor needs to check a reading: each item's `guesses` and the report's `questions`.
 */
export function toContractJson(x: Extraction): object {
	return {
		region: x.region,
		documentType: x.documentType,
		reviewYear: x.reviewYear,
		planYear: x.planYear,
		targets: x.targets.map((t) => ({
			year: t.year,
			indicator: t.indicator,
			name: t.name,
			scope: t.scope,
			metric: t.metric,
			comparator: t.metric === 'qualitative' ? null : t.comparator,
			value: t.value,
			stretch: t.stretch,
			unit: t.unit,
			relativeTo: t.relativeTo,
			headline: t.headline,
			quote: t.quote,
			guesses: t.guesses
		})),
		outcomes: x.outcomes.map((o) => ({
			year: o.year,
			indicator: o.indicator,
			name: o.name,
			scope: o.scope,
			metric: o.metric,
			value: o.value,
			unit: o.unit,
			estimated: o.estimated,
			bound: o.bound,
			quote: o.quote,
			guesses: o.guesses
		})),
		questions: x.questions
	};
}
