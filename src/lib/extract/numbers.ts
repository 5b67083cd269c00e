/** Figures in running text: a number with its unit, 余/多 and a trailing comparator (以上, 左右, 以内…). */
import { charTable } from './chars';
import { matchesOf } from './matches';

export type Suffix = '以上' | '以下' | '以内' | '左右' | '上下' | null;

export interface Figure {
	/** start of the figure (sign or first digit), relative to the scanned string */
	start: number;
	/** end of number + unit (+ 余/多) */
	unitEnd: number;
	/** end including the comparator suffix */
	end: number;
	value: number;
	/** unit as written including 万/亿 (亿元, 万亩, %, pp); '万' alone when no unit follows */
	unit: string;
	approx: boolean;
	suffix: Suffix;
	/** the upper figure of a range of percentages (4.5%—5% → 5) */
	upper?: number;
	/** 个/家/所… : a count of things */
	count: boolean;
	/** modifies a following noun (500万元以上项目, 产能12万吨的工厂): not a figure of its own */
	descriptor: boolean;
	/** written with a Chinese numeral (两座) */
	chineseNumeral: boolean;
}

const COUNT_UNITS = [
	'场次',
	'批次',
	'架次',
	'个',
	'家',
	'户',
	'所',
	'座',
	'条',
	'处',
	'套',
	'张',
	'场',
	'期',
	'批',
	'件',
	'项',
	'辆',
	'盏',
	'口',
	'头',
	'只',
	'羽',
	'担',
	'间',
	'台',
	'部',
	'名',
	'位',
	'株',
	'棵',
	'篇',
	'册',
	'种',
	'款',
	'支',
	'栋',
	'幢',
	'宗',
	'笔',
	'艘',
	'块',
	'片',
	'根',
	'孔',
	'眼',
	'段',
	'趟',
	'次',
	'所'
];
const MEASURE_UNITS = [
	'微克/立方米',
	'毫克/立方米',
	'平方公里',
	'平方千米',
	'平方米',
	'立方米',
	'千瓦时',
	'千瓦',
	'兆瓦',
	'千伏安',
	'标准箱',
	'人次',
	'千米',
	'公里',
	'公顷',
	'千克',
	'公斤',
	'美元',
	'欧元',
	'港元',
	'元',
	'人',
	'亩',
	'吨',
	'斤',
	'米',
	'天',
	'小时'
];
const UNITS = [...MEASURE_UNITS, ...COUNT_UNITS].sort((a, b) => b.length - a.length);
const COUNT_SET = new Set(COUNT_UNITS);
const esc = (s: string) => s.replace(/[/]/g, '\\/');
const UNIT_RE = UNITS.map(esc).join('|');

/** number, then either a percent sign / 个百分点, or [万|亿][余|多][unit][(只)] */
const FIGURE = new RegExp(
	`([-−－]?)(\\d+(?:\\.\\d+)?)(?:(%|‰|个百分点|百分点)|(万亿|亿|万|千|百)?(余|多)?(${UNIT_RE})?(?:[（(]([\\u4e00-\\u9fff]{1,2})[)）])?)` +
		`(及以上|以上|以下|以内|左右|上下)?`,
	'g'
);
const CN_FIGURE =
	/([两二三四五六七八九十])([个座所家条处项批场次名台户套张件栋])(?=[，,；;。\n]|$)/g;
/**
 * a level passed written in characters (突破万亿元, 超千亿元): one of its magnitude, the amount in
 * group 1 (the verb is matched, not looked behind for: a pattern opened by a lookbehind is slow)
 */
const CN_AMOUNT =
	/(?:突破|超过|超|跨越|迈上|跃上|站上)((?:百亿|千亿|万亿|百万|千万)(?:元|美元|斤|吨|人次))(?=[，,；;。、\n]|$)/g;
const CN_DIGIT: Record<string, number> = {
	两: 2,
	二: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
	十: 10
};

const BREAK = /[，,；;。：:！？!?\n、]/;
/**
 * The characters around a figure, tested by code (a pattern per test costs more than the scan of
 * the sentence): the dashes of a range, ASCII letters and digits.
 */
/** the code at `i` is one of `codes` (none is: before the start, after the end) */
const isOneOf = (s: string, i: number, codes: Uint8Array) => codes[s.charCodeAt(i)] === 1;
const RANGE_DASH = charTable('-~～—–至到');
const isRangeDash = (s: string, i: number) => isOneOf(s, i, RANGE_DASH);
const TIMES = charTable('×xX*');
const TIMES_BEFORE = charTable('×*');
const PER_OR_RATIO = charTable('/:：');
const NOT_BEFORE_CN_FIGURE = charTable('第每一二三四五六七八九十两几“"');
const isLetterAt = (s: string, i: number) => {
	const c = s.charCodeAt(i);
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};
const isDigitAt = (s: string, i: number) => {
	const c = s.charCodeAt(i);
	return c >= 48 && c <= 57;
};
/** 5-8家, 6%—6.5%: the number at `i` ends a range (a figure, its %, a dash before it) */
const endsRange = (s: string, i: number) =>
	isRangeDash(s, i - 1) &&
	(isDigitAt(s, i - 2) || (s.charAt(i - 2) === '%' && isDigitAt(s, i - 3)));
/** after the first number of a range: its %, the dash, the second number with its % and a comparator */
const PCT_RANGE = /^%?[-~～—–至到](\d+(?:\.\d+)?)%(及以上|以上|以下|以内|左右|上下)?/;
/** the words between the two levels of a change (提高到, 增加到2020年的, 降至) */
const CHANGE_TO =
	/^(?:提高|提升|增加|增长|扩大|上升|下降|减少|降低|降|增|升|跃升)(?:到|至)(?:(?:19|20)\d{2}年(?:底|末)?的?)?$/;
const DESCRIPTOR_LEAD =
	/(?:年产|日产|年处理|日处理|年加工|年吞吐|产能|装机(?:容量)?|规模|占地(?:面积)?|总长|全长|库容|容量|日供水|设计)$/;

export function scanFigures(s: string): Figure[] {
	const out: Figure[] = [];
	for (const m of matchesOf(FIGURE, s)) {
		// (indexed, not destructured: an iterator per figure is slow)
		const all = m[0];
		const sign = m[1];
		const num = m[2];
		const pct = m[3];
		const mult = m[4];
		const approx = m[5];
		const unit = m[6];
		const paren = m[7];
		const suffix = m[8];
		const start = m.index;
		const numStart = m.index + (sign?.length ?? 0);
		// a number without a unit (a year, a date, a name) is no figure, unless it opens a range of
		// percentages (5—5.5%): most numbers in a report end here
		const numEnd = numStart + num!.length;
		const end = m.index + all.length;
		if (!pct && !unit && mult !== '万' && mult !== '亿' && !isRangeDash(s, numEnd)) continue;
		// letters around the number: 5G, PM2.5, G212, 4A级, 110KV
		if (isLetterAt(s, m.index - 1) && !sign) continue;
		if (isLetterAt(s, numEnd) && !pct) continue;
		// ordinals and ranges (第5, 5-8家, 1-2场)
		if (s.charAt(m.index - 1) === '第') continue;
		// ranges: 5-8家, 6%—6.5%, 6%至7%
		if (endsRange(s, m.index) && !sign) continue;
		// a range of percentages (增长4.5%—5%, 5—5.5%): the lower figure, with the upper one
		const range =
			s.charAt(numEnd) === '%' || isRangeDash(s, numEnd) ? PCT_RANGE.exec(s.slice(numEnd)) : null;
		if (range && !pct === !range[0].startsWith('%')) {
			const v = Number(num) * (sign ? -1 : 1);
			const rangeEnd = numEnd + range[0].length;
			out.push({
				start,
				unitEnd: rangeEnd - (range[2]?.length ?? 0),
				end: rangeEnd,
				value: v,
				upper: Number(range[1]) * (sign ? -1 : 1),
				unit: '%',
				approx: false,
				suffix: range[2] ? ((range[2] === '及以上' ? '以上' : range[2]) as Suffix) : null,
				count: false,
				descriptor: false,
				chineseNumeral: false
			});
			continue;
		}
		const unitEnd = end - (suffix?.length ?? 0);
		if (pct && isRangeDash(s, unitEnd) && isDigitAt(s, unitEnd + 1)) continue;
		if (sign && (isDigitAt(s, m.index - 1) || s.charAt(m.index - 1) === '%')) continue;
		if (isRangeDash(s, numEnd) && isDigitAt(s, numEnd + 1)) continue;
		if (isOneOf(s, numEnd, TIMES) || isOneOf(s, m.index - 1, TIMES_BEFORE)) continue;
		// 1:2, 10万吨/年 — but a colon after a figure with its unit is punctuation (完成210亿元：预计…)
		if (
			isOneOf(s, end, PER_OR_RATIO) &&
			!pct &&
			(s.charAt(end) === '/' || !unit || isDigitAt(s, end + 1))
		)
			continue;
		let u: string;
		if (pct) u = pct === '%' ? '%' : pct === '‰' ? '‰' : 'pp';
		else if (unit) u = (mult ?? '') + unit + (paren ? `(${paren})` : '');
		else if (mult === '万' || mult === '亿') u = mult;
		else continue;
		if (pct && mult) continue;
		// a number followed by 年/月/日 is a date, never reached here since those are not units
		let value = Number(num);
		if (sign) value = -value;
		const f: Figure = {
			start,
			unitEnd,
			end,
			value,
			unit: u,
			approx: !!approx,
			suffix: suffix ? ((suffix === '及以上' ? '以上' : suffix) as Suffix) : null,
			count: !!unit && COUNT_SET.has(unit) && !mult,
			descriptor: false,
			chineseNumeral: false
		};
		out.push(f);
	}
	const n = out.length;
	for (const m of matchesOf(CN_FIGURE, s)) {
		if (isOneOf(s, m.index - 1, NOT_BEFORE_CN_FIGURE)) continue;
		out.push({
			start: m.index,
			unitEnd: m.index + m[0].length,
			end: m.index + m[0].length,
			value: CN_DIGIT[m[1]!]!,
			unit: m[2]!,
			approx: false,
			suffix: null,
			count: true,
			descriptor: false,
			chineseNumeral: true
		});
	}
	// (every amount of CN_AMOUNT has 亿 or 万)
	const amounts = s.includes('亿') || s.includes('万') ? matchesOf(CN_AMOUNT, s) : [];
	for (const m of amounts) {
		// (千亿元 reads as 1千亿元 = 1000亿元; the magnitude stays in the unit)
		const amount = m[1]!;
		const end = m.index + m[0].length;
		out.push({
			start: end - amount.length,
			unitEnd: end,
			end,
			value: 1,
			unit: amount,
			approx: false,
			suffix: null,
			count: false,
			descriptor: false,
			chineseNumeral: true
		});
	}
	if (out.length > n) out.sort((a, b) => a.start - b.start);
	markDescriptors(s, out);
	return out;
}

function markDescriptors(s: string, figs: Figure[]): void {
	for (let i = 0; i < figs.length; i++) {
		const f = figs[i]!;
		if (f.unit === '%' || f.unit === 'pp' || f.unit === '‰') continue;
		const next = s.charAt(f.end);
		if (!next || BREAK.test(next) || /[和及与或]/.test(next)) continue;
		// （5.55亿元）: a figure in brackets of its own remarks on the words before it
		if (
			next === '的' ||
			next === '/' ||
			(/[）)]/.test(next) && /[（(]$/.test(s.slice(0, f.start)))
		) {
			f.descriptor = true;
			continue;
		}
		if (!/[\u4e00-\u9fff“"《A-Za-z\d]/.test(next)) continue;
		const lead = s.slice(Math.max(0, f.start - 6), f.start);
		if (DESCRIPTOR_LEAD.test(lead)) {
			f.descriptor = true;
			continue;
		}
		if (f.count) continue;
		// another figure later in the same clause: this one qualifies the noun between them
		// (not when the figure is the level a change starts from: 从7248亿元提高到8865亿元)
		let clauseEnd = f.end;
		while (clauseEnd < s.length && !BREAK.test(s.charAt(clauseEnd))) clauseEnd++;
		const g = figs[i + 1];
		if (g && g.start < clauseEnd && !CHANGE_TO.test(s.slice(f.end, g.start))) f.descriptor = true;
	}
}
