/** Commitments of the plan year: the main targets passage (headline) and quantified tasks elsewhere. */
import { charTable } from './chars';
import type { ExtractedTarget } from './types';
import { parseClauseNoFigure, parseSentence, type Measure } from './measures';
import { scanFigures } from './numbers';
import { nextTrigger, type Parts } from './sections';
import type { Doc } from './doc';
import { matchesOf } from './matches';

/** An item with its quote's offsets in the normalised text set. */
export type Located = Measure;

export interface Sentence {
	start: number;
	text: string;
}

const SENTENCE_END = charTable('。；;！？\n');
const CLAUSE_START = charTable('，,；;。：:\n');
const CLAUSE_END = charTable('，,；;。\n');

/**
 * The sentences of [from, to): the text between 。；;！？ and line breaks. (The end of the range
 * ends the last one in the loop: a second place that adds a sentence, reached once a call, threw
 * the optimised loop back to the interpreter on almost every call.)
 */
export function sentences(t: string, from: number, to: number): Sentence[] {
	const out: Sentence[] = [];
	let s = from;
	for (let i = from; i <= to; i++) {
		if (i < to && !SENTENCE_END[t.charCodeAt(i)]) continue;
		if (i > s) out.push({ start: s, text: t.slice(s, i) });
		s = i + 1;
	}
	return out;
}

const SEMICOLONS = charTable('；;');
/** The sentence goes on from the one before it, after its ；. */
export function afterSemicolon(t: string, s: Sentence): boolean {
	return SEMICOLONS[t.charCodeAt(s.start - 1)] === 1;
}

function locate(items: Measure[], sentenceStart: number): Located[] {
	for (const m of items) {
		m.start = sentenceStart + m.qStart;
		m.end = sentenceStart + m.qEnd;
	}
	return items;
}

const CLAUSE = /[^，,；;]+/g;

/** Items of one sentence of a targets passage: figures, plus clauses such as 与经济增长同步. */
function passageItems(sent: Sentence, d: Doc): Located[] {
	const place = d.place;
	const out = locate(
		parseSentence(sent.text, { keepOther: true, place, names: d.names }).filter(
			(m) => !m.multiYear && !/(?:19|20)\d{2}年/.test(sent.text.slice(m.qStart, m.qEnd))
		),
		sent.start
	);
	// (a clause that only names indicators lends its names to a bare 确保完成市定任务 after it)
	let names: string | null = null;
	for (const m of matchesOf(CLAUSE, sent.text)) {
		if (scanFigures(m[0]).some((f) => !f.descriptor)) {
			names = null;
			continue;
		}
		const found = parseClauseNoFigure(m[0], place, names);
		out.push(...locate(found, sent.start + m.index));
		names = found.length === 0 ? m[0] : null;
	}
	return out.sort((a, b) => a.start - b.start);
}

const LIST_MARK =
	/^\s*(?:——|—|-|－|•|·|●|○|\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]+[)）]|[①-⑳]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、)/;

const DASH_MARK = /^\s*(?:——|—|-|－|•|·|●|○)/;

export interface Passage {
	start: number;
	end: number;
	items: Located[];
}

/** The main targets passage: after 主要预期目标是：, on the same line or as a list below it. */
export function findHeadline(
	d: Doc,
	from: number,
	to: number,
	year: number | null = null
): Passage | null {
	const t = d.text;
	const items0 = (s: Sentence) => passageItems(s, d);
	let m: { index: number; end: number } | null;
	let at = from;
	while ((m = nextTrigger(d, at)) && m.index < to) {
		at = m.end;
		const pos = m.end;
		// 今后五年的主要目标是：… sets targets for the coming years, not the plan year
		if (longTerm(t, m.index, pos, year)) continue;
		let lineEnd = t.indexOf('\n', pos);
		if (lineEnd < 0) lineEnd = t.length;
		const items: Located[] = [];
		let end = pos;
		// the passage on the trigger's line, or a paragraph of its own below it
		let para = pos;
		let paraEnd = lineEnd;
		if (t.slice(pos, lineEnd).trim().length === 0) {
			para = lineEnd + 1;
			while (para < to && t.charCodeAt(para) === 10) para++;
			paraEnd = t.indexOf('\n', para);
			if (paraEnd < 0) paraEnd = t.length;
			if (LIST_MARK.test(t.slice(para, paraEnd)) || t.slice(para, paraEnd).trim().length <= 50)
				paraEnd = para;
		}
		if (paraEnd > para) {
			let empty = 0;
			for (const s of sentences(t, para, paraEnd)) {
				const found = items0(s);
				if (found.length === 0) {
					// a part without a figure (进出口促稳提质；) inside the passage, or its end
					const semi = /[；;]/.test(t.charAt(s.start + s.text.length));
					if (items.length > 0 && (!semi || ++empty > 2)) break;
					continue;
				}
				empty = 0;
				items.push(...found);
				end = s.start + s.text.length;
			}
		} else {
			let p = lineEnd + 1;
			let semi = false;
			while (p < to) {
				let e = t.indexOf('\n', p);
				if (e < 0) e = t.length;
				const line = t.slice(p, e);
				if (line.trim() === '') {
					p = e + 1;
					continue;
				}
				// items one per line, marked (1. / —— / ①) or, when short, not
				// (an unmarked item ends with ；, or with 。 after items that did)
				const tl = line.trim();
				const unmarked =
					tl.length <= 50 && !/[:：]/.test(tl) && (/[；;]$/.test(tl) || (semi && /。?$/.test(tl)));
				if (!LIST_MARK.test(line) && !unmarked) break;
				semi = /[；;]$/.test(tl);
				// a list item opens with its target; a heading such as （一）推动工业提质增效 ends the list
				const ss = sentences(t, p, e);
				let first = ss[0] ? items0(ss[0]) : [];
				// ——经济增长。地区生产总值增长6%左右: a dash item may open with a short label
				if (
					first.length === 0 &&
					ss.length > 1 &&
					DASH_MARK.test(line) &&
					ss[0]!.text.replace(LIST_MARK, '').trim().length <= 10
				)
					first = items0(ss[1]!);
				if (first.length === 0) break;
				for (const s of ss) items.push(...items0(s));
				end = e;
				p = e + 1;
			}
		}
		if (items.length >= 2) return { start: m.index, end, items };
	}
	return null;
}

/**
 * A review that sets each target of the year against its result, one per dash line:
 * ——地区生产总值预期目标增长6.5%：预计全年实现增长6.5%左右. The part before the colon states the
 * year's target (read as a headline target of the review year, as a table of targets and results).
 */
export function findTargetResultLines(d: Doc, from: number, to: number): Located[] {
	const out: Located[] = [];
	for (const s of targetParts(d, from, to))
		out.push(...passageItems(s, d).filter((it) => !it.multiYear));
	return out;
}

/** The target parts (before the colon) of the target : result lines of [from, to). */
export function targetParts(d: Doc, from: number, to: number): Sentence[] {
	const t = d.text;
	if (!d.targetParts) {
		d.targetParts = [];
		// lines opened by a dash whose colon is followed by 预计/预估/实际
		for (let i = t.indexOf('—'); i >= 0; i = t.indexOf('—', i + 1)) {
			const ls = t.lastIndexOf('\n', i) + 1;
			if (t.slice(ls, i).trim() !== '') continue;
			let le = t.indexOf('\n', i);
			if (le < 0) le = t.length;
			const m = TARGET_LINE.exec(t.slice(ls, le));
			if (m) d.targetParts.push({ start: ls + m[0].indexOf(m[1]!), text: m[1]! });
			i = le;
		}
	}
	return d.targetParts.filter((p) => p.start >= from && p.start < to);
}
const TARGET_LINE = /^[ \t]*(?:——|—)([^\n:：]{4,80})[:：][ \t]*(?:预计|预估|实际)/;

/** a longer period as the subject of targets (not a mention such as 确保“十四五”开好局) */
const LONG_TERM =
	/今后五年|未来五年|今后一个时期|远景|十[一二三四五六]五”?(?:时期|期间|末)|到(?:19|20)\d{2}年|(?:19|20)\d{2}年前/g;
const THIS_YEAR = /今年|明年|本年|年度/g;

/**
 * Whether the trigger [index, end) opens targets of a longer period. The period named nearest
 * before it, in its paragraph or the one before when it opens its own, decides: 今后五年…。奋斗目标是：
 * and “十五五”时期经济社会发展的主要目标是 are long-term; 今年是“十五五”开局之年。…主要预期目标是 and
 * 确保“十四五”开好局。经济社会发展的主要预期目标是 are the year's. So is a passage that says by when
 * (奋斗目标是：…到2016年…) when that is a later year.
 */
function longTerm(t: string, index: number, end: number, year: number | null): boolean {
	let from = t.lastIndexOf('\n', index - 1) + 1;
	if (t.slice(from, index).trim() === '') from = t.lastIndexOf('\n', Math.max(0, from - 2)) + 1;
	from = Math.max(from, index - 1500);
	const before = t.slice(from, end);
	let nearest = -1;
	let long = false;
	for (const m of before.matchAll(LONG_TERM))
		if (m.index >= nearest) {
			nearest = m.index;
			long = true;
		}
	const thisYear = year === null ? THIS_YEAR : new RegExp(`${THIS_YEAR.source}|${year}年`, 'g');
	for (const m of before.matchAll(thisYear))
		if (m.index >= nearest) {
			nearest = m.index;
			long = false;
		}
	if (long) return true;
	const by = /到((?:19|20)\d{2})年/.exec(t.slice(end, end + 60));
	return by !== null && year !== null && +by[1]! > year;
}

const DEFINITION =
	/^[\s\d[\]【】（）()、.．]*[“"《]?[^，。；“”"《》]{1,24}[”"》]?[^，。；“”"《》]{0,12}[:：]?(?:是|即)?指(?![导标示出引数定南挥令])/;
const RATIONALE = /基于以下考虑|主要考虑[:：是]|提出上述(?:发展)?目标|上述目标(?:的)?(?:主要)?依据/;
const DEADLINE = /(?:到|至|截至|力争)(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:前|底前|以前)/;

const YEAR = /((?:19|20)\d{2})年/g;
function mentionsOtherYear(clause: string, year: number): boolean {
	for (const m of matchesOf(YEAR, clause)) if (+m[1]! !== year) return true;
	return false;
}

export function clauseAround(text: string, start: number, end: number): string {
	let a = start;
	while (a > 0 && !CLAUSE_START[text.charCodeAt(a - 1)]) a--;
	let b = end;
	while (b < text.length && !CLAUSE_END[text.charCodeAt(b)]) b++;
	return text.slice(a, b);
}

/** Quantified commitments in the plan part outside the targets passage. */
export function findTasks(d: Doc, parts: Parts, year: number, headline: Passage | null): Located[] {
	if (parts.planStart === null) return [];
	const t = d.text;
	const out: Located[] = [];
	let skipPara = -1;
	let subSentence = false;
	let paraStart = t.lastIndexOf('\n', parts.planStart) + 1;
	for (const s of sentences(t, parts.planStart, parts.planEnd)) {
		if (t.charCodeAt(s.start - 1) === 10) paraStart = s.start;
		if (headline && s.start < headline.end && s.start + s.text.length > headline.start) continue;
		if (RATIONALE.test(s.text)) skipPara = paraStart;
		// a definition (“1+3”产业体系指…, 五个一批：是指…) states no commitment
		if (s.text.includes('指') && DEFINITION.test(s.text)) continue;
		if (paraStart === skipPara) continue;
		const cont = afterSemicolon(t, s);
		if (!cont) subSentence = false;
		for (const it of locate(
			parseSentence(s.text, { keepOther: true, place: d.place, names: d.names }),
			s.start
		)) {
			if (it.sub) subSentence = true;
			if (it.multiYear || subSentence) continue;
			if (mentionsOtherYear(clauseAround(t, it.start, it.end), year)) continue;
			// 到2027年，…占比达到10%: a time frame heading the sentence covers its clauses
			if (DEADLINE.test(s.text) && mentionsOtherYear(s.text.slice(0, it.qStart), year)) continue;
			if (!plausibleName(it.name)) continue;
			out.push(it);
		}
	}
	return out;
}

const GENERIC =
	/^(?:项目|工作|任务|方面|企业|资金|投资|总投资|完成投资|年度投资|个|家|工程|活动|目标|问题|其中|全年|年内|共|总计|合计)$/;
const ACTION =
	/^(?:实施|建设|建成|新建|完成|推进|推动|打造|开展|组织|举办|启动|加快|培育|引进|创建|争创|改造|新增|提升|发展|形成|开工|投入|建好|确保|力争|争取|实现|达到|达)+|(?:实施|建设|推进|推动|开展|启动)+$/g;
function plausibleName(name: string): boolean {
	const cjk = name.replace(/[^\u4e00-\u9fff]/g, '');
	if (cjk.length < 2) return false;
	if (GENERIC.test(cjk)) return false;
	if (cjk.replace(ACTION, '').length < 2) return false;
	if (/方面|以下|如下|上述/.test(name)) return false;
	// 20%的村集体年收入超30万元: a share of the things named, not a quantity of them
	if (/^的/.test(name)) return false;
	return true;
}

export function toTarget(
	it: Located,
	year: number,
	headline: boolean,
	quote: string,
	span: { start: number; end: number }
): ExtractedTarget {
	return {
		year,
		indicator: it.indicator,
		name: it.name,
		scope: it.scope,
		metric: it.metric,
		comparator: it.comparator,
		value: it.value,
		stretch: it.stretch,
		unit: it.unit,
		relativeTo: it.relativeTo,
		headline,
		binding: /约束性/.test(it.name) ? 'binding' : null,
		quote,
		span,
		guesses: it.guesses
	};
}
