/** Results of the review year stated in the review part (catalogue indicators only). */
import { parseSentence } from './measures';
import { clauseAround, sentences, type Located } from './targets';

const OTHER_YEAR = /((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日)/g;

export function findOutcomes(t: string, from: number, to: number, year: number): Located[] {
	const out: Located[] = [];
	let estimated = false;
	let parentBefore: string | null = null;
	for (const s of sentences(t, from, to)) {
		// 预计 at the head of a list carries over the parts separated by ；
		const cont = /[；;]/.test(t.charAt(s.start - 1));
		if (!cont) estimated = false;
		const est = estimated;
		// only a 预计 that heads a clause (2021年，预计实现…；…) covers what follows
		if (/(?:^|[，,：:])\s*(?:全年)?(?:预计|预估)/.test(s.text)) estimated = true;
		if (!/\d/.test(s.text)) continue;
		const parsed = parseSentence(s.text, { keepOther: true, parentBefore });
		const last = parsed[parsed.length - 1];
		parentBefore = last && last.indicator === 'other' ? last.name : null;
		for (const m of parsed) {
			if (m.indicator === 'other') continue;
			if (est) m.estimated = true;
			if (m.multiYear || m.value === null) continue;
			const it: Located = { ...m, start: s.start + m.qStart, end: s.start + m.qEnd };
			const clause = clauseAround(t, s.start + m.qStart, s.start + m.qEnd);
			// 完成年初确定的增长7%目标, 计划投资20亿元: a target restated, not a result
			if (/目标|计划|预期(?!性)|任务数/.test(t.slice(s.start + m.qStart, s.start + m.qEnd)) || /目标|计划/.test(clause)) continue;
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
