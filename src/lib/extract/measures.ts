/**
 * One sentence → the measured items it states (name, metric, value, comparator…).
 * Shared by targets and outcomes: the caller decides how an item is read.
 */
import { scanFigures, type Figure } from './numbers';
import { BARE_NAMES, matchIndicator, subjectOf } from './indicators';
import { expandPluralName } from './lists';
import { inRanges, periodRanges } from './period';
import {
	LEAD_FILLER,
	LIST_PREFIX,
	RUN_IN_LABEL,
	isGeneric,
	resolveName,
	stripAction,
	type Resolved
} from './names';
import { build, type Measure } from './reading';

export type { Measure } from './reading';
export { parseClauseNoFigure } from './clauses';

const VERB_TAIL =
	/(?:预计|预估|全年|年内|同比|同口径|可比口径|按可比价格?(?:计算)?|按可比口径(?:计算)?|按现价(?:计算)?|按不变价格?(?:计算)?|(?:比|较)(?:上年|去年|年初|上年末|上年同期|去年同期)(?:同期)?|同比分别|分别|年均|累计|共|实现|完成了?|达到了?|达|为|是|增长|比增|比降|增产|减产|[（(](?:以下简称|简称|下同|以下同)[^（）()]{0,10}[）)]|增速为?|增幅为?|增加|下降|减少|降低|回落|下滑|上涨|涨幅为?|提高到|提高至|提升到|提升至|提高|提升|上升|突破|超过|超|稳定在|保持在|维持在|稳定|保持|控制在|控制|不低于|不少于|不超过|不高于|低于|高于|至少|在|约|近|力争|争取|确保|实际)+$/;
/** units of housing and measures: a count of named places next to one of these summarises a list */
const MEASURE_NEIGHBOUR = /亩|米|公里|公顷|吨|套|户|间/;
/** weight, power and volume before a noun give a capacity (10万吨容糟场), not a quantity to deliver */
const CAPACITY_UNIT = /吨|千瓦|兆瓦|立方米|千伏|标准箱/;
/** the words before a completion ratio: 完成年度目标的, 为年计划的, 完成省下达目标任务的, 完成年计划710亿元的 */
const COMPLETION =
	/^(.*?)(?:(?:完成|为|达到|达|占|是|相当于)(?:全年|年度|年|年初|上级|省|市|州|县|区)*(?:下达|确定|预期)?的?(?:目标|计划|任务)(?:任务|数)?(?:\d+(?:\.\d+)?(?:万亿|亿|万)?[\u4e00-\u9fff]{0,2})?的?|(?:全年|年度|年|年初)?(?:目标|计划|任务)(?:任务|数)?(?:\d+(?:\.\d+)?(?:万亿|亿|万)?[\u4e00-\u9fff]{0,2})?的)$/;
/** totals of everything measured (工业增加值, 农作物播种面积): a catalogue indicator is one of their parts */
const WHOLE =
	/^(?:全部|全社会|全县|全区|全市)?(?:工业增加值|工业总产值|农作物(?:总)?(?:播种|种植)面积|农作物总产量)$/;
/** 粮食全年农作物播种面积 → a whole (with a run-in label before it) */
function isWhole(name: string): boolean {
	const n = name.replace(LEAD_FILLER, '');
	return WHOLE.test(n) || WHOLE.test(n.replace(RUN_IN_LABEL, '').replace(LEAD_FILLER, ''));
}
const CHANGE_ONLY = /^(?:比上年|比去年|同比|较上年)?(?:净增|净减|新增|增加|减少)了?$/;
const PLAN_GAP =
	/(?:超额完成|超过?|超出|高于|低于|差|距)(?:全年|年度|年初|年)?(?:计划|目标|任务)(?:任务|目标|数)?$/;
/** a name that is a comparison (比全省高, 高于全国平均): the figure is a gap, not a quantity */
const COMPARISON = /^(?:比|较|高于|低于|快于|慢于|超过|超出)/;
/** catalogue indicators that are themselves rates: a change in percentage points is theirs */
const PP_INDICATORS = /^(?:other|urbanization_rate|unemployment_rate)$/;
const BREAKS = /[，,；;：:。！？!?\n]/;
const NUMERIC_NAME = /^[\d.一二三四五六七八九十两百千万亿个项条家类批次届年月日余多第]*$/;

interface Group {
	names: { name: string; indicator: string; scope: string | null }[];
	next: number;
	qStart: number;
	verb: string;
	multiYear: boolean;
}

const BREAK_CODES = new Set(Array.from('，,；;：:。！？!?\n', (c) => c.charCodeAt(0)));
function lastBreak(s: string): number {
	for (let i = s.length - 1; i >= 0; i--) if (BREAK_CODES.has(s.charCodeAt(i))) return i;
	return -1;
}
const OPEN_QUOTE = /^[“《"]$/;

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
function followingNoun(
	s: string,
	from: number
): { text: string; end: number; beforeFigure: boolean } | null {
	let e = from;
	while (
		e < s.length &&
		!BREAKS.test(s.charAt(e)) &&
		s.charAt(e) !== '、' &&
		!/\d/.test(s.charAt(e))
	)
		e++;
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
	/** the names of the items of the sentence before that are not catalogue indicators (for 其中…) */
	parentsBefore?: string[];
	/** the sentence continues a 其中 list after ；(其中，第一产业…；第二产业…) */
	inSubList?: boolean;
	/** the indicator of the last item of the sentence before (其中农业总产值 after 农林牧渔业总产值) */
	parentIndicator?: string | null;
	/** the year the text reports on (2023年以来 in a review of 2023 is that year) */
	year?: number | null;
	/** the sentence continues one opened by a multi-year period (“十四五”以来…；…) */
	multiYear?: boolean;
	/** the reporting region's name at the head of a name (see placeHeadOf) */
	place?: RegExp | null;
}

export function parseSentence(s: string, opts: ParseOptions): Measure[] {
	const resolve = (name: string) => resolveName(name, opts.place ?? null);
	const all = scanFigures(s);
	const figs = all.filter((f) => !f.descriptor);
	const items: Measure[] = [];
	let prevEnd = 0;
	let group: Group | null = null;
	let lastGroupSize = 0;
	let lastVerb = '';
	/** the name of a completion ratio (…完成年计划的101%), for the figures after it */
	let carry: { r: Resolved; qStart: number } | null = null;
	/** after 其中 + a sub-part (其中乌江寨景区…), the rest of the sentence is about that part */
	let subPart = false;
	let subParents: string[] = /^\s*其中/.test(s) || opts.inSubList ? (opts.parentsBefore ?? []) : [];
	let i = 0;
	// positions found once per sentence (a test on s.slice(0, pos) per figure is quadratic)
	const est = /预计|预估/.exec(s);
	const listHead = /其中[:：]/.exec(s);
	const periods =
		figs.length === 0 ? [] : opts.multiYear ? [0, s.length] : periodRanges(s, opts.year ?? null);
	// a measured quantity that ends its clause (新增耕地2329亩, 新建住宅539套)
	const hasMeasureNeighbour = figs.some(
		(g) => MEASURE_NEIGHBOUR.test(g.unit) && (g.end >= s.length || BREAKS.test(s.charAt(g.end)))
	);
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
			inRanges(periods, f.start) ||
			/年均(?:增长|增速|递增|提高|增幅)|十四五|十三五|每年|五年来|五年间/.test(lead) ||
			/[-—至~～]\d{1,2}月|截[至止]\d{1,2}月|上半年|前三季度|第[一二三]季度|一季度/.test(lead);
		const stretchWord = /力争|争取/.exec(lead);
		// 比上年减少255.34公顷, 比去年同期增加48元: a change of a level, not the level
		if (
			!isPctUnit(f.unit) &&
			/(?:比|较|同比)[^，,；;]{0,6}(?:增加|减少|增长|下降|降低|提高|新增|净增|多|少|增|减)(?:了)?$/.test(
				lead
			)
		) {
			prevEnd = f.end;
			i++;
			continue;
		}
		// 超额完成年度任务2.1亿元, 差计划目标3.1个百分点: a gap to the plan, not a figure of the indicator;
		// …达到417亿元，净增110.8亿元 / 85.76千公顷，增加0.09千公顷: the change of the level before it
		if (
			((lead.includes('计划') || lead.includes('目标') || lead.includes('任务')) &&
				PLAN_GAP.test(lead)) ||
			(!isPctUnit(f.unit) && items.length > 0 && CHANGE_ONLY.test(lead.replace(LEAD_FILLER, '')))
		) {
			prevEnd = f.end;
			i++;
			continue;
		}
		// 完成年计划的101.2%, 为年度目标的86.7%: a completion ratio, not a figure of the indicator
		const ratio = isPctUnit(f.unit) ? COMPLETION.exec(rawName) : null;
		if (ratio) {
			const head = ratio[1]!.replace(LEAD_FILLER, '');
			const r = head && !NUMERIC_NAME.test(head) ? resolve(head) : null;
			if (r && r.indicator !== 'other') carry = { r, qStart: leadStart };
			prevEnd = f.end;
			i++;
			continue;
		}
		// 其中 after an item that is not a catalogue indicator (民营经济增加值…其中第一产业增加值)
		if (/其中/.test(leadFull) && items.length > 0 && items[items.length - 1]!.indicator === 'other')
			subParents = [items[items.length - 1]!.name];
		// quoted names (落实“21条”), 各1个, 3个5万千瓦…项目 (figures back to back)
		const adjacent = figs[i + 1]?.start === f.end || (i > 0 && figs[i - 1]!.end === f.start);
		if (OPEN_QUOTE.test(s.charAt(f.start - 1)) || /各$/.test(lead) || adjacent) {
			prevEnd = f.end;
			i++;
			continue;
		}

		// 增长8%、力争10%: the higher figure of the item before
		if (!hasName && stretchWord && items.length > 0 && (contiguous || b >= 0) && !group) {
			const last = items[items.length - 1]!;
			if (
				last.unit === f.unit &&
				last.value !== null &&
				Math.abs(f.value) > Math.abs(last.value) &&
				last.stretch === null
			) {
				last.stretch = last.value < 0 ? -f.value : f.value;
				last.qEnd = f.end;
				prevEnd = f.end;
				i++;
				continue;
			}
		}

		// a list of figures for several names (分别…, 城乡居民…)
		const run = runLength(s, figs, i);
		if (!connector || !group || group.next >= group.names.length) {
			group = null;
			let names: Resolved[] | null = null;
			const plural = hasName ? expandPluralName(nameStripped) : null;
			if (plural && run === plural.length) names = plural.map((n) => resolve(n));
			else if (!hasName && run >= 2 && (/分别/.test(lead) || run === lastGroupSize)) {
				const prevItems = items.slice(-run);
				if (prevItems.length === run)
					names = prevItems.map((p) => ({ name: p.name, indicator: p.indicator, scope: p.scope }));
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
			const eff =
				f.suffix === null && lastFig.suffix !== null ? { ...f, suffix: lastFig.suffix } : f;
			const verbG = group.verb || verb;
			const gi = build(
				eff,
				verbG,
				subPart ? { ...n, indicator: 'other' } : n,
				group.qStart,
				lastFig.end,
				true,
				multiYear || group.multiYear,
				est !== null && est.index + 2 <= f.start
			);
			gi.sub = subPart;
			items.push(gi);
			lastVerb = verbG;
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
		const leadResolved = hasName ? resolve(rawName) : null;
		if (noun && !(leadResolved && leadResolved.indicator !== 'other')) {
			// number first: 建成25个基层医保服务站
			const nextFig = figs[i + 1];
			const container = f.count && !!nextFig && nextFig.start === noun.end && nextFig.count; // 16个乡镇125个供暖单位
			const listSummary = f.count && /、|等$/.test(lead) && hasMeasureNeighbour; // 线材厂、交通局周边2个棚改项目，新建住宅539套
			const projectSize = !f.count && (/推进$|推动$/.test(lead) || CAPACITY_UNIT.test(f.unit)); // 推进100万亩国家储备林建设
			const described = /的$/.test(lead); // 支持的34个专项
			if (container || listSummary || projectSize || described) {
				prevEnd = f.end;
				i++;
				continue;
			}
			resolved = resolve(noun.text);
			if (isGeneric(resolved.name) && hasName)
				resolved = { ...resolved, name: nameStripped + resolved.name };
			qEnd = noun.end;
		} else if (hasName) {
			resolved = leadResolved!;
			// 粮食播种面积…、产量… / 旅游接待人次…、综合收入…
			const last = items[items.length - 1];
			if (last && BARE_NAMES.test(resolved.name) && resolved.indicator === 'other') {
				const subj = subjectOf(last.indicator);
				if (subj) resolved = resolve(subj + resolved.name);
			}
			// 其中乌江寨景区接待游客…: a part scoped down from a catalogue indicator takes the rest of the
			// sentence with it (其中城镇人口…, a quantity of its own, does not)
			if (/^其中/.test(lead) && resolved.indicator === 'other' && endsWithIndicator(resolved.name))
				subPart = true;
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
		} else if (carry && !f.count) {
			// 一般公共预算收入完成年计划的101.2%，增长6.7%
			resolved = carry.r;
			qStart = carry.qStart;
			inherited = true;
		} else if (items.length > 0 && (contiguous || b >= 0) && !f.count) {
			const last = items[items.length - 1]!;
			resolved = { name: last.name, indicator: last.indicator, scope: last.scope };
			qStart = last.qStart;
			inherited = true;
		} else if (items.length === 0 && b >= 0 && !f.count) {
			// 地区生产总值突破千亿元，达1082亿元: the indicator named in the clause before, whose threshold is in words
			const before = s.slice(0, leadStart).replace(/[，,、]$/, '');
			const pc = before.slice(lastBreak(before) + 1);
			const th = /^(.{2,30}?)(?:突破|超过|跨越|迈上|跃上|站上)/.exec(pc);
			if (th && !/\d/.test(pc)) {
				const r = resolve(th[1]!.replace(LEAD_FILLER, ''));
				if (r.indicator !== 'other') {
					resolved = r;
					qStart = before.length - pc.length;
					inherited = true;
				}
			}
		}
		if (!resolved) {
			prevEnd = f.end;
			i++;
			continue;
		}
		// a part of a non-catalogue total measured the same way (…增加值 → 其中…增加值) is not the catalogue total
		// (工业增加值…其中规模以上工业增加值, 农作物播种面积…其中粮食作物播种面积: the catalogue indicator
		// is itself the part named, of a total of everything)
		if (
			resolved.indicator !== 'other' &&
			subParents.some((p) => p.slice(-3) === resolved!.name.slice(-3) && !isWhole(p))
		)
			subPart = true;
		// 农林牧渔业总产值…，其中农业总产值…: a part coded like its whole is not the whole
		// (a part of another scope, 其中规上工业产值, is an indicator of its own)
		if (
			resolved.indicator !== 'other' &&
			!inherited &&
			resolved.scope === null &&
			/其中/.test(leadFull)
		) {
			const code = resolved.indicator;
			if (
				items.some((p) => p.indicator === code && p.scope === null) ||
				(items.length === 0 && opts.parentIndicator === code)
			)
				subPart = true;
		}
		if (subPart) resolved = { ...resolved, indicator: 'other' };
		// 增速比上年回落1.2个百分点, 比全省高2.3个百分点: a change of a growth rate, not of the indicator
		if (
			(f.unit === 'pp' && !PP_INDICATORS.test(resolved.indicator)) ||
			(resolved.indicator === 'other' && COMPARISON.test(resolved.name))
		) {
			prevEnd = f.end;
			i++;
			continue;
		}
		// 增长5.5%、7%: a figure joined to the one before by 、/和 takes its verb
		const verbI = inherited && connector && !verb ? lastVerb : verb;
		const item = build(
			f,
			verbI,
			resolved,
			qStart,
			qEnd,
			inherited,
			multiYear,
			est !== null && est.index + 2 <= f.start
		);
		lastVerb = verbI;
		item.sub =
			subPart || /^其中/.test(lead) || (listHead !== null && listHead.index + 3 <= f.start);
		items.push(item);
		carry = null;
		prevEnd = Math.max(f.end, qEnd);
		i++;
	}
	// 地区生产总值突破400亿元大关，达到417亿元: the threshold gives way to the figure
	const kept = items.filter(
		(m, k) =>
			!(
				m.metric === 'level' &&
				m.comparator === '>' &&
				items.some(
					(n, j) =>
						j > k &&
						n.indicator === m.indicator &&
						n.name === m.name &&
						n.metric === 'level' &&
						n.comparator === '=' &&
						n.unit === m.unit
				)
			)
	);
	return opts.keepOther ? kept : kept.filter((m) => m.indicator !== 'other');
}

/** 乌江寨景区接待游客 → true: the name ends with a catalogue indicator. */
function endsWithIndicator(name: string): boolean {
	for (let k = 1; k <= name.length - 2; k++) if (matchIndicator(name.slice(k))) return true;
	return false;
}

function isPctUnit(u: string): boolean {
	return u === '%' || u === 'pp' || u === '‰';
}
