/** How a figure reads: its metric (growth, level, rate, change_pp), comparator, bound and unit. */
import type { Comparator, Metric } from './types';
import type { Figure } from './numbers';
import type { Resolved } from './names';

/** One measured item of a sentence. */
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
	sub: boolean;
	/** the year written before the figure (由2015年的812亿元), when it is not the text's */
	dated?: number;
	/** the level a change starts from (从7248亿元提高到…) */
	fromStart?: boolean;
	/** notes for the editor on what the reading took for granted (see Guesses) */
	guesses: string[];
	/** quote offsets in the whole text, once the item is located (0 until then) */
	start: number;
	end: number;
}

/** 比增/比降: 比上年增长/下降 */
const GROWTH_VERB =
	/(增长|增速|增幅|上涨|涨幅|下降|减少|降低|回落|下滑|提高|提升|增加|增产|减产|比增|比降)/;
const NEGATIVE_VERB = /(下降|减少|降低|回落|下滑|减产|比降)/;
const TO_LEVEL = /(提高|提升|增加|上升)(到|至)/;
/** catalogue indicators whose level is a percentage */
const RATE_INDICATORS = /^(?:urbanization_rate|unemployment_rate)$/;

/** `s` ends with one of `words` (a test of the end only: an end-anchored pattern tries every position). */
function endsWithOneOf(s: string, words: string[]): boolean {
	if (s.length === 0) return false;
	const last = s.charCodeAt(s.length - 1);
	for (const w of words) if (w.charCodeAt(w.length - 1) === last && s.endsWith(w)) return true;
	return false;
}
const AT_LEAST = ['不低于', '不少于', '至少'];
const AT_MOST = ['不超过', '不高于', '控制在', '控制', '低于'];
const ABOVE = ['高于', '超过', '超', '突破'];
const PASSED = ['迈上', '跨上', '跃上', '站上', '跨越', '跨过'];
/** names of a growth (增长率, 增速…) and of an amount of money (收入, 投资…) */
const GROWTH_NAMES = ['增长', '增长率', '增速', '增幅', '涨幅'];
const MONEY_NAMES = ['收入', '资金', '投资', '产值', '总额', '额', '值'];

/** The 以上/以内… reading of a figure and the words before it. */
function comparatorOf(f: Figure, verb: string): Comparator {
	// 增长4.5%—5%: at least the lower figure, the upper one as a stretch
	if (f.upper !== undefined) return '>=';
	if (f.suffix === '以上') return '>=';
	if (f.suffix === '以下' || f.suffix === '以内') return '<=';
	if (f.suffix === '左右' || f.suffix === '上下') return '~';
	if (endsWithOneOf(verb, AT_LEAST)) return '>=';
	if (endsWithOneOf(verb, AT_MOST)) return '<=';
	if (endsWithOneOf(verb, ABOVE)) return '>';
	if (endsWithOneOf(verb, PASSED)) return '>=';
	if (f.approx) return '>=';
	return '=';
}

function boundOf(f: Figure, verb: string): '<=' | '>=' | null {
	if (f.suffix === '以上') return '>=';
	if (f.suffix === '以下' || f.suffix === '以内') return '<=';
	if (endsWithOneOf(verb, AT_MOST)) return '<=';
	if (endsWithOneOf(verb, AT_LEAST) || endsWithOneOf(verb, ABOVE) || endsWithOneOf(verb, PASSED))
		return '>=';
	if (f.approx) return '>=';
	return null;
}

function flip(c: Comparator): Comparator {
	return c === '>=' || c === '>' ? '<=' : c === '<=' ? '>=' : c;
}

function metricOf(
	f: Figure,
	verb: string,
	name: string,
	indicator: string
): { metric: Metric; negate: boolean } {
	if (f.unit === 'pp') return { metric: 'change_pp', negate: NEGATIVE_VERB.test(verb) };
	if (f.unit === '%' || f.unit === '‰') {
		if (TO_LEVEL.test(verb) || RATE_INDICATORS.test(indicator))
			return { metric: 'rate', negate: false };
		// 人口自然增长率7‰: a rate of its own, not the growth of something
		if (name.endsWith('自然增长率')) return { metric: 'rate', negate: false };
		if (GROWTH_VERB.test(verb)) return { metric: 'growth', negate: NEGATIVE_VERB.test(verb) };
		if (endsWithOneOf(name, GROWTH_NAMES)) return { metric: 'growth', negate: false };
		if (indicator === 'cpi') return { metric: 'growth', negate: false };
		return { metric: 'rate', negate: false };
	}
	return { metric: 'level', negate: false };
}

/** The item a figure states under a name, with the verb before it. */
export function build(
	f: Figure,
	verb: string,
	r: Resolved,
	qStart: number,
	qEnd: number,
	inherited: boolean,
	multiYear: boolean,
	estimated: boolean
): Measure {
	const mm = metricOf(f, verb, r.name, r.indicator);
	let cmp = comparatorOf(f, verb);
	let bound = boundOf(f, verb);
	if (mm.negate) {
		cmp = flip(cmp);
		bound = bound === '>=' ? '<=' : bound === '<=' ? '>=' : null;
	}
	return {
		name: r.name,
		indicator: r.indicator,
		scope: r.scope,
		metric: mm.metric,
		value: mm.negate ? -f.value : f.value,
		unit: unitOf(f, r.name),
		comparator: cmp,
		bound,
		stretch: f.upper === undefined ? null : mm.negate ? -f.upper : f.upper,
		guesses: guessesOf(r, f),
		estimated,
		relativeTo: null,
		qStart,
		qEnd,
		inherited,
		multiYear,
		sub: false,
		start: 0,
		end: 0
	};
}

function unitOf(f: Figure, name: string): string {
	if (f.unit === '‰') return '‰';
	if (f.unit === '万' || f.unit === '亿') {
		if (name.endsWith('人次')) return f.unit + '人次';
		if (name.endsWith('人') || name.endsWith('人数')) return f.unit + '人';
		if (endsWithOneOf(name, MONEY_NAMES)) return f.unit + '元';
	}
	return f.unit;
}

/** What a reading of a figure under a name took for granted. */
function guessesOf(r: Resolved, f: Figure | null): string[] {
	const out: string[] = [];
	if (r.note) out.push(r.note);
	if (f?.upper !== undefined) out.push(`区间目标：取下限${f.value}，上限${f.upper}记为力争数`);
	return out;
}

/** An item without a figure (relative, qualitative). */
export function blank(
	r: Resolved,
	metric: Metric,
	comparator: Comparator,
	qStart: number,
	qEnd: number,
	relativeTo: string | null
): Measure {
	return {
		name: r.name,
		indicator: r.indicator,
		scope: r.scope,
		metric,
		value: null,
		unit: null,
		comparator,
		bound: null,
		stretch: null,
		guesses: [
			...guessesOf(r, null),
			metric === 'qualitative'
				? '定性目标'
				: `相对目标：与${relativeTo === 'gdp' ? '经济增长' : relativeTo}比较`
		],
		estimated: false,
		relativeTo,
		qStart,
		qEnd,
		inherited: false,
		multiYear: false,
		sub: false,
		start: 0,
		end: 0
	};
}
