/** Document type, the review and plan years, and where the review and plan parts lie. */
import type { DocumentType } from './types';
import { asDoc, type Doc } from './doc';

export interface Meta {
	documentType: DocumentType;
	reviewYear: number | null;
	planYear: number | null;
	/** the review covers a part of the year only (上半年, 前三季度) */
	partYear?: boolean;
	/** the years are not written as such but inferred: how (for the editor) */
	yearsGuessed?: string;
}

const Y = '((?:19|20)\\d{2})';

export function detectMeta(text: Doc | string): Meta {
	const d = asDoc(text);
	const t = d.text;
	const m = detectYears(d);
	// 2017年上半年国民经济和社会发展计划执行情况: a part of the year reviewed — neither the year's
	// results nor its targets
	if (
		m.reviewYear !== null &&
		new RegExp(`${m.reviewYear}年(?:上半年|前三季度|第?[一二三]季度|1[-—–至~～]\\d{1,2}月)`).test(
			t.slice(0, 300)
		)
	)
		return { documentType: 'other', reviewYear: m.reviewYear, planYear: null, partYear: true };
	return m;
}

function detectYears(d: Doc): Meta {
	const t = d.text;
	const head = t.slice(0, 1500);
	const wide = t.slice(0, 4000);
	let m: RegExpExecArray | null;
	// …2023年国民经济和社会发展计划执行情况及2024年…计划(草案)
	m = new RegExp(
		`${Y}年[^\\n。]{0,40}?执行情况[^\\n。]{0,6}?(?:及|和|与|暨|、)[^\\n。\\d]{0,4}${Y}年`
	).exec(head);
	if (m) return { documentType: 'plan_report', reviewYear: +m[1]!, planYear: +m[2]! };
	m = new RegExp(`${Y}年[^\\n。]{0,30}?统计公报`).exec(head);
	if (m) return { documentType: 'statistical_bulletin', reviewYear: +m[1]!, planYear: null };
	if (/统计公报/.test(head)) {
		const y = mostFrequentYear(t);
		return { documentType: 'statistical_bulletin', reviewYear: y, planYear: null };
	}
	if (/政府工作报告/.test(head) || WORK_OPENING.test(head) || REVIEW_PART.test(wide))
		return workReportYears(d);
	m = new RegExp(`${Y}年(?:国民经济和社会发展)?计划(?:草案|建议)`).exec(head);
	if (m) return { documentType: 'plan_report', reviewYear: +m[1]! - 1, planYear: +m[1]! };
	// the annual plan itself (嘉祥县2023年国民经济和社会发展计划, 印发…计划的通知): it reviews the
	// year before only when it says so
	m = new RegExp(`${Y}年(?:度)?国民经济和社会发展计划(?!执行)`).exec(head);
	if (m)
		return { documentType: 'plan_report', reviewYear: yearBefore(t, +m[1]!), planYear: +m[1]! };
	m = new RegExp(`${Y}年[^\\n。]{0,30}?计划执行情况`).exec(wide);
	if (m) return { documentType: 'plan_report', reviewYear: +m[1]!, planYear: +m[1]! + 1 };
	m = new RegExp(`${Y}年工作回顾`).exec(wide);
	if (m) return { documentType: 'work_report', reviewYear: +m[1]!, planYear: +m[1]! + 1 };
	// a text that opens in the plan part (三、2024年主要工作安排): the year of its plan heading
	m = new RegExp(
		`(?:^|\\n)\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\\s*${Y}年(?:的)?(?:主要|重点)?(?:工作安排|重点工作|工作任务|主要任务|目标任务)`
	).exec(wide);
	if (m)
		return { documentType: 'work_report', reviewYear: yearBefore(t, +m[1]!), planYear: +m[1]! };
	// a text that states targets (主要预期目标是：…) under the year named last before them
	// (2025年是…之年。…主要预期目标是：): that year is planned, not reviewed
	const y = yearOfTargets(d);
	if (y !== null) return { documentType: 'other', reviewYear: yearBefore(t, y), planYear: y };
	return { documentType: 'other', reviewYear: mostFrequentYear(t), planYear: null };
}

/** 我代表…人民政府，向大会报告（政府）工作: the opening of a work report without its title. */
const WORK_OPENING =
	/我代表[^，。\n]{0,20}?人民政府[，,]?\s*向(?:大会|各位代表)[^。\n]{0,6}?(?:作|报告)[^。\n]{0,16}?工作/;
const DATE = `${Y}年([\\d一二三四五六七八九十]{1,3})月[\\d一二三四五六七八九十]{1,3}日`;
/**
 * The date of the session: 2020年1月21日在…人民代表大会, or a date on a line of its own near the top
 * （2017年2月26日）— never a date the text reports on further down.
 */
const SESSION_DATE = new RegExp(`${DATE}\\s*在|^[ \\t（(—－-]*${DATE}[ \\t）)]*$`, 'm');
/** 二、2024年工作安排 / 三、 2017年工作任务 / 2015年经济社会发展的任务目标: a heading of the plan part */
const PLAN_HEADING = new RegExp(
	`(?:^|\\n)[ \\t]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]部分)?[ \\t]*${Y}年(?:的)?[^\\n。，]{0,12}?(?:工作安排|重点工作|工作任务|主要任务|目标任务|任务目标|工作建议|工作打算)`
);
/** 一、过去五年工作回顾 at the head of a line: the review part of a work report */
const REVIEW_PART =
	/(?:^|\n)[ \t]*[一二三四五六七八九十]+、[ \t]*(?:过去(?:的)?[一二三四五两]年|[^\n]{0,8}年)?(?:政府)?工作(?:的简要)?回顾/;
/** 一、2023年工作回顾 / 关于2014年政府工作 / 回顾了2024年的工作: the year a heading reviews */
const REVIEW_HEADING = new RegExp(
	`${Y}年(?:工作)?回顾|回顾了?${Y}年?|${Y}年[^\\n。；]{0,30}?(?:工作回顾|全面回顾)|关于${Y}年(?:的)?(?:政府)?工作`
);

/**
 * The years of a work report: its session year is the year it plans (from the title, the session's
 * date, the heading of its plan part, or the year after the one its review heading names) and it
 * reviews the year before.
 */
function workReportYears(d: Doc): Meta {
	const t = d.text;
	const head = t.slice(0, 1500);
	const wide = t.slice(0, 4000);
	// (政府工作报告（2024年）; not 《政府工作报告》时，对2021年…)
	const title = new RegExp(
		`${Y}年[^\\n。]{0,30}?政府工作报告|政府工作报告[ \\t—－-]{0,4}[（(]?${Y}`
	).exec(head);
	const date = SESSION_DATE.exec(t.slice(0, 800));
	const review = REVIEW_HEADING.exec(wide);
	// a session held in the last quarter reviews its own year and plans the next (明年)
	let plan = title
		? +(title[1] ?? title[2])!
		: date
			? +(date[1] ?? date[3])! + (monthOf((date[2] ?? date[4])!) >= 10 ? 1 : 0)
			: null;
	let rev = review ? +(review[1] ?? review[2] ?? review[3] ?? review[4])! : null;
	if (plan === null && rev === null) {
		const heading = PLAN_HEADING.exec(t.length > 60000 ? t.slice(0, 60000) : t);
		if (heading) plan = +heading[1]!;
	}
	let guessed: string | undefined;
	if (plan === null && rev === null) {
		({ rev, plan } = yearsByHeadings(t));
		if (plan !== null || rev !== null) guessed = '年份由回顾部分开头所写的年份推定';
	}
	if (plan === null && rev === null && REVIEW_PART.test(wide)) {
		rev = lastSubjectYear(t);
		if (rev !== null) guessed = `年份由五年回顾所写的最后一年（${rev}年）推定`;
	}
	if (plan === null && rev === null) {
		// a report of the session (新闻): the year its targets are stated for, reviewing the year before when named
		plan = yearOfTargets(d);
		if (plan !== null)
			return {
				documentType: 'work_report',
				reviewYear: yearBefore(t, plan),
				planYear: plan,
				yearsGuessed: `年份由目标段前所写的年份（${plan}年）推定`
			};
	}
	// a news report of the session that writes only 今年 and 去年: the date of the page
	if (plan === null && rev === null && d.pageDate) {
		const { year, month } = d.pageDate;
		plan = year + (month >= 10 ? 1 : 0);
		guessed = `年份由页面日期（${year}年${month}月）推定：“今年”为${plan}年`;
	}
	if (plan === null && rev !== null) plan = rev + 1;
	if (plan !== null) rev = plan - 1;
	return { documentType: 'work_report', reviewYear: rev, planYear: plan, yearsGuessed: guessed };
}

/**
 * The latest year a review states as the subject of its sentences (…良好开局。2016年，全县生产总值
 * 完成…): in a review of five years without headings or a date, the year it ends with.
 */
function lastSubjectYear(t: string): number | null {
	let y: number | null = null;
	for (const m of t
		.slice(0, 20000)
		.matchAll(/(?:^|[。；\n])[ \t]*((?:19|20)\d{2})年(?:[，,]|是|全[县区市省]|我[县区市省])/g))
		if (y === null || +m[1]! > y) y = +m[1]!;
	return y;
}

/** The year named last before the first targets passage (2025年是…之年。…主要预期目标是：), or null. */
function yearOfTargets(d: Doc): number | null {
	const t = d.text;
	const trig = nextTrigger(d, 0);
	if (!trig) return null;
	let y: number | null = null;
	for (const ym of t
		.slice(Math.max(0, trig.index - 800), trig.index)
		.matchAll(/((?:19|20)\d{2})年(?![\d一二三四五六七八九十]{1,2}月)/g))
		y = +ym[1]!;
	return y;
}

/** The year before `plan` when the text names it (a review of that year), else null. */
function yearBefore(t: string, plan: number): number | null {
	return t.includes(`${plan - 1}年`) ? plan - 1 : null;
}

/** 12 or 十二 → 12. */
function monthOf(s: string): number {
	if (/^\d+$/.test(s)) return +s;
	const d = '一二三四五六七八九'.indexOf(s.charAt(s.length - 1)) + 1;
	return s.startsWith('十') ? 10 + (s.length > 1 ? d : 0) : d;
}

/**
 * Years of a report whose headings say only 过去一年 / 今年 / 明年: the first year stated as a
 * subject (2023年是…之年, 2023年，全县…) in the review part is the review year; failing that,
 * one in the plan part is the plan year.
 */
function yearsByHeadings(t: string): { rev: number | null; plan: number | null } {
	const ls = lines(t.length > 60000 ? t.slice(0, 60000) : t);
	let r = -1;
	let p = -1;
	for (const l of ls) {
		const s = l.text.trim();
		if (s.length > 40 || !ENUM_HEAD.test(s)) continue;
		if (r < 0 && /过去|回顾|一年来/.test(s)) r = l.end;
		else if (r >= 0 && /今年|明年|目标|任务|安排|打算/.test(s)) {
			p = l.start;
			break;
		}
	}
	if (r < 0 || p < 0) return { rev: null, plan: null };
	const SUBJECT = new RegExp(`${Y}年(?:是|，|,)`, 'g');
	SUBJECT.lastIndex = r;
	const m = SUBJECT.exec(t);
	if (!m) return { rev: null, plan: null };
	return m.index < p ? { rev: +m[1]!, plan: null } : { rev: null, plan: +m[1]! };
}

function mostFrequentYear(t: string): number | null {
	const counts = new Map<number, number>();
	for (const m of t.slice(0, 20000).matchAll(/((?:19|20)\d{2})年/g)) {
		const y = +m[1]!;
		counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	let best: number | null = null;
	let n = 0;
	for (const [y, c] of counts)
		if (c > n || (c === n && best !== null && y > best)) {
			best = y;
			n = c;
		}
	return best;
}

export interface Line {
	start: number;
	end: number;
	text: string;
}

export function lines(t: string): Line[] {
	const out: Line[] = [];
	let s = 0;
	for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', s)) {
		out.push({ start: s, end: i, text: t.slice(s, i) });
		s = i + 1;
	}
	out.push({ start: s, end: t.length, text: t.slice(s) });
	return out;
}

const ENUM_HEAD =
	/^\s*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）])/;
const PLAN_WORDS = /计划|任务|安排|目标|建议|要求|工作|打算|草案|部署|思路/;

export interface Parts {
	reviewStart: number;
	reviewEnd: number;
	planStart: number | null;
	planEnd: number;
}

export function findParts(text: Doc | string, meta: Meta): Parts {
	const d = asDoc(text);
	const t = d.text;
	const ls = lines(t);
	const end = t.length;
	if (meta.documentType === 'statistical_bulletin')
		return { reviewStart: 0, reviewEnd: end, planStart: null, planEnd: end };
	const py = meta.planYear;
	const ry = meta.reviewYear;
	let reviewStart = 0;
	let planStart: number | null = null;
	const reviewHead = new RegExp(`${ry}年|过去|回顾|执行情况`);
	const planYear = new RegExp(`${py}年`);
	const planHead = new RegExp(`${py}年|今年|明年`);
	for (const l of ls) {
		const s = l.text.trim();
		if (s.length > 60 || !ENUM_HEAD.test(s)) continue;
		if (
			ry !== null &&
			reviewStart === 0 &&
			reviewHead.test(s) &&
			!(py !== null && planYear.test(s))
		) {
			reviewStart = l.start;
			continue;
		}
		if (py !== null && planHead.test(s) && PLAN_WORDS.test(s) && !/执行情况/.test(s)) {
			planStart = l.start;
			break;
		}
	}
	// the year's results summed up before the first heading (2022年，全县地区生产总值增长4.3%；…
	// 一、2022年…计划执行情况): the review starts with them
	if (ry !== null && reviewStart > 0) {
		const summary = new RegExp(`${ry}年[^\\n]{0,60}?\\d(?:\\.\\d+)?(?:%|亿元|万元)`);
		for (const l of ls) {
			if (l.start >= reviewStart) break;
			if (
				l.text.length > 60 &&
				summary.test(l.text) &&
				!/计划|目标|预期/.test(l.text.slice(0, 30))
			) {
				reviewStart = l.start;
				break;
			}
		}
	}
	if (planStart === null && py !== null) {
		for (const l of ls) {
			const s = l.text.trim();
			if (
				l.start <= reviewStart ||
				l.start < 200 ||
				s.length > 40 ||
				/[，。；]|报告|会议|代表大会/.test(s)
			)
				continue;
			if (planYear.test(s) && PLAN_WORDS.test(s) && !/执行情况/.test(s)) {
				planStart = l.start;
				break;
			}
		}
	}
	if (planStart === null) {
		const trig = nextTrigger(d, reviewStart);
		if (trig !== null) planStart = t.lastIndexOf('\n', trig.index) + 1;
	} else if (py !== null) {
		// 今年经济社会发展主要预期目标是：… stated before the heading of the work plan (三、2024年主要工作安排)
		const trig = nextTrigger(d, reviewStart);
		if (trig !== null && trig.end < planStart) {
			const lineStart = t.lastIndexOf('\n', trig.index) + 1;
			if (
				lineStart >= reviewStart &&
				new RegExp(`今年|明年|${py}年`).test(t.slice(Math.max(lineStart, trig.end - 40), trig.end))
			)
				planStart = lineStart;
		}
	}
	// the glossary, notes and annexes at the end (名词解释, 注释) hold no commitments or results
	const after = planStart ?? reviewStart;
	const g = GLOSSARY.exec(t.slice(after));
	const glossary = g ? after + g.index : end;
	const planEnd = glossary;
	// a section of targets for the coming years (今后五年主要目标任务) ends the review part
	let reviewEnd = Math.min(planStart ?? end, glossary);
	for (const l of ls) {
		if (l.start <= reviewStart || l.start >= reviewEnd) continue;
		const s = l.text.trim();
		if (
			s.length <= 40 &&
			ENUM_HEAD.test(s) &&
			/今后|未来|十[四五六]五/.test(s) &&
			/目标|任务|打算|展望/.test(s) &&
			!/完成|执行|回顾|情况|成效|进展/.test(s)
		) {
			reviewEnd = l.start;
			break;
		}
	}
	return { reviewStart, reviewEnd, planStart, planEnd };
}

const GLOSSARY = /\n\s*(?:名词解释|附件[:：\d一二三]?\s*\n|附表|注释[:：]?\s*\n|注[:：])/;

/** 主要预期目标是：/ 主要目标为： — the start of the main targets passage. */
export const TRIGGER =
	/(?:主要(?:预期|经济|发展|经济社会发展|调控)?(?:目标|指标)(?:任务)?|预期(?:性)?目标|预定目标|发展的?(?:主要)?目标|奋斗目标|目标任务|(?:主要)?(?:预期)?指标体系(?:安排)?)(?:建议|拟定|初步|确定|安排|设定|设置|设为|定为|考虑|具体)*(?:是|为|如下)?[:：]|(?:主要(?:预期)?目标|预期目标)(?:建议|拟定|初步|确定|安排|设定|设置|定)*(?:是|为)(?=[^:：\n]{0,12}(?:增长|\d))/;

/** 二、经济社会发展预期目标 — a heading of its own, with the targets passage below it. */
const TRIGGER_HEADING =
	/^[ \t]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?[ \t]*(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{0,10}?(?:主要预期目标|预期目标|主要目标|主要指标)[ \t]*$/;

/** The next trigger of a targets passage at or after `from`: where it starts and where the passage does. */
export function nextTrigger(d: Doc, from: number): { index: number; end: number } | null {
	const re = (d.trigger ??= new RegExp(TRIGGER.source, 'g'));
	re.lastIndex = from;
	const a = re.exec(d.text);
	const b = headingsOf(d).find((h) => h.index >= from) ?? null;
	if (a && (!b || a.index <= b.index)) return { index: a.index, end: a.index + a[0].length };
	return b;
}

/** The targets headings of the text: lines that end with 目标 / 指标 (二、主要预期目标). */
function headingsOf(d: Doc): { index: number; end: number }[] {
	if (d.headings) return d.headings;
	const t = d.text;
	const headings: { index: number; end: number }[] = [];
	for (const word of ['目标', '指标']) {
		for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 2)) {
			let e = i + 2;
			while (t.charAt(e) === ' ' || t.charAt(e) === '\t') e++;
			if (e < t.length && t.charAt(e) !== '\n') continue;
			const ls = t.lastIndexOf('\n', i) + 1;
			const m = TRIGGER_HEADING.exec(t.slice(ls, e));
			if (m) headings.push({ index: ls, end: ls + m[0].length });
		}
	}
	headings.sort((a, b) => a.index - b.index);
	return (d.headings = headings);
}
