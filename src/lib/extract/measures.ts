/**
 * One sentence → the measured items it states (name, metric, value, comparator…).
 * Shared by targets and outcomes: the caller decides how an item is read.
 */
import type { Comparator, Metric } from './types';
import { scanFigures, type Figure } from './numbers';
import { BARE_NAMES, cleanForMatch, expandPluralName, matchIndicator, subjectOf } from './indicators';

export interface Measure {
	name: string;
	indicator: string;
	scope: string | null;
	metric: Metric;
	value: number | null;
	unit: string | null;
	comparator: Comparator;
	/** the outcome reading of the comparator: a bound, not a figure */
	bound: '<=' | '>=' | null;
	stretch: number | null;
	estimated: boolean;
	relativeTo: string | null;
	/** quote, relative to the sentence */
	qStart: number;
	qEnd: number;
	/** a name carried from an earlier item of the sentence, or a 分别 list */
	inherited: boolean;
	/** the figure is qualified by 年均/累计 across years or a part of the year */
	multiYear: boolean;
	/** a part of something stated before it (其中…) */
	sub?: boolean;
}

const ACTION_WORDS =
	/^(?:实施|建设|建成|新建|完成|推进|推动|打造|开展|组织|举办|启动|加快|培育|引进|创建|争创|改造|新增|提升|发展|形成|开工|投入|建好|确保|力争|争取|实现|达到|达|改扩建|提档升级|提质|改造提升|改造升级)+/;
const GENERIC_NAME = /^(?:项目|工程|总投资|投资|完成(?:年度)?投资|年度投资|计划投资)$/;
function stripAction(s: string): string {
	const r = s.replace(ACTION_WORDS, '');
	return r.length >= 2 ? r : s;
}
function isGeneric(name: string): boolean {
	const n = name.replace(LEAD_FILLER, '');
	return GENERIC_NAME.test(n) || n.replace(ACTION_WORDS, '').replace(/[^\u4e00-\u9fff]/g, '').length < 2;
}

const GROWTH_VERB = /(增长|增速|增幅|上涨|涨幅|下降|减少|降低|回落|下滑|提高|提升|增加)/;
const NEGATIVE_VERB = /(下降|减少|降低|回落|下滑)/;
const TO_LEVEL = /(提高|提升|增加|上升)(到|至)/;
const VERB_TAIL =
	/(?:预计|预估|全年|年内|同比|同口径|可比口径|按可比价格?(?:计算)?|按可比口径(?:计算)?|按现价(?:计算)?|(?:比|较)(?:上年|去年|年初|上年末|上年同期|去年同期)(?:同期)?|同比分别|分别|年均|累计|共|实现|完成了?|达到了?|达|为|是|增长|增速为?|增幅为?|增加|下降|减少|降低|回落|下滑|上涨|涨幅为?|提高到|提高至|提升到|提升至|提高|提升|上升|突破|超过|超|稳定在|保持在|维持在|稳定|保持|控制在|控制|不低于|不少于|不超过|不高于|低于|高于|至少|在|约|近|力争|争取|确保|实际)+$/;
const LEAD_FILLER =
	/^(?:(?:19|20)\d{2}年(?:度|末|底|全年)?|年末|年底|其中[:：]?|同时|另外|并且|并|全年|年内|今年|当年|力争|争取|确保|努力|预计|预估|初步核算|实现|完成|达到|累计|共|总计|合计|全力|积极|加快|持续|进一步|重点|稳定|保持|继续|全面|大力|着力|切实|不断)+/;
const LIST_PREFIX = /^(?:[\s—\-–•·●○]+|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]+是)+/;
/** units of housing and measures: a count of named places next to one of these summarises a list */
const MEASURE_NEIGHBOUR = /亩|米|公里|公顷|吨|套|户|间/;
/** weight, power and volume before a noun give a capacity (10万吨容糟场), not a quantity to deliver */
const CAPACITY_UNIT = /吨|千瓦|兆瓦|立方米|千伏|标准箱/;
const CONNECTOR = /^(?:、|和|与|及|以及|，|,)$/;
const BREAKS = /[，,；;：:。！？!?\n]/;
const NUMERIC_NAME = /^[\d.一二三四五六七八九十两百千万亿个项条家类批次届年月日余多第]*$/;

interface Group {
	names: { name: string; indicator: string; scope: string | null }[];
	next: number;
	qStart: number;
	verb: string;
	multiYear: boolean;
}

function lastBreak(s: string): number {
	for (let i = s.length - 1; i >= 0; i--) if (BREAKS.test(s.charAt(i))) return i;
	return -1;
}

function resolveName(raw: string): { name: string; indicator: string; scope: string | null } {
	const display = raw.replace(/^[“"'‘]+|[”"'’]+$/g, '').replace(LEAD_FILLER, '') || raw;
	let m = matchIndicator(display);
	if (!m) {
		const inner = display.replace(/(?<=.)(?:实现|完成|达到|达)(?=.)/g, '');
		if (inner !== display) m = matchIndicator(inner);
	}
	if (m) {
		let name = cleanForMatch(display);
		if (m.scope && name.startsWith(m.scope)) name = name.slice(m.scope.length).replace(/^的/, '');
		return { name, indicator: m.code, scope: m.scope };
	}
	return { name: display, indicator: 'other', scope: null };
}

/** The 以上/以内… reading of a figure and the words before it. */
function comparatorOf(f: Figure, verb: string): Comparator {
	if (f.suffix === '以上') return '>=';
	if (f.suffix === '以下' || f.suffix === '以内') return '<=';
	if (f.suffix === '左右' || f.suffix === '上下') return '~';
	if (/(不低于|不少于|至少)$/.test(verb)) return '>=';
	if (/(不超过|不高于|控制在|控制|低于)$/.test(verb)) return '<=';
	if (/(高于|超过|超|突破)$/.test(verb)) return '>';
	if (f.approx) return '>=';
	return '=';
}

function boundOf(f: Figure, verb: string): '<=' | '>=' | null {
	if (f.suffix === '以上') return '>=';
	if (f.suffix === '以下' || f.suffix === '以内') return '<=';
	if (/(不超过|不高于|控制在|控制|低于)$/.test(verb)) return '<=';
	if (/(不低于|不少于|至少|高于|超过|超|突破)$/.test(verb)) return '>=';
	if (f.approx) return '>=';
	return null;
}

function flip(c: Comparator): Comparator {
	return c === '>=' || c === '>' ? '<=' : c === '<=' ? '>=' : c;
}

function metricOf(f: Figure, verb: string, name: string, indicator: string): { metric: Metric; negate: boolean } {
	if (f.unit === 'pp') return { metric: 'change_pp', negate: NEGATIVE_VERB.test(verb) };
	if (f.unit === '%' || f.unit === '‰') {
		if (TO_LEVEL.test(verb)) return { metric: 'rate', negate: false };
		if (GROWTH_VERB.test(verb)) return { metric: 'growth', negate: NEGATIVE_VERB.test(verb) };
		if (/(增长率?|增速|增幅|涨幅)$/.test(name)) return { metric: 'growth', negate: false };
		if (indicator === 'cpi') return { metric: 'growth', negate: false };
		return { metric: 'rate', negate: false };
	}
	return { metric: 'level', negate: false };
}

/** Count the figures from i on that follow each other with only 、/和 between them. */
function runLength(s: string, figs: Figure[], i: number): number {
	let k = 1;
	while (i + k < figs.length) {
		const between = s.slice(figs[i + k - 1]!.end, figs[i + k]!.start);
		if (!/^(?:、|和|与|及|以及)$/.test(between)) break;
		k++;
	}
	return k;
}

/** The noun after a number-first figure (建成25个基层医保服务站 → 基层医保服务站). */
function followingNoun(s: string, from: number): { text: string; end: number; beforeFigure: boolean } | null {
	let e = from;
	while (e < s.length && !BREAKS.test(s.charAt(e)) && s.charAt(e) !== '、' && !/\d/.test(s.charAt(e))) e++;
	let text = s.slice(from, e);
	const beforeFigure = /\d/.test(s.charAt(e));
	if (!/^[\u4e00-\u9fff“"《]/.test(text)) return null;
	if (/^(以上|以下|以内|左右|的|之|多|余|左|以)/.test(text)) return null;
	text = text.replace(/[（(][^）)]*$/, '');
	if (text.replace(/[^\u4e00-\u9fff]/g, '').length < 2) return null;
	return { text, end: from + text.length, beforeFigure };
}

export interface ParseOptions {
	/** keep figures whose names are not catalogue indicators */
	keepOther: boolean;
	/** the name of the last item of the sentence before, when not a catalogue indicator (for 其中…) */
	parentBefore?: string | null;
}

type Resolved = { name: string; indicator: string; scope: string | null };

export function parseSentence(s: string, opts: ParseOptions): Measure[] {
	const all = scanFigures(s);
	const figs = all.filter((f) => !f.descriptor);
	const items: Measure[] = [];
	let prevEnd = 0;
	let group: Group | null = null;
	let lastGroupSize = 0;
	/** after 其中 + a sub-part (其中乌江寨景区…), the rest of the sentence is about that part */
	let subPart = false;
	let subParent: string | null = /^\s*其中/.test(s) ? (opts.parentBefore ?? null) : null;
	let i = 0;
	const estimatedAt = (pos: number) => /预计|预估/.test(s.slice(0, pos));
	// a measured quantity that ends its clause (新增耕地2329亩, 新建住宅539套)
	const hasMeasureNeighbour = figs.some((g) => MEASURE_NEIGHBOUR.test(g.unit) && (g.end >= s.length || BREAKS.test(s.charAt(g.end))));
	while (i < figs.length) {
		const f = figs[i]!;
		const leadFull = s.slice(prevEnd, f.start);
		const b = lastBreak(leadFull);
		let leadStart = prevEnd + b + 1;
		let lead = s.slice(leadStart, f.start);
		const contiguous = b < 0 && items.length > 0 && prevEnd > 0;
		let connector = false;
		const cm = /^(?:、|和|与|及|以及)/.exec(lead);
		if (contiguous && cm) {
			connector = true;
			lead = lead.slice(cm[0].length);
			leadStart += cm[0].length;
		}
		const lp = LIST_PREFIX.exec(lead);
		if (lp) {
			lead = lead.slice(lp[0].length);
			leadStart += lp[0].length;
		}
		const tail = VERB_TAIL.exec(lead);
		const verb = tail ? tail[0] : '';
		let rawName = tail ? lead.slice(0, tail.index) : lead;
		rawName = rawName.replace(/^[\s、,，]+/, '');
		const nameStripped = rawName.replace(LEAD_FILLER, '').replace(/^[“"]+|[”"]+$/g, '');
		const hasName = nameStripped.length > 0 && !NUMERIC_NAME.test(nameStripped);
		const multiYear =
			/年均(?:增长|增速|递增|提高|增幅)|十四五|十三五|每年|五年来|五年间/.test(lead) ||
			/[-—至~～]\d{1,2}月|截[至止]\d{1,2}月|上半年|前三季度|第[一二三]季度|一季度/.test(lead);
		const stretchWord = /力争|争取/.exec(lead);
		const skipFigure = () => {
			prevEnd = f.end;
			i++;
		};
		// 比上年减少255.34公顷, 比去年同期增加48元: a change of a level, not the level
		if (!isPctUnit(f.unit) && /(?:比|较|同比)[^，,；;]{0,6}(?:增加|减少|增长|下降|降低|提高|多|少)(?:了)?$/.test(lead)) {
			skipFigure();
			continue;
		}
		// 其中 after an item that is not a catalogue indicator (民营经济增加值…其中第一产业增加值)
		if (/其中/.test(leadFull) && items.length > 0 && items[items.length - 1]!.indicator === 'other') subParent = items[items.length - 1]!.name;
		// quoted names (落实“21条”), 各1个, 3个5万千瓦…项目 (figures back to back)
		const adjacent = (figs[i + 1]?.start === f.end) || (i > 0 && figs[i - 1]!.end === f.start);
		if (/[“《"]$/.test(s.slice(0, f.start)) || /各$/.test(lead) || adjacent) {
			skipFigure();
			continue;
		}

		// 增长8%、力争10%: the higher figure of the item before
		if (!hasName && stretchWord && items.length > 0 && (contiguous || b >= 0) && !group) {
			const last = items[items.length - 1]!;
			if (last.unit === f.unit && last.value !== null && Math.abs(f.value) > Math.abs(last.value) && last.stretch === null) {
				last.stretch = last.value < 0 ? -f.value : f.value;
				last.qEnd = f.end;
				skipFigure();
				continue;
			}
		}

		// a list of figures for several names (分别…, 城乡居民…)
		const run = runLength(s, figs, i);
		if (!connector || !group || group.next >= group.names.length) {
			group = null;
			let names: Resolved[] | null = null;
			const plural = hasName ? expandPluralName(nameStripped) : null;
			if (plural && run === plural.length) names = plural.map(resolveName);
			else if (!hasName && run >= 2 && (/分别/.test(lead) || run === lastGroupSize)) {
				const prevItems = items.slice(-run);
				if (prevItems.length === run) names = prevItems.map((p) => ({ name: p.name, indicator: p.indicator, scope: p.scope }));
			}
			if (names) {
				const qs = hasName ? leadStart : items[items.length - run]!.qStart;
				group = { names, next: 0, qStart: qs, verb, multiYear };
				lastGroupSize = names.length;
			}
		}
		if (group && group.next < group.names.length) {
			const n = group.names[group.next++]!;
			const first = i - (group.next - 1);
			const lastFig = figs[first + group.names.length - 1] ?? f;
			const eff = f.suffix === null && lastFig.suffix !== null ? { ...f, suffix: lastFig.suffix } : f;
			const verbG = group.verb || verb;
			const gi = build(eff, verbG, subPart ? { ...n, indicator: 'other' } : n, group.qStart, lastFig.end, true, multiYear || group.multiYear, estimatedAt(f.start));
			gi.sub = subPart;
			items.push(gi);
			prevEnd = f.end;
			i++;
			continue;
		}

		let resolved: Resolved | null = null;
		let qStart = leadStart;
		let qEnd = f.end;
		let inherited = false;
		const isPct = f.unit === '%' || f.unit === 'pp' || f.unit === '‰';
		const noun = !isPct && !f.chineseNumeral ? followingNoun(s, f.end) : null;
		const leadResolved = hasName ? resolveName(rawName) : null;
		if (noun && !(leadResolved && leadResolved.indicator !== 'other')) {
			// number first: 建成25个基层医保服务站
			const nextFig = figs[i + 1];
			const container = f.count && !!nextFig && nextFig.start === noun.end && nextFig.count; // 16个乡镇125个供暖单位
			const listSummary = f.count && /、|等$/.test(lead) && hasMeasureNeighbour; // 线材厂、交通局周边2个棚改项目，新建住宅539套
			const projectSize = !f.count && (/推进$|推动$/.test(lead) || CAPACITY_UNIT.test(f.unit)); // 推进100万亩国家储备林建设
			const described = /的$/.test(lead); // 支持的34个专项
			if (container || listSummary || projectSize || described) {
				skipFigure();
				continue;
			}
			resolved = resolveName(noun.text);
			if (isGeneric(resolved.name) && hasName) resolved = { ...resolved, name: nameStripped + resolved.name };
			qEnd = noun.end;
		} else if (hasName) {
			resolved = leadResolved!;
			// 粮食播种面积…、产量… / 旅游接待人次…、综合收入…
			const last = items[items.length - 1];
			if (last && BARE_NAMES.test(resolved.name) && resolved.indicator === 'other') {
				const subj = subjectOf(last.indicator);
				if (subj) resolved = resolveName(subj + resolved.name);
			}
			if (/^其中/.test(lead) && resolved.indicator === 'other') subPart = true;
			if (resolved.indicator === 'other' && isGeneric(resolved.name)) {
				// 谋划项目240个，总投资不少于330亿元 / 开工建设X项目，年内完成投资1.25亿元
				const last = items[items.length - 1];
				const prevClause = s.slice(0, leadStart).replace(/[，,；;：:]$/, '');
				const pc = prevClause.slice(lastBreak(prevClause) + 1).replace(LEAD_FILLER, '');
				const nextClause = s.slice(f.end).replace(/^[，,]/, '');
				const nc = nextClause.slice(0, Math.max(0, nextClause.search(BREAKS)) || nextClause.length);
				const ctx = last ? last.name : pc && !/\d/.test(pc) ? pc : nc && !/\d/.test(nc) ? nc : '';
				if (ctx) resolved = { ...resolved, name: stripAction(ctx) + resolved.name };
			}
		} else if (items.length > 0 && (contiguous || b >= 0) && !f.count) {
			const last = items[items.length - 1]!;
			resolved = { name: last.name, indicator: last.indicator, scope: last.scope };
			qStart = last.qStart;
			inherited = true;
		}
		if (!resolved) {
			skipFigure();
			continue;
		}
		// a part of a non-catalogue total measured the same way (…增加值 → 其中…增加值) is not the catalogue total
		if (subParent && resolved.indicator !== 'other' && subParent.slice(-3) === resolved.name.slice(-3)) subPart = true;
		if (subPart) resolved = { ...resolved, indicator: 'other' };
		const item = build(f, verb, resolved, qStart, qEnd, inherited, multiYear, estimatedAt(f.start));
		item.sub = subPart || /^其中/.test(lead) || /其中[:：]/.test(s.slice(0, f.start));
		items.push(item);
		prevEnd = Math.max(f.end, qEnd);
		i++;
	}
	return opts.keepOther ? items : items.filter((m) => m.indicator !== 'other');
}

function isPctUnit(u: string): boolean {
	return u === '%' || u === 'pp' || u === '‰';
}

function build(f: Figure, verb: string, r: Resolved, qStart: number, qEnd: number, inherited: boolean, multiYear: boolean, estimated: boolean): Measure {
	const mm = metricOf(f, verb, r.name, r.indicator);
	let cmp = comparatorOf(f, verb);
	let bound = boundOf(f, verb);
	if (mm.negate) {
		cmp = flip(cmp);
		bound = bound === '>=' ? '<=' : bound === '<=' ? '>=' : null;
	}
	return {
		...r,
		metric: mm.metric,
		value: mm.negate ? -f.value : f.value,
		unit: unitOf(f, r.name),
		comparator: cmp,
		bound,
		stretch: null,
		estimated,
		relativeTo: null,
		qStart,
		qEnd,
		inherited,
		multiYear
	};
}

function unitOf(f: Figure, name: string): string {
	if (f.unit === '‰') return '‰';
	if (f.unit === '万' || f.unit === '亿') {
		if (/人次$/.test(name)) return f.unit + '人次';
		if (/人数?$/.test(name)) return f.unit + '人';
		if (/(收入|资金|投资|产值|总额|额|值)$/.test(name)) return f.unit + '元';
	}
	return f.unit;
}

const REL_TARGET = '(?:经济增长|经济发展|经济增速|GDP增长|GDP增速|地区生产总值增长|地区生产总值增速|生产总值增长)';
const REL_EQ = new RegExp(`^(.{2,30}?)(?:增长|增速)?(?:要|应|力争)?(?:与|和|同)${REL_TARGET}(?:基本)?(?:保持)?(?:基本)?(?:同步|相适应|相协调|相匹配)`);
const REL_GT = new RegExp(`^(.{2,30}?)(?:增长|增速)?(?:要|应|力争)?(?:高于|快于|超过|跑赢)${REL_TARGET}`);
const QUAL = /^(.{2,40}?)(?:完成|达到|控制在|实现|落实)(?:国家|省|市|州|县|区|上级|盟)?(?:级|上|里)?(?:下达|确定|规定|分解)的?(?:控制|减排|约束性)?(?:目标)?(?:任务|目标|指标)/;

/** Targets without a figure: 与经济增长同步 (relative) and 完成市下达任务 (qualitative). */
export function parseClauseNoFigure(clause: string): Measure[] {
	const out: Measure[] = [];
	const lp = LIST_PREFIX.exec(clause);
	const c = lp ? clause.slice(lp[0].length) : clause;
	const off = clause.length - c.length;
	let m = REL_EQ.exec(c) ?? REL_GT.exec(c);
	if (m) {
		const gt = !REL_EQ.test(c);
		const raw = m[1]!.replace(LEAD_FILLER, '');
		const names = expandPluralName(raw)?.map(resolveName) ?? [resolveName(raw)];
		for (const r of names) out.push(base(r, 'relative', gt ? '>' : '=', off, off + m[0].length, 'gdp'));
		return out;
	}
	m = QUAL.exec(c);
	if (m) {
		const parts = m[1]!.replace(LEAD_FILLER, '').split(/和|及|、|与/).filter((p) => p.length >= 2);
		for (const p of parts) out.push(base(resolveName(p), 'qualitative', '=', off, off + m[0].length, null));
	}
	return out;
}

function base(
	r: { name: string; indicator: string; scope: string | null },
	metric: Metric,
	comparator: Comparator,
	qStart: number,
	qEnd: number,
	relativeTo: string | null
): Measure {
	return {
		...r,
		metric,
		value: null,
		unit: null,
		comparator,
		bound: null,
		stretch: null,
		estimated: false,
		relativeTo,
		qStart,
		qEnd,
		inherited: false,
		multiYear: false
	};
}
