/** Results of the review year stated in the review part (catalogue indicators only). */
import { parseSentence } from './measures';
import { multiYearOpenerEnd } from './period';
import { TRIGGER } from './sections';
import { clauseAround, sentences, type Located } from './targets';

const OTHER_YEAR = /((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日)/g;

/** 完成年计划的101.2%: a completion ratio inside a quote does not make the result a target */
const COMPLETION_RATIO = /(?:目标|计划|任务)(?:任务|数)?的\d+(?:\.\d+)?%/g;

export function findOutcomes(t: string, from: number, to: number, year: number): Located[] {
	const out: Located[] = [];
	let estimated = false;
	let multiYear = false;
	let parentsBefore: string[] = [];
	let subList: string[] | null = null;
	let parentIndicator: string | null = null;
	for (const s of sentences(t, from, to)) {
		// 预计 at the head of a list carries over the parts separated by ；
		const cont = /[；;]/.test(t.charAt(s.start - 1));
		if (!cont) estimated = false;
		const est = estimated;
		// only a 预计 that heads a clause (2021年，预计实现…；…) covers what follows
		if (/(?:^|[，,：:])\s*(?:全年)?(?:预计|预估)/.test(s.text)) estimated = true;
		if (!/\d/.test(s.text)) continue;
		// 今后五年的主要目标是：… states targets, not results
		TRIGGER.lastIndex = 0;
		if (TRIGGER.test(s.text)) continue;
		const carried: boolean = cont && multiYear;
		// an opener heading the sentence (“十四五”以来，…) covers the parts after ； too
		const head = s.text.slice(0, 30);
		const opener = multiYearOpenerEnd(head, year, 16);
		multiYear = carried || (opener >= 0 && /^[，,：:]/.test(head.slice(opener)));
		// 其中，第一产业增加值…；第二产业增加值…: the parts after ； belong to the same whole
		const inSubList: boolean = cont && subList !== null;
		const parents: string[] = inSubList && subList ? subList : parentsBefore;
		const parsed = parseSentence(s.text, { keepOther: true, parentsBefore: parents, inSubList, parentIndicator, year, multiYear: carried });
		const last = parsed[parsed.length - 1];
		subList = (inSubList || /^\s*其中/.test(s.text)) && parsed.some((m) => m.sub) ? parents : null;
		parentsBefore = parsed.filter((m) => m.indicator === 'other').map((m) => m.name);
		parentIndicator = last && !last.sub ? last.indicator : null;
		for (const m of parsed) {
			if (m.indicator === 'other') continue;
			if (est) m.estimated = true;
			if (m.multiYear || m.value === null) continue;
			const it: Located = m;
			it.start = s.start + m.qStart;
			it.end = s.start + m.qEnd;
			const clause = clauseAround(t, s.start + m.qStart, s.start + m.qEnd);
			// 完成年初确定的增长7%目标, 计划投资20亿元: a target restated, not a result
			const q = t.slice(s.start + m.qStart, s.start + m.qEnd).replace(COMPLETION_RATIO, '');
			if (/目标|计划|预期(?!性)|任务数/.test(q) || /目标|计划/.test(clause.replace(COMPLETION_RATIO, ''))) continue;
			OTHER_YEAR.lastIndex = 0;
			let bad = false;
			let y: RegExpExecArray | null;
			while ((y = OTHER_YEAR.exec(clause))) if (+y[1]! !== year) bad = true;
			if (bad) continue;
			out.push(it);
		}
	}
	return out;
}
