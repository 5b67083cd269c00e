/** Results of the review year stated in the review part (catalogue indicators only). */
import { parseSentence } from './measures';
import { multiYearOpenerEnd } from './period';
import { TRIGGER } from './sections';
import { afterSemicolon, clauseAround, sentences, targetParts, type Located } from './targets';
import type { Doc } from './doc';
import { matchesOf } from './matches';

const OTHER_YEAR = /((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日)/g;
/** a year heading the sentence (2023年全国第五次经济普查结果：…, 2022年，全县…) */
const OPENED_BY_YEAR = /^\s*((?:19|20)\d{2})年(?![\d一二三四五六七八九十]{1,2}月|以来|底前|前)/;

/** 完成年计划(710亿元)的101.2%: a completion ratio inside a quote does not make the result a target */
const COMPLETION_RATIO =
	/(?:目标|计划|任务)(?:任务|数)?(?:\d+(?:\.\d+)?(?:万亿|亿|万)?[\u4e00-\u9fff]{0,2})?的\d+(?:\.\d+)?%/g;
/** …, and neither does a remark in brackets (主要是二产未达预期目标) */
const REMARK = /[（(][^（）()]*[)）]/g;
const plain = (s: string) => s.replace(REMARK, '').replace(COMPLETION_RATIO, '');
/** 地区生产总值预期目标增长6.5%：预计全年实现增长6.5%左右 — the result after the colon of a target line */
function afterTarget(q: string): string {
	const colon = Math.max(q.lastIndexOf(':'), q.lastIndexOf('：'));
	return colon >= 0 && /预计|预估|实际|完成|实现/.test(q.slice(colon)) ? q.slice(colon + 1) : q;
}

export function findOutcomes(d: Doc, from: number, to: number, year: number): Located[] {
	const t = d.text;
	const out: Located[] = [];
	let estimated = false;
	let multiYear = false;
	let otherYear = false;
	// ——…预期目标增长6%：预计…: the part before the colon states the target
	const targetSpans = targetParts(d, from, to);
	const inTarget = (pos: number) =>
		targetSpans.some((p) => pos >= p.start && pos < p.start + p.text.length);
	let parentsBefore: string[] = [];
	let subList: string[] | null = null;
	let parentIndicator: string | null = null;
	let fiveYears = false;
	let ofTheYear = false;
	// (not 2002年与1998年相比, a comparison of the years)
	const theYear = new RegExp(`^\\s*(?:${year}年(?![与和同较比])|今年|一年来|过去一年)`);
	let subArea = -1;
	for (const s of sentences(t, from, to)) {
		// 预计 at the head of a list carries over the parts separated by ；
		const cont = afterSemicolon(t, s);
		// a review of the five years of a plan period, paragraph by paragraph (“十四五”时期是…的五年,
		// 五年来…) until one that turns to the year (刚刚过去的2025年…, 过去一年…)
		if (s.start === from || t.charCodeAt(s.start - 1) === 10)
			fiveYears = fiveYearsFrom(openingOf(t, s.start), fiveYears, year);
		// …though a sentence headed by the year in it is about the year (2020年，全县地区生产总值…)
		if (!cont) ofTheYear = theYear.test(s.text);
		if (!cont) estimated = false;
		const est = estimated;
		// only a 预计 that heads a clause (2021年，预计实现…；…) covers what follows
		if (s.text.includes('预') && /(?:^|[，,：:])\s*(?:全年)?(?:预计|预估)/.test(s.text))
			estimated = true;
		// (a sentence that names nothing of the catalogue states none of its results)
		if (!/\d/.test(s.text)) continue;
		if (!CATALOGUE_HINT.test(s.text)) {
			if (!cont) {
				parentsBefore = [];
				parentIndicator = null;
				subList = null;
			}
			continue;
		}
		// 2023年全国第五次经济普查结果：…；… in a review of 2024: a sentence headed by another year,
		// with the parts after its ；
		const opened = OPENED_BY_YEAR.exec(s.text);
		otherYear = opened ? +opened[1]! !== year : cont && otherYear;
		if (otherYear) continue;
		// 今后五年的主要目标是：… states targets, not results
		if ((s.text.includes('目标') || s.text.includes('指标')) && TRIGGER.test(s.text)) continue;
		const carried: boolean = cont && multiYear;
		// an opener heading the sentence (“十四五”以来，…) covers the parts after ； too
		const head = s.text.slice(0, 30);
		const opener = multiYearOpenerEnd(head, year, 16);
		multiYear = carried || (opener >= 0 && /^[，,：:]/.test(head.slice(opener)));
		// 其中，第一产业增加值…；第二产业增加值…: the parts after ； belong to the same whole
		const inSubList: boolean = cont && subList !== null;
		const parents: string[] = inSubList && subList ? subList : parentsBefore;
		const parsed = parseSentence(s.text, {
			keepOther: true,
			parentsBefore: parents,
			inSubList,
			parentIndicator,
			year,
			place: d.place,
			names: d.names,
			multiYear: carried
		});
		// 开发区主营业务收入…；固定资产投资…，税收收入…, 成渝地区双城经济圈…，经济总量…: the figures
		// of a part of the region (or of a wider area), up to the end of the sentence
		const areaStart = subAreaAt(s.text, parsed);
		subArea = areaStart >= 0 ? areaStart : cont && subArea >= 0 ? 0 : -1;
		const last = parsed[parsed.length - 1];
		subList = (inSubList || /^\s*其中/.test(s.text)) && parsed.some((m) => m.sub) ? parents : null;
		parentsBefore = parsed.filter((m) => m.indicator === 'other').map((m) => m.name);
		parentIndicator = last && !last.sub ? last.indicator : null;
		for (const m of parsed) {
			if (m.indicator === 'other') continue;
			if (est) m.estimated = true;
			// (a range, 增长4%—5%, is a target restated, not a result)
			// (a figure dated in its own words, 由2015年的812亿元, is that year's whatever the period)
			if ((m.multiYear && m.dated === undefined) || m.value === null || m.stretch !== null)
				continue;
			// 从7248亿元提高到8865亿元: the level it started from has no year; 由2015年的812亿元… has one
			if (m.fromStart && m.dated === undefined) continue;
			if (m.dated !== undefined && m.dated > year) continue;
			// a review of five years: its levels are those of the last year (地区生产总值达14.2万亿元); its
			// growth, changes, new jobs and levels held through the years (粮食总产量稳定在550亿斤左右)
			// are of the five years
			if (
				fiveYears &&
				(/累计/.test(s.text.slice(Math.max(0, m.qStart - 8), m.qEnd)) ||
					(!ofTheYear &&
						(m.metric === 'growth' ||
							HELD.test(s.text.slice(m.qStart, m.qEnd)) ||
							m.metric === 'change_pp' ||
							m.indicator === 'new_urban_jobs')))
			)
				continue;
			if (subArea >= 0 && m.qStart >= subArea && !REGION_WIDE.test(s.text.slice(m.qStart, m.qEnd)))
				continue;
			// 县域经济增长5.5%以上 in a province's report: its counties, not the province
			if (d.provincial && COUNTIES.test(s.text.slice(m.qStart, m.qEnd))) continue;
			// 力争实现地区生产总值增长10%以上，…: a commitment, not a result
			if (/力争/.test(s.text.slice(0, m.qStart))) continue;
			const it: Located = m;
			if (m.dated !== undefined && m.dated !== year) it.guesses.push(`年份取自原文“${m.dated}年”`);
			else if (fiveYears && !ofTheYear) it.guesses.push('五年回顾中的年末数');
			it.start = s.start + m.qStart;
			it.end = s.start + m.qEnd;
			if (targetSpans.length > 0 && inTarget(it.end - 1)) continue;
			const clause = clauseAround(t, s.start + m.qStart, s.start + m.qEnd);
			// 完成年初确定的增长7%目标, 计划投资20亿元: a target restated, not a result
			const q = afterTarget(plain(t.slice(s.start + m.qStart, s.start + m.qEnd)));
			if (/目标|计划|预期(?!性)|任务数/.test(q) || /目标|计划/.test(afterTarget(plain(clause))))
				continue;
			// (the year a change starts from is not another year of the figure: 从2015年的X增长到Y)
			const undated = clause.replace(/(?:从|由)(?:19|20)\d{2}年(?:底|末)?的?/g, '');
			if (m.dated === undefined && matchesOf(OTHER_YEAR, undated).some((y) => +y[1]! !== year))
				continue;
			out.push(it);
		}
	}
	return out.filter((o) => !knownExactly(o, out, year));
}

const MAGNITUDE: Record<string, number> = {
	万亿: 1e12,
	亿: 1e8,
	千万: 1e7,
	百万: 1e6,
	万: 1e4,
	千: 1e3
};

/** A value in units of its unit's last word (3万亿元 → 3e12 元), with that word. */
function scaled(o: Located): [number, string] | null {
	if (o.value === null) return null;
	const m = /^(万亿|亿|千万|百万|万|千)?(.*)$/.exec(o.unit ?? '')!;
	return [o.value * (m[1] ? MAGNITUDE[m[1]]! : 1), m[2]!];
}

/**
 * 粮食产量跃上500亿斤台阶 (five-year review) with 粮食产量515.6亿斤 (the year), 控制在5.5%以内 with
 * 5.2%: a bound that an exact figure of the same year and indicator meets is the same fact, less
 * exactly.
 */
function knownExactly(o: Located, all: Located[], year: number): boolean {
	if (o.bound === null || o.indicator === 'other') return false;
	const b = scaled(o);
	return all.some((e) => {
		if (e === o || e.bound !== null || (e.dated ?? year) !== (o.dated ?? year)) return false;
		if (e.indicator !== o.indicator || e.metric !== o.metric) return false;
		const v = scaled(e);
		if (!b || !v || v[1] !== b[1]) return false;
		return o.bound === '>=' ? v[0] >= b[0] : v[0] <= b[0];
	});
}

const FIVE_YEARS =
	/^[ \t]*(?:各位代表[，,！!]?[ \t]*)?(?:“?十[一二三四五六]五”?(?:时期|期间|以来)|(?:过去|这|近)(?:的)?五年|五年来|回顾(?:过去)?五年|本届政府(?:任期)?以来|(?:19|20)\d{2}年以来的五年)/;
/** a paragraph about the year (刚刚过去的2025年…, 过去一年…, 2025年，全省…; not 2020年与2015年相比) */
const THE_YEAR =
	/^[ \t]*(?:各位代表[，,！!]?[ \t]*)?(?:刚刚过去的|过去的|过去)?(?:一年|(?:19|20)\d{2}年)(?:来|[，,是]|以来|全|我)/;

/** Whether a paragraph, opened by `first`, goes on with (or turns to) the review of five years. */
function fiveYearsFrom(first: string, current: boolean, year: number): boolean {
	// a heading: of the five years when it names them and not the year
	if (/^[ \t]*[一二三四五六七八九十]+、/.test(first))
		return /五年|十[一二三四五六]五/.test(first) && !first.includes(`${year}年`);
	if (FIVE_YEARS.test(first) || /的五年$/.test(first)) return true;
	if (THE_YEAR.test(first) && !/的五年/.test(first)) return false;
	return current;
}

/**
 * The opening of a paragraph: its first sentence, or the next when the first is short and the next
 * opens a review of five years (2025年是“十四五”收官之年。五年来，…).
 */
function openingOf(t: string, start: number): string {
	const end = t.indexOf('\n', start);
	const line = t
		.slice(start, Math.min(end < 0 ? t.length : end, start + 200))
		.replace(/^[ \t]*各位代表[，,！!：:]?[ \t]*/, '');
	const first = /^[^。！!？?]*[。！!？?]?/.exec(line)![0];
	const second = line.slice(first.length);
	return first.length <= 40 && FIVE_YEARS.test(second) ? second : first;
}

/** words without which a sentence names no catalogue indicator (see indicators.ts ALIASES) */
const CATALOGUE_HINT =
	/生产总值|GDP|经济|增加值|产值|产业|工业|服务业|投资|固投|零售|社零|收入|税收|价格|CPI|失业|就业|粮食|存款|贷款|存贷|城镇化|能耗|能源消耗|进出口|外贸|贸易|游客|旅游|总额|总量|增长|增速|下降/;

/** a part of the region or a wider area, as the subject of figures */
const SUB_AREA =
	/(?:经济开发区|开发区|高新区|经开区|工业园区|产业园区|园区|工业园|产业园|景区|都市圈|经济圈|城市群|大湾区|示范区|新区)/;
/** the counties of a wider region (县域经济, 县域生产总值) */
const COUNTIES = /^(?:[^，,；;]{0,6}?)县域/;
/** a level held (稳定在, 保持在) */
const HELD = /(?:稳定|保持|维持)在/;
/** a name that says the figure is the whole region's (全县地区生产总值) */
const REGION_WIDE = /^(?:全[县区市省州旗盟疆]|县域|我[县区市省]|本[县区市])/;

/**
 * Where the figures of a part of the region (or of a wider area) start in a sentence: at the first
 * item named after one (开发区主营业务收入…, 园区主营业务、税收收入…), or after a clause that has one as
 * its subject (成渝地区双城经济圈建设走深走实，…); -1 when there is none.
 */
function subAreaAt(s: string, items: Located[]): number {
	for (const m of items)
		if (m.indicator === 'other' && SUB_AREA.test(m.name.slice(0, 8))) return m.qStart;
	if (!/[区圈群]/.test(s)) return -1;
	const c =
		/(?:^|[，,：:])[^，,。；;：:]{0,12}?(?:经济开发区|开发区|高新区|经开区|工业园区|产业园区|园区|都市圈|经济圈|城市群|大湾区)[^，,。；;]{0,12}[，,]/.exec(
			s
		);
	return c ? c.index + c[0].length : -1;
}
