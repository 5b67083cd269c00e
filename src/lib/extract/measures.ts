/**
 * One sentence → the measured items it states (name, metric, value, comparator…).
 * Shared by targets and outcomes: the caller decides how an item is read.
 */
import { charTable } from './chars';
import { scanFigures, type Figure } from './numbers';
import { BARE_NAMES, matchIndicator, subjectOf } from './indicators';
import { expandPluralName } from './lists';
import { inRanges, periodRanges } from './period';
import {
	LEAD_FILLER,
	LIST_PREFIX,
	RUN_IN_LABEL,
	isGeneric,
	opensOrClosesWith,
	resolveName,
	stripAction,
	type Resolved
} from './names';
import { build, type Measure } from './reading';

export type { Measure } from './reading';
export { parseClauseNoFigure } from './clauses';

const VERB_TAIL =
	/(?:预计|预估|全年|年内|同比|同口径|可比口径|按可比价格?(?:计算)?|按可比口径(?:计算)?|按现价(?:计算)?|按不变价格?(?:计算)?|按(?=增长|增速)|继续|可比(?=增长)|首次|再次|(?:从|由)(?:上半年|年初|上年末|去年|上年|一季度|前三季度)?的?|增至|升至|降至|降到|(?:增加|增长|扩大|下降|减少|上升|降低)(?:到|至)|(?:比|较)(?:上年|去年|年初|上年末|上年同期|去年同期)(?:同期)?|(?:比|较)(?:“?十[一二三四五六]五”?|(?:19|20)\d{2}年)(?:末|底)?|同比分别|分别|年均|累计|共|实现|完成了?|达到了?|达|为|是|增长|比增|比降|增产|减产|[（(](?:以下简称|简称|下同|以下同)[^（）()]{0,10}[）)]|增速为?|增幅为?|增加|下降|减少|降低|回落|下滑|上涨|涨幅为?|提高到|提高至|提升到|提升至|提高|提升|上升|突破|超过|超|稳定在|保持在|维持在|稳定|保持|控制在|控制|不低于|不少于|不超过|不高于|低于|高于|至少|在|约|近|力争|争取|确保|实际)+$/;
/** the name of something measured in money or a rate (收入, 增加值, 投资…) */
const MEASURED_NAME = /(?:收入|总值|增加值|产值|投资|总额|零售额|余额|收益|利润|税收|能耗)$/;
/** the start of a change (从, 由, 从上半年的) */
const FROM_START = /(?:从|由)(?:上半年|年初|上年末|去年|上年|一季度|前三季度)?的?$/;
/** a sector heading its sentence (服务业支撑力持续增强，…) */
const SECTOR_HEAD =
	/^[^，,。；;]{0,4}?(服务业|第[一二三]产业|规模以上工业|规上工业)[^，,。；;]{0,12}[，,]/;
/** the words before a ratio to a wider region (为全国平均的, 相当于全省的) */
const RATIO_TO_REGION = /(?:为|是|相当于|达到|占)(?:全国|全省|全市|全区)(?:平均)?(?:水平)?的$/;
/** a change after a figure (…44.45亿元增长到103.75亿元) */
const CHANGE_AFTER = /^(?:增长|增加|提高|提升|下降|减少|降低|降至|增至|上升)/;
/** a level passed on the way (…台阶, …大关) */
const MILESTONE = /^[\u4e00-\u9fff]{0,4}(?:台阶|大关|关口)$/;
const MILESTONE_LEAD =
	/^(.*?)(?:连续|接连|先后|相继|一举)?(?:迈上|跨上|跃上|站上|跨越|跨过|越过|登上|突破)$/;
const DATE_TAIL = /((?:19|20)\d{2})年(?:底|末)?的?$/;
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

const BREAK_CODES = charTable('，,；;：:。！？!?\n');
const ENUMERATION_COMMA = '、'.charCodeAt(0);
function lastBreak(s: string): number {
	for (let i = s.length - 1; i >= 0; i--) if (BREAK_CODES[s.charCodeAt(i)] === 1) return i;
	return -1;
}
const OPEN_QUOTE = /^[“《"]$/;

/** Count the figures from i on that follow each other with only 、/和 between them. */
function runLength(s: string, figs: Figure[], i: number): number {
	let k = 1;
	while (i + k < figs.length) {
		const between = s.slice(figs[i + k - 1]!.end, figs[i + k]!.start);
		if (!/^[ \t]*(?:、|和|与|及|以及)[ \t]*$/.test(between)) break;
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
	for (; e < s.length; e++) {
		const c = s.charCodeAt(e);
		if (BREAK_CODES[c] === 1 || c === ENUMERATION_COMMA || (c >= 48 && c <= 57)) break;
	}
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
	/** names already resolved in this text (names recur; each text has its own) */
	names?: Map<string, Resolved>;
}

/** What the reading of one sentence carries from one figure to the next. */
interface SentenceState {
	s: string;
	figs: Figure[];
	opts: ParseOptions;
	resolve: (name: string) => Resolved;
	items: Measure[];
	/** the end of the last figure read */
	prevEnd: number;
	/** the names of a list of figures being read (分别…) */
	group: Group | null;
	lastGroupSize: number;
	lastVerb: string;
	/** the name of a completion ratio (…完成年计划的101%), for the figures after it */
	carry: { r: Resolved; qStart: number } | null;
	/** after 其中 + a sub-part (其中乌江寨景区…), the rest of the sentence is about that part */
	subPart: boolean;
	subParents: string[];
	/** where 预计 / 其中： stand, and the ranges a period other than the year covers */
	est: number;
	listHead: number;
	periods: number[];
	/** a measured quantity that ends its clause (新增耕地2329亩, 新建住宅539套) */
	hasMeasureNeighbour: boolean;
	/** the end of the words read with the last figure (the 台阶 of 迈上4个万亿元台阶) */
	consumed: number;
	/** figures before this position are read with one before them (…分别约为全国平均的70%、60%) */
	skipTo: number;
}

/** The words before a figure, back to the last break: its name, its verb, what qualifies it. */
interface Lead {
	/** everything since the figure before */
	full: string;
	/** the break in `full` (-1: none, the figure follows the one before in one clause) */
	b: number;
	start: number;
	text: string;
	contiguous: boolean;
	/** joined to the figure before by 、/和 */
	connector: boolean;
	verb: string;
	rawName: string;
	/** the name without filler words */
	name: string;
	hasName: boolean;
	multiYear: boolean;
	stretchWord: boolean;
	/** the year written right before the figure (由2015年的…), or null */
	dated: number | null;
	/** the figure opens a change from one level to another (从7248亿元提高到8865亿元) */
	fromStart: boolean;
}

export function parseSentence(s: string, opts: ParseOptions): Measure[] {
	const figs = scanFigures(s).filter((f) => !f.descriptor);
	// (most sentences state no figure: nothing to read)
	if (figs.length === 0) return [];
	const st = startSentence(s, figs, opts);
	for (let i = 0; i < st.figs.length; i++) {
		const f = st.figs[i]!;
		const lead = leadOf(st, f);
		if (f.start < st.skipTo || notAFigureOfItsOwn(st, f, i, lead) || takeStretch(st, f, lead)) {
			st.prevEnd = f.end;
			continue;
		}
		const grouped = fromGroup(st, f, i, lead) ?? sharedFigure(st, f, lead);
		if (grouped) {
			st.items.push(...grouped);
			st.prevEnd = f.end;
			continue;
		}
		const item = fromName(st, f, i, lead);
		if (item) st.items.push(item);
		st.prevEnd = Math.max(item ? item.qEnd : 0, f.end, st.consumed);
	}
	const kept = dropThresholds(st.items);
	return opts.keepOther ? kept : kept.filter((m) => m.indicator !== 'other');
}

function startSentence(s: string, figs: Figure[], opts: ParseOptions): SentenceState {
	const inList = /^\s*其中/.test(s) || opts.inSubList;
	return {
		s,
		figs,
		opts,
		resolve: opts.names
			? cachedResolve(opts.names, opts.place ?? null)
			: (name) => resolveName(name, opts.place ?? null),
		items: [],
		prevEnd: 0,
		group: null,
		lastGroupSize: 0,
		lastVerb: '',
		carry: null,
		subPart: false,
		subParents: inList ? (opts.parentsBefore ?? []) : [],
		// positions found once per sentence (a test on s.slice(0, pos) per figure is quadratic)
		est: s.search(/预计|预估/),
		listHead: s.search(/其中[:：]/),
		periods: opts.multiYear ? [0, s.length] : periodRanges(s, opts.year ?? null),
		consumed: 0,
		skipTo: 0,
		hasMeasureNeighbour: figs.some(
			(g) => MEASURE_NEIGHBOUR.test(g.unit) && (g.end >= s.length || BREAKS.test(s.charAt(g.end)))
		)
	};
}

function cachedResolve(names: Map<string, Resolved>, place: RegExp | null) {
	return (name: string): Resolved => {
		let r = names.get(name);
		if (!r) names.set(name, (r = resolveName(name, place)));
		return r;
	};
}

/** 预计 before the figure (a position found once per sentence). */
const estimatedAt = (st: SentenceState, f: Figure) => st.est >= 0 && st.est + 2 <= f.start;

function leadOf(st: SentenceState, f: Figure): Lead {
	const { s } = st;
	const full = s.slice(st.prevEnd, f.start);
	const b = lastBreak(full);
	let start = st.prevEnd + b + 1;
	let text = s.slice(start, f.start);
	const contiguous = b < 0 && st.items.length > 0 && st.prevEnd > 0;
	let connector = false;
	const cm = contiguous ? CONNECTOR.exec(text) : null;
	if (cm) {
		connector = true;
		text = text.slice(cm[0].length);
		start += cm[0].length;
	}
	const lp = LIST_PREFIX.exec(text);
	if (lp) {
		text = text.slice(lp[0].length);
		start += lp[0].length;
	}
	// a date that qualifies the figure (由2015年的812亿元, 增加到2020年的1105亿元)
	const date = lastCharIn(text, '年底末的') ? DATE_TAIL.exec(text) : null;
	const core = date ? text.slice(0, date.index) : text;
	const tail = VERB_TAIL.exec(core);
	// 一般公共预算收入在去年市核任务（5.55亿元）的基础上增长8.1%: the base named is not the name
	const bare = (tail ? core.slice(0, tail.index) : core).replace(/^[\s、,，]+/, '');
	const rawName = bare.includes('基础上') ? bare.replace(ON_THE_BASIS, '') : bare;
	const name = withoutQuotes(rawName.replace(LEAD_FILLER, ''));
	return {
		full,
		b,
		start,
		text,
		contiguous,
		connector,
		verb: tail ? tail[0] : '',
		rawName,
		name,
		hasName: name.length > 0 && !NUMERIC_NAME.test(name),
		multiYear:
			inRanges(st.periods, f.start) ||
			(mayNameAPeriod(text) && OTHER_PERIOD.test(text)) ||
			sinceEarlierYear(text, st.opts.year ?? null),
		stretchWord: text.includes('力争') || text.includes('争取'),
		dated: date ? +date[1]! : null,
		fromStart: lastCharIn(core, '从由年初末度的') && FROM_START.test(core)
	};
}

/** 、/和 joining a figure to the one before */
const CONNECTOR = /^[ \t]*(?:、|和|与|及|以及)[ \t]*/;
/** 在去年市核任务（5.55亿元）的基础上 */
const ON_THE_BASIS = /(?<=.{2})在[^，,。；;]{0,30}?的?基础上$/;

/** The last character of `s` is one of `chars`: what a pattern anchored at the end needs to match. */
function lastCharIn(s: string, chars: string): boolean {
	return s.length > 0 && chars.includes(s.charAt(s.length - 1));
}

/** The name without the quotes that open and close it. */
function withoutQuotes(name: string): string {
	return opensOrClosesWith(name, '“”"') ? name.replace(/^[“"]+|[”"]+$/g, '') : name;
}

/**
 * The words of a figure of a period other than the year: averages and plan periods (年均增长,
 * 十四五, 每年), changes over several years (3年累计增长), parts of the year (1-11月, 上半年).
 * One pattern, tested once a figure.
 */
const OTHER_PERIOD = new RegExp(
	[
		/年均(?:分别)?(?:增长|增速|递增|提高|增幅)|十四五|十三五|每年|五年来|五年间|比“?十[一二三四五六]五”?末/,
		/(?:(?<!\d)[2-9]|[两二三四五六七八九十])年(?:来|间|内)?(?:累计|共|分别)?(?:增长|提高|提升|增加|下降|减少|降低)/,
		/[-—至~～]\d{1,2}月|截[至止]\d{1,2}月|上半年|前三季度|第[一二三]季度|一季度/
	]
		.map((re) => re.source)
		.join('|')
);

/** Every word of OTHER_PERIOD has one of 年五月季: most leads have none, and skip the pattern. */
function mayNameAPeriod(text: string): boolean {
	return text.includes('年') || text.includes('五') || text.includes('月') || text.includes('季');
}

/** 比2015年增长40% in a review of 2020: a change over several years */
function sinceEarlierYear(text: string, year: number | null): boolean {
	if (year === null || !text.includes('年')) return false;
	const m = /(?:比|较)((?:19|20)\d{2})年/.exec(text);
	return m !== null && +m[1]! < year - 1;
}

/**
 * Figures that state no figure of an indicator of their own: a change of a level, a gap to the
 * plan, a completion ratio (whose name is carried to the figures after it), quoted names.
 */
function notAFigureOfItsOwn(st: SentenceState, f: Figure, i: number, lead: Lead): boolean {
	const { s, figs, items } = st;
	// 比上年减少255.34公顷, 比去年同期增加48元: a change of a level, not the level
	if (
		!isPctUnit(f.unit) &&
		/(?:比|较|同比)[^，,；;]{0,6}(?:增加|减少|增长|下降|降低|提高|新增|净增|多|少|增|减)(?:了)?$/.test(
			lead.text
		)
	)
		return true;
	// 超额完成年度任务2.1亿元, 差计划目标3.1个百分点: a gap to the plan, not a figure of the indicator;
	// …达到417亿元，净增110.8亿元 / 85.76千公顷，增加0.09千公顷: the change of the level before it
	if (
		((lead.text.includes('计划') || lead.text.includes('目标') || lead.text.includes('任务')) &&
			PLAN_GAP.test(lead.text)) ||
		(!isPctUnit(f.unit) && items.length > 0 && CHANGE_ONLY.test(lead.text.replace(LEAD_FILLER, '')))
	)
		return true;
	// 约为全国平均的70%、60%: a ratio to a wider region, with the figures joined to it
	if (isPctUnit(f.unit) && RATIO_TO_REGION.test(lead.text)) {
		st.skipTo = figs[i + runLength(s, figs, i) - 1]!.end;
		return true;
	}
	// 完成年计划的101.2%, 为年度目标的86.7%: a completion ratio, not a figure of the indicator
	const ratio = isPctUnit(f.unit) ? COMPLETION.exec(lead.rawName) : null;
	if (ratio) {
		const head = ratio[1]!.replace(LEAD_FILLER, '');
		const r = head && !NUMERIC_NAME.test(head) ? st.resolve(head) : null;
		if (r && r.indicator !== 'other') st.carry = { r, qStart: lead.start };
		return true;
	}
	// 其中 after an item that is not a catalogue indicator (民营经济增加值…其中第一产业增加值)
	if (/其中/.test(lead.full) && items.length > 0 && items[items.length - 1]!.indicator === 'other')
		st.subParents = [items[items.length - 1]!.name];
	// quoted names (落实“21条”), 各1个, 3个5万千瓦…项目 (figures back to back)
	const adjacent = figs[i + 1]?.start === f.end || (i > 0 && figs[i - 1]!.end === f.start);
	return OPEN_QUOTE.test(s.charAt(f.start - 1)) || /各$/.test(lead.text) || adjacent;
}

/** 增长8%、力争10%: the higher figure of the item before, as its stretch. */
function takeStretch(st: SentenceState, f: Figure, lead: Lead): boolean {
	const { items } = st;
	if (lead.hasName || !lead.stretchWord || items.length === 0 || st.group) return false;
	if (!lead.contiguous && lead.b < 0) return false;
	const last = items[items.length - 1]!;
	if (
		last.unit !== f.unit ||
		last.value === null ||
		Math.abs(f.value) <= Math.abs(last.value) ||
		last.stretch !== null
	)
		return false;
	last.stretch = last.value < 0 ? -f.value : f.value;
	last.qEnd = f.end;
	return true;
}

/** A list of figures for several names (城乡居民…分别增长8%和10%, …分别为X、Y): the next name's item. */
function fromGroup(st: SentenceState, f: Figure, i: number, lead: Lead): Measure[] | null {
	const { s, figs, items } = st;
	const run = runLength(s, figs, i);
	if (!lead.connector || !st.group || st.group.next >= st.group.names.length) {
		st.group = null;
		let names: Resolved[] | null = null;
		// (a plural names two or more: a figure on its own is read under no plural)
		const plural = lead.hasName && run >= 2 ? expandPluralName(lead.name) : null;
		if (plural && run === plural.length) names = plural.map((n) => st.resolve(n));
		else if (!lead.hasName && run >= 2 && (/分别/.test(lead.text) || run === st.lastGroupSize)) {
			const prevItems = items.slice(-run);
			if (prevItems.length === run)
				names = prevItems.map((p) => ({ name: p.name, indicator: p.indicator, scope: p.scope }));
		}
		if (names) {
			const qs = lead.hasName ? lead.start : items[items.length - run]!.qStart;
			st.group = { names, next: 0, qStart: qs, verb: lead.verb, multiYear: lead.multiYear };
			st.lastGroupSize = names.length;
		}
	}
	const group = st.group;
	if (!group || group.next >= group.names.length) return null;
	const n = group.names[group.next++]!;
	const first = i - (group.next - 1);
	const lastFig = figs[first + group.names.length - 1] ?? f;
	const eff = f.suffix === null && lastFig.suffix !== null ? { ...f, suffix: lastFig.suffix } : f;
	const verb = group.verb || lead.verb;
	const item = build(
		eff,
		verb,
		st.subPart ? { ...n, indicator: 'other' } : n,
		group.qStart,
		lastFig.end,
		true,
		lead.multiYear || group.multiYear,
		estimatedAt(st, f)
	);
	item.sub = st.subPart;
	if (lead.dated !== null) item.dated = lead.dated;
	st.lastVerb = verb;
	return [item];
}

/**
 * 城乡居民人均可支配收入分别增长8.5%左右: 分别 with one figure for the names of a plural: the
 * figure of each (without 分别, 城乡居民… with one figure is the all-residents figure).
 */
function sharedFigure(st: SentenceState, f: Figure, lead: Lead): Measure[] | null {
	// (…分别增长8.5%, or a list of names with one figure: 全部财政收入和一般预算收入增长17%以上)
	if (!lead.hasName || runLength(st.s, st.figs, st.figs.indexOf(f)) !== 1) return null;
	const respectively = /分别/.test(lead.text);
	if (!respectively && !(isPctUnit(f.unit) && /[和及与、]/.test(lead.name))) return null;
	const plural = expandPluralName(lead.name);
	if (!plural || plural.length < 2) return null;
	// (without 分别, only a list of measured indicators, one of the catalogue: not 甲、乙等200个项目)
	if (
		!respectively &&
		(!plural.every((n) => MEASURED_NAME.test(n)) ||
			!plural.some((n) => st.resolve(n).indicator !== 'other'))
	)
		return null;
	return plural.map((n) => {
		const item = build(
			f,
			lead.verb,
			st.resolve(n),
			lead.start,
			f.end,
			true,
			lead.multiYear,
			estimatedAt(st, f)
		);
		item.guesses.push('几项指标只有一个数，各项取同一数');
		return item;
	});
}

/** The name a figure is read under, with where its quote starts and ends, or null. */
interface Named {
	r: Resolved;
	qStart: number;
	qEnd: number;
	/** carried from an item before (the figure itself names nothing) */
	inherited: boolean;
	/** the verb the figure is read with, when not the one before it (迈上…台阶 reads as 突破) */
	verb?: string;
}

/**
 * The name of a figure: the noun after it (建成25个基层医保服务站), the words before it, the
 * name of a completion ratio before it, the item before it, or an indicator whose threshold the
 * clause before states in words (地区生产总值突破千亿元，达1082亿元).
 */
function nameOf(st: SentenceState, f: Figure, i: number, lead: Lead): Named | null {
	const { s, figs, items } = st;
	const isPct = f.unit === '%' || f.unit === 'pp' || f.unit === '‰';
	const noun = !isPct && !f.chineseNumeral ? followingNoun(s, f.end) : null;
	const leadResolved = lead.hasName ? st.resolve(lead.rawName) : null;
	// 地区生产总值连续迈上4个万亿元台阶、达14.2万亿元: a milestone passed; the indicator goes on to
	// the figure after it
	// (外贸进出口突破5000亿元大关 with no figure after it: the level passed, a lower bound)
	if (noun && MILESTONE.test(noun.text)) {
		const m = MILESTONE_LEAD.exec(lead.text);
		const r = m && m[1] ? st.resolve(m[1].replace(LEAD_FILLER, '')) : null;
		st.consumed = noun.end;
		if (!r || r.indicator === 'other') return null;
		if (!f.count) return { r, qStart: lead.start, qEnd: noun.end, inherited: false, verb: '突破' };
		st.carry = { r, qStart: lead.start };
		return null;
	}
	// (居民储蓄存款余额由2012年的44.45亿元增长到…: a verb after the figure names nothing)
	if (
		noun &&
		!CHANGE_AFTER.test(noun.text) &&
		!(leadResolved && leadResolved.indicator !== 'other')
	) {
		// number first: 建成25个基层医保服务站
		const nextFig = figs[i + 1];
		const container = f.count && !!nextFig && nextFig.start === noun.end && nextFig.count; // 16个乡镇125个供暖单位
		const listSummary = f.count && /、|等$/.test(lead.text) && st.hasMeasureNeighbour; // 线材厂、交通局周边2个棚改项目，新建住宅539套
		const projectSize = !f.count && (/推进$|推动$/.test(lead.text) || CAPACITY_UNIT.test(f.unit)); // 推进100万亩国家储备林建设
		const described = /的$/.test(lead.text) && lead.dated === null; // 支持的34个专项
		if (container || listSummary || projectSize || described) return null;
		let r = st.resolve(noun.text);
		if (isGeneric(r.name) && lead.hasName) r = { ...r, name: lead.name + r.name };
		return { r, qStart: lead.start, qEnd: noun.end, inherited: false };
	}
	if (lead.hasName) {
		let r = leadResolved!;
		// 粮食播种面积…、产量… / 旅游接待人次…、综合收入…
		const last = items[items.length - 1];
		if (last && BARE_NAMES.test(r.name) && r.indicator === 'other') {
			const subj = subjectOf(last.indicator);
			if (subj) r = st.resolve(subj + r.name);
		}
		if (last && r.indicator === 'other') {
			// 外贸进出口增长8.4%，总额突破8000亿元: the total of the indicator before
			if (/^(?:总额|总量|总值|规模)$/.test(r.name) && last.indicator !== 'other')
				r = { name: last.name, indicator: last.indicator, scope: last.scope };
			// 规模以上工业企业达7.6万家、增加值增长3%: the value added of what the item before counts
			// (服务业支撑力持续增强，新增入统服务业企业1家…，预计完成增加值72.3亿元: the sector the
			// sentence opens with)
			else if (r.name === '增加值') {
				const whole = st.resolve(last.name + r.name);
				const sector = SECTOR_HEAD.exec(s);
				if (whole.indicator !== 'other') r = whole;
				else if (sector) r = st.resolve(sector[1] + r.name);
			}
		}
		// 烤烟收购8.7万担，完成税收3676.9万元: a bare 税收 after something else is that thing's
		if (last && last.indicator === 'other' && r.indicator === 'tax_revenue' && r.name === '税收')
			r = { ...r, indicator: 'other' };
		// 其中乌江寨景区接待游客…: a part scoped down from a catalogue indicator takes the rest of the
		// sentence with it (其中城镇人口…, a quantity of its own, does not)
		if (/^其中/.test(lead.text) && r.indicator === 'other' && endsWithIndicator(r.name))
			st.subPart = true;
		if (r.indicator === 'other' && isGeneric(r.name)) {
			// 谋划项目240个，总投资不少于330亿元 / 开工建设X项目，年内完成投资1.25亿元
			const prevClause = s.slice(0, lead.start).replace(/[，,；;：:]$/, '');
			const pc = prevClause.slice(lastBreak(prevClause) + 1).replace(LEAD_FILLER, '');
			const nextClause = s.slice(f.end).replace(/^[，,]/, '');
			const nc = nextClause.slice(0, Math.max(0, nextClause.search(BREAKS)) || nextClause.length);
			const ctx = last ? last.name : pc && !/\d/.test(pc) ? pc : nc && !/\d/.test(nc) ? nc : '';
			if (ctx) r = { ...r, name: stripAction(ctx) + r.name };
		}
		return { r, qStart: lead.start, qEnd: f.end, inherited: false };
	}
	if (st.carry && !f.count) {
		// 一般公共预算收入完成年计划的101.2%，增长6.7%
		return { r: st.carry.r, qStart: st.carry.qStart, qEnd: f.end, inherited: true };
	}
	if (items.length > 0 && (lead.contiguous || lead.b >= 0) && !f.count) {
		const last = items[items.length - 1]!;
		const r = { name: last.name, indicator: last.indicator, scope: last.scope };
		return { r, qStart: last.qStart, qEnd: f.end, inherited: true };
	}
	if (items.length === 0 && lead.b >= 0 && !f.count) {
		// 地区生产总值突破千亿元，达1082亿元: the indicator named in the clause before, whose threshold is in words
		const before = s.slice(0, lead.start).replace(/[，,、]$/, '');
		const pc = before.slice(lastBreak(before) + 1);
		const th = /^(.{2,30}?)(?:突破|超过|跨越|迈上|跃上|站上)/.exec(pc);
		if (th && !/\d/.test(pc)) {
			const r = st.resolve(th[1]!.replace(LEAD_FILLER, ''));
			if (r.indicator !== 'other')
				return { r, qStart: before.length - pc.length, qEnd: f.end, inherited: true };
		}
	}
	return null;
}

/**
 * A part of a whole named before it (其中…) is not the whole: a part of a non-catalogue total
 * measured the same way (…增加值 → 其中…增加值), or a part coded like its whole (农林牧渔业总产值…，
 * 其中农业总产值…). From such a part on, the sentence is about parts.
 */
function markSubPart(st: SentenceState, named: Named, lead: Lead, f: Figure): void {
	const { r } = named;
	if (r.indicator === 'other') return;
	// (工业增加值…其中规模以上工业增加值, 农作物播种面积…其中粮食作物播种面积: the catalogue indicator
	// is itself the part named, of a total of everything)
	if (st.subParents.some((p) => p.slice(-3) === r.name.slice(-3) && !isWhole(p))) st.subPart = true;
	// (a part of another scope, 其中规上工业产值, is an indicator of its own)
	if (!named.inherited && r.scope === null && /其中/.test(lead.full)) {
		if (
			// (of the same kind: 城乡居民收入分别增长…，其中农村居民收入达到20793元 is a detail, not a part)
			st.items.some(
				(p) =>
					p.indicator === r.indicator &&
					p.scope === null &&
					(p.metric === 'level') === !isPctUnit(f.unit)
			) ||
			(st.items.length === 0 && st.opts.parentIndicator === r.indicator)
		)
			st.subPart = true;
	}
}

/** The item of a figure read under its own name (or one carried to it), or null. */
function fromName(st: SentenceState, f: Figure, i: number, lead: Lead): Measure | null {
	const named = nameOf(st, f, i, lead);
	if (!named) return null;
	markSubPart(st, named, lead, f);
	const resolved = st.subPart ? { ...named.r, indicator: 'other' } : named.r;
	// 增速比上年回落1.2个百分点, 比全省高2.3个百分点: a change of a growth rate, not of the indicator
	if (
		(f.unit === 'pp' && !PP_INDICATORS.test(resolved.indicator)) ||
		(resolved.indicator === 'other' && COMPARISON.test(resolved.name))
	)
		return null;
	// 增长5.5%、7%: a figure joined to the one before by 、/和 takes its verb
	const verb =
		named.verb ?? (named.inherited && lead.connector && !lead.verb ? st.lastVerb : lead.verb);
	const item = build(
		f,
		verb,
		resolved,
		named.qStart,
		named.qEnd,
		named.inherited,
		lead.multiYear,
		estimatedAt(st, f)
	);
	st.lastVerb = verb;
	if (lead.dated !== null) item.dated = lead.dated;
	if (lead.fromStart) item.fromStart = true;
	item.sub =
		st.subPart || /^其中/.test(lead.text) || (st.listHead >= 0 && st.listHead + 3 <= f.start);
	st.carry = null;
	return item;
}

/** 地区生产总值突破400亿元大关，达到417亿元: the threshold gives way to the figure. */
function dropThresholds(items: Measure[]): Measure[] {
	return items.filter(
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
						n.comparator === '='
				)
			)
	);
}

/** 乌江寨景区接待游客 → true: the name ends with a catalogue indicator. */
function endsWithIndicator(name: string): boolean {
	for (let k = 1; k <= name.length - 2; k++) if (matchIndicator(name.slice(k))) return true;
	return false;
}

function isPctUnit(u: string): boolean {
	return u === '%' || u === 'pp' || u === '‰';
}
