/** Commitments of the plan year: the main targets passage (headline) and quantified tasks elsewhere. */
import type { ExtractedTarget } from './types';
import { parseClauseNoFigure, parseSentence, type Measure } from './measures';
import { scanFigures } from './numbers';
import { TRIGGER, type Parts } from './sections';

export interface Located extends Measure {
	/** quote offsets in the normalised text */
	start: number;
	end: number;
}

export interface Sentence {
	start: number;
	text: string;
}

export function sentences(t: string, from: number, to: number): Sentence[] {
	const out: Sentence[] = [];
	let s = from;
	for (let i = from; i <= to; i++) {
		const c = i < to ? t.charAt(i) : '\n';
		if (c === '。' || c === '；' || c === ';' || c === '！' || c === '？' || c === '\n') {
			if (i > s) out.push({ start: s, text: t.slice(s, i) });
			s = i + 1;
		}
	}
	return out;
}

function locate(items: Measure[], sentenceStart: number): Located[] {
	return items.map((m) => ({ ...m, start: sentenceStart + m.qStart, end: sentenceStart + m.qEnd }));
}

/** Items of one sentence of a targets passage: figures, plus clauses such as 与经济增长同步. */
export function passageItems(sent: Sentence): Located[] {
	const out = locate(
		parseSentence(sent.text, { keepOther: true }).filter((m) => !m.multiYear && !/(?:19|20)\d{2}年/.test(sent.text.slice(m.qStart, m.qEnd))),
		sent.start
	);
	const re = /[^，,；;]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(sent.text))) {
		if (scanFigures(m[0]).some((f) => !f.descriptor)) continue;
		out.push(...locate(parseClauseNoFigure(m[0]), sent.start + m.index));
	}
	return out.sort((a, b) => a.start - b.start);
}

const LIST_MARK = /^\s*(?:——|—|-|－|•|·|●|○|\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]+[)）]|[①-⑳]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、)/;

export interface Passage {
	start: number;
	end: number;
	items: Located[];
}

/** The main targets passage: after 主要预期目标是：, on the same line or as a list below it. */
export function findHeadline(t: string, from: number, to: number): Passage | null {
	TRIGGER.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = TRIGGER.exec(t)) && m.index < to) {
		const pos = m.index + m[0].length;
		let lineEnd = t.indexOf('\n', pos);
		if (lineEnd < 0) lineEnd = t.length;
		const items: Located[] = [];
		let end = pos;
		if (t.slice(pos, lineEnd).trim().length > 0) {
			for (const s of sentences(t, pos, lineEnd)) {
				const found = passageItems(s);
				if (found.length === 0) {
					if (items.length > 0) break;
					continue;
				}
				items.push(...found);
				end = s.start + s.text.length;
			}
		} else {
			let p = lineEnd + 1;
			while (p < to) {
				let e = t.indexOf('\n', p);
				if (e < 0) e = t.length;
				const line = t.slice(p, e);
				if (line.trim() === '') {
					p = e + 1;
					continue;
				}
				if (!LIST_MARK.test(line)) break;
				// a list item opens with its target; a heading such as （一）推动工业提质增效 ends the list
				const ss = sentences(t, p, e);
				const first = ss[0] ? passageItems(ss[0]) : [];
				if (first.length === 0) break;
				for (const s of ss) items.push(...passageItems(s));
				end = e;
				p = e + 1;
			}
		}
		if (items.length >= 2) return { start: m.index, end, items };
	}
	return null;
}

const RATIONALE = /基于以下考虑|主要考虑[:：是]|提出上述(?:发展)?目标|上述目标(?:的)?(?:主要)?依据/;
const OTHER_YEAR = /((?:19|20)\d{2})年/g;

function mentionsOtherYear(clause: string, year: number): boolean {
	OTHER_YEAR.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = OTHER_YEAR.exec(clause))) if (+m[1]! !== year) return true;
	return false;
}

export function clauseAround(text: string, start: number, end: number): string {
	let a = start;
	while (a > 0 && !/[，,；;。：:\n]/.test(text.charAt(a - 1))) a--;
	let b = end;
	while (b < text.length && !/[，,；;。\n]/.test(text.charAt(b))) b++;
	return text.slice(a, b);
}

/** Quantified commitments in the plan part outside the targets passage. */
export function findTasks(t: string, parts: Parts, year: number, headline: Passage | null): Located[] {
	if (parts.planStart === null) return [];
	const out: Located[] = [];
	let skipPara = -1;
	let subSentence = false;
	for (const s of sentences(t, parts.planStart, parts.planEnd)) {
		if (headline && s.start < headline.end && s.start + s.text.length > headline.start) continue;
		const paraStart = t.lastIndexOf('\n', s.start) + 1;
		if (RATIONALE.test(s.text)) skipPara = paraStart;
		if (paraStart === skipPara) continue;
		const cont = t.charAt(s.start - 1) === '；' || t.charAt(s.start - 1) === ';';
		if (!cont) subSentence = false;
		for (const it of locate(parseSentence(s.text, { keepOther: true }), s.start)) {
			if (it.sub) subSentence = true;
			if (it.multiYear || subSentence) continue;
			if (mentionsOtherYear(clauseAround(t, it.start, it.end), year)) continue;
			if (!plausibleName(it.name)) continue;
			out.push(it);
		}
	}
	return out;
}

const GENERIC = /^(?:项目|工作|任务|方面|企业|资金|投资|总投资|完成投资|年度投资|个|家|工程|活动|目标|问题|其中|全年|年内|共|总计|合计)$/;
const ACTION = /^(?:实施|建设|建成|新建|完成|推进|推动|打造|开展|组织|举办|启动|加快|培育|引进|创建|争创|改造|新增|提升|发展|形成|开工|投入|建好|确保|力争|争取|实现|达到|达)+|(?:实施|建设|推进|推动|开展|启动)+$/g;
export function plausibleName(name: string): boolean {
	const cjk = name.replace(/[^\u4e00-\u9fff]/g, '');
	if (cjk.length < 2) return false;
	if (GENERIC.test(cjk)) return false;
	if (cjk.replace(ACTION, '').length < 2) return false;
	if (/方面|以下|如下|上述/.test(name)) return false;
	return true;
}

export function toTarget(it: Located, year: number, headline: boolean, quote: string, span: { start: number; end: number }): ExtractedTarget {
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
		span
	};
}
