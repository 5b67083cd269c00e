/**
 * Text normalisation with an offset map back to the original string:
 * BOM, mojibake, stray U+FFFD / '?', pinyin glosses (報(bào) → 報), traditional →
 * simplified (OpenCC), full-width digits and signs, years in Chinese numerals, thousands separators,
 * PDF wrap spaces and broken lines.
 */
import { createRequire } from 'node:module';
import type * as OpenCCModule from 'opencc-js';
import { TRADITIONAL } from './traditional';
import { compose, cut, rewrite, Splicer, type Step } from './edits';
import { matchesOf } from './matches';

export type { Mapped as Normalized } from './edits';
import type { Mapped as Normalized } from './edits';

type Converter = (s: string) => string;
let t2s: Converter | null = null;
/**
 * OpenCC, loaded on first use: only a text with traditional characters needs it. Its t2cn build
 * has the dictionaries of this conversion only (a tenth of the full one, half the time to load).
 */
function converter(): Converter {
	if (!t2s) {
		const load = createRequire(import.meta.url);
		const opencc = load('opencc-js/t2cn') as typeof OpenCCModule;
		t2s = opencc.Converter({ from: 't', to: 'cn' });
	}
	return t2s;
}

/** Kinds of characters whose absence lets a text skip a step: one scan tells which are present. */
const HAS_BREAK = 1; // \r, zero-width characters, soft hyphens
const HAS_MOJIBAKE = 2; // a Latin-1 lead byte of a CJK character read as CP1252
const HAS_PICTOGRAPH = 4; // a code unit that is, or starts, a pictograph
const HAS_TRADITIONAL = 8; // a character the converter changes on its own
const HAS_FULL_WIDTH = 16; // full-width digits, letters and signs; ideographic and no-break spaces
const HAS_ALL = 31;

/** The kinds (HAS_…) of every code unit: built once on first use, the same for every text. */
let kinds: Uint8Array | null = null;
function kindTable(): Uint8Array {
	if (!kinds) {
		const table = new Uint8Array(0x10000);
		const mark = (bit: number, from: number, to = from) => {
			for (let c = from; c <= to; c++) table[c]! |= bit;
		};
		mark(HAS_BREAK, 0x0d);
		mark(HAS_BREAK, 0x200b, 0x200d);
		mark(HAS_BREAK, 0x2060);
		mark(HAS_BREAK, 0xad);
		mark(HAS_MOJIBAKE, 0xe3, 0xe9);
		for (let c = 0xa9; c <= 0x3299; c++)
			if (/\p{Extended_Pictographic}/u.test(String.fromCharCode(c))) mark(HAS_PICTOGRAPH, c);
		mark(HAS_PICTOGRAPH, 0xd83c, 0xd83e);
		mark(HAS_PICTOGRAPH, 0xfe0f);
		mark(HAS_PICTOGRAPH, 0x20e3);
		for (let i = 0; i < TRADITIONAL.length; i++) mark(HAS_TRADITIONAL, TRADITIONAL.charCodeAt(i));
		mark(HAS_FULL_WIDTH, 0xff10, 0xff19);
		mark(HAS_FULL_WIDTH, 0xff21, 0xff3a);
		mark(HAS_FULL_WIDTH, 0xff41, 0xff5a);
		for (const c of [0xff05, 0xff0b, 0xff0d, 0xff0e, 0xff0f, 0xff5e, 0x3000, 0xa0, 0xfe6a])
			mark(HAS_FULL_WIDTH, c);
		kinds = table;
	}
	return kinds;
}

/** The kinds of characters (HAS_…) that `text` holds. */
function kindsIn(text: string): number {
	const table = kindTable();
	let found = 0;
	for (let i = 0; i < text.length && found !== HAS_ALL; i++) found |= table[text.charCodeAt(i)]!;
	return found;
}

/**
 * The first position at or after `from` of a character of the kind `kind`, or -1. (A loop of its
 * own: the optimised scan of a long text then survives the work done where it stops.)
 */
function nextOfKind(kind: number, text: string, from: number): number {
	const table = kindTable();
	for (let i = from; i < text.length; i++) if (table[text.charCodeAt(i)]! & kind) return i;
	return -1;
}

/** An ideographic description character (⿰…): OpenCC reads the characters after it as one. */
const IDEOGRAPHIC_DESCRIPTION = /[\u2ff0-\u2fff]/;

/**
 * `lines` converted, each on its own. OpenCC matches no phrase across a line break, so the lines
 * go to it as one text, which is faster than a call a line; not when an ideographic description
 * (which may reach past the end of its line) is among them.
 */
export function convertLines(lines: string[]): string[] {
	const joined = lines.join('\n');
	if (!IDEOGRAPHIC_DESCRIPTION.test(joined)) {
		const out = converter()(joined).split('\n');
		if (out.length === lines.length) return out;
	}
	return lines.map((line) => converter()(line));
}

/** A line converted character by character, where its conversion as a whole changed its length. */
function alignedTo(line: string, converted: string): string {
	if (converted.length === line.length) return converted;
	return Array.from(line, (ch) => {
		const d = converter()(ch);
		return d.length === ch.length ? d : ch;
	}).join('');
}

/** The lines with a traditional character, converted (OpenCC reads phrases, so whole lines). */
function toSimplified(text: string): Step | null {
	const starts: number[] = [];
	const ends: number[] = [];
	for (
		let i = nextOfKind(HAS_TRADITIONAL, text, 0);
		i >= 0;
		i = nextOfKind(HAS_TRADITIONAL, text, i + 1)
	) {
		const end = text.indexOf('\n', i);
		starts.push(text.lastIndexOf('\n', i) + 1);
		ends.push(end < 0 ? text.length : end);
		i = ends[ends.length - 1]!;
	}
	if (starts.length === 0) return null;
	const lines = starts.map((start, k) => text.slice(start, ends[k]));
	const converted = convertLines(lines);
	const s = new Splicer(text);
	for (let k = 0; k < lines.length; k++)
		s.replace(starts[k]!, ends[k]!, alignedTo(lines[k]!, converted[k]!));
	return s.step();
}

const CP1252: Record<string, number> = {
	'€': 0x80,
	'‚': 0x82,
	ƒ: 0x83,
	'„': 0x84,
	'…': 0x85,
	'†': 0x86,
	'‡': 0x87,
	ˆ: 0x88,
	'‰': 0x89,
	Š: 0x8a,
	'‹': 0x8b,
	Œ: 0x8c,
	Ž: 0x8e,
	'‘': 0x91,
	'’': 0x92,
	'“': 0x93,
	'”': 0x94,
	'•': 0x95,
	'–': 0x96,
	'—': 0x97,
	'˜': 0x98,
	'™': 0x99,
	š: 0x9a,
	'›': 0x9b,
	œ: 0x9c,
	ž: 0x9e,
	Ÿ: 0x9f
};
const CONT = '[\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** UTF-8 read as Latin-1/CP1252: a lead byte of a CJK character followed by two continuation bytes. */
const MOJIBAKE = new RegExp(`(?:[\\u00e3-\\u00e9]${CONT}{2})+`, 'g');

function repairMojibake(m: RegExpExecArray): string {
	const bytes: number[] = [];
	for (const ch of m[0]) bytes.push(CP1252[ch] ?? ch.charCodeAt(0));
	const out = Buffer.from(bytes).toString('utf8');
	// keep the repair only when it is one CJK character per three bytes
	if (out.includes('\ufffd') || out.length * 3 !== bytes.length) return m[0];
	return out;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
/** a gloss in brackets (bào); it is one only right after a character (see afterCjk) */
const GLOSS_TONED = new RegExp(`[(（][a-zü${TONED}]{0,6}[${TONED}][a-zü${TONED}]{0,6}[)）]`, 'g');
/** a bracket opening a gloss: without one there is nothing to remove */
const GLOSS_OPEN = new RegExp(`[(（][a-zü${TONED}]`);
const GLOSS_PLAIN = /[(（][a-zü]{1,6}[)）]/g;
/** the match follows a character (a test in code: a lookbehind slows a scan of the whole text) */
const afterCjk = (m: RegExpExecArray) => isCjk(m.input.charCodeAt(m.index - 1));
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

/** The ranges of the matches, flat ([start, end, start, end…]), as cut takes them. */
function rangesOf(matches: RegExpExecArray[]): number[] {
	const out: number[] = [];
	for (const m of matches) out.push(m.index, m.index + m[0].length);
	return out;
}

const CJK_CHAR = new RegExp(`[${CJK}]`);
const LINE_HEAD =
	/^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|第[一二三四五六七八九十]|——|专栏|表\d)/;

/**
 * Join a line break inside a sentence: the line before is prose (has ，/,/、 and ends without
 * closing punctuation, or ends with ，/、) and the next line starts a word, not a heading.
 */
function joinBrokenLines(text: string): Step | null {
	const cuts: number[] = [];
	// the line as read: from the last break that was kept (…发展的\n主要预期目标\n是： is one line)
	let lineStart = 0;
	for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
		const line = text.slice(lineStart, nl);
		let a = nl;
		while (a > 0 && (text.charAt(a - 1) === ' ' || text.charAt(a - 1) === '\t')) a--;
		let b = nl + 1;
		while (b < text.length && (text.charAt(b) === ' ' || text.charAt(b) === '\t')) b++;
		if (brokenAt(text, line.trim(), a, b)) cuts.push(a, b);
		else lineStart = nl + 1;
	}
	return cut(text, cuts);
}

function brokenAt(text: string, trimmed: string, a: number, b: number): boolean {
	const last = text.charAt(a - 1);
	const next = text.charAt(b);
	if (!next || !(CJK_CHAR.test(next) || /\d/.test(next))) return false;
	if (!(CJK_CHAR.test(last) || /[\d，,、%]/.test(last))) return false;
	if (!/[，,、]/.test(trimmed)) return false;
	if (LINE_HEAD.test(text.slice(b, b + 4))) return false;
	// (a paragraph far longer than a wrapped line that lacks its final 。 is not broken)
	return (
		/[，,、]$/.test(trimmed) ||
		(trimmed.length >= 20 && (trimmed.length <= 100 || !/。/.test(trimmed)))
	);
}

const CN_DIGITS: Record<string, string> = {
	〇: '0',
	'○': '0',
	零: '0',
	一: '1',
	二: '2',
	三: '3',
	四: '4',
	五: '5',
	六: '6',
	七: '7',
	八: '8',
	九: '9'
};
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A single space between two characters, or between a character and a figure, is a wrap artefact. */
function dropWrapSpaces(text: string): Step | null {
	const drop: number[] = [];
	for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
		if (i === 0 || i + 1 >= text.length) continue;
		const a = text.charCodeAt(i - 1);
		const b = text.charCodeAt(i + 1);
		// …and between a figure and its percent sign (8.5 %)
		if (
			(isCjk(a) && (isCjk(b) || isDigit(b))) ||
			((isDigit(a) || a === 37) && isCjk(b)) ||
			(isDigit(a) && b === 37)
		)
			drop.push(i, i + 1);
	}
	return cut(text, drop);
}

const ENTITIES: Record<string, string> = {
	nbsp: ' ',
	ensp: ' ',
	emsp: ' ',
	thinsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	middot: '·',
	bull: '•',
	times: '×',
	deg: '°'
};
const ENTITY = /&(?:([a-z]{2,8})|#(\d{2,6})|#x([0-9a-f]{2,5}));/gi;
function entity(m: RegExpExecArray): string {
	if (m[1]) return ENTITIES[m[1].toLowerCase()] ?? m[0];
	const code = m[2] ? +m[2] : parseInt(m[3]!, 16);
	return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m[0];
}

/**
 * The chrome of the page a report was scraped from, above the report: a line of 时间/作者/来源/
 * 阅读/评论 fields, the counts on the lines after it, and a teaser (内容摘要：…… that repeats the
 * opening and breaks off). Only near the top, and only lines made of such fields.
 */
const CHROME_FIELD =
	/^[ \t]*(?:(?:发布|更新)?时间|发布日期|日期|作者|来源|阅读(?:次数|量)?|评论|浏览(?:次数|量)?|点击(?:数|量|率)?|字号|责任编辑|编辑)[:：]/;
function pageChrome(text: string): Step | null {
	const cuts: number[] = [];
	let start = 0;
	let inChrome = false;
	for (let n = 0; n < 20 && start < Math.min(text.length, 3000); n++) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const line = text.slice(start, end);
		const next = end + 1;
		if (CHROME_FIELD.test(line) || (inChrome && /^[ \t]*\d*[ \t]*$/.test(line))) {
			inChrome = true;
			cuts.push(start, Math.min(next, text.length));
		} else if (/^[ \t]*内容(?:摘要|提要|简介)[:：]/.test(line)) {
			// the teaser on this line or the next, when it breaks off (……, ......)
			let e = next;
			if (!/(?:\.{3,}|…+)[ \t]*$/.test(line)) {
				const after = text.indexOf('\n', next);
				const teaser = text.slice(next, after < 0 ? text.length : after);
				if (/(?:\.{3,}|…+)[ \t]*$/.test(teaser)) e = after < 0 ? text.length : after + 1;
			}
			cuts.push(start, Math.min(e, text.length));
			break;
		} else if (inChrome) break;
		start = next;
	}
	return cut(text, cuts);
}

/** How many figures stand apart from the words around them (完成 36.5 亿元). */
function paddedFigures(text: string): number {
	let n = 0;
	for (let i = text.indexOf(' '); i >= 0 && n < 20; i = text.indexOf(' ', i + 1)) {
		const a = text.charCodeAt(i - 1);
		const b = text.charCodeAt(i + 1);
		if ((isCjk(a) && isDigit(b)) || (isDigit(a) && isCjk(b))) n++;
	}
	return n;
}

export function normalize(input: string): Normalized {
	let text = typeof input === 'string' ? input : String(input ?? '');
	const originalLength = text.length;
	let offset0 = 0;
	if (text.charCodeAt(0) === 0xfeff) {
		text = text.slice(1);
		offset0 = 1;
	}
	const steps: Step[] = [];
	const push = (s: Step | null) => {
		if (s) {
			steps.push(s);
			text = s.text;
		}
	};
	// (the steps up to the repair of mojibake bring no character in: only what they replace goes)
	let has = kindsIn(text);
	if (has & HAS_BREAK)
		push(
			rewrite(text, /\r\n?|[\u200b-\u200d\u2060\u00ad]/g, (m) =>
				m[0].startsWith('\r') ? '\n' : ''
			)
		);
	// scraped pages: line breaks written as the escapes \r\n, and HTML entities (&nbsp;)
	if (text.includes('\\') && /\\[rn].*\\[rn]/s.test(text))
		push(rewrite(text, /\\r\\n|\\[rn]|\\t/g, (m) => (m[0] === '\\t' ? '\t' : '\n')));
	const before = text;
	if (text.includes('&')) push(rewrite(text, ENTITY, entity));
	if (has & HAS_MOJIBAKE || text !== before) push(rewrite(text, MOJIBAKE, repairMojibake));
	// (…which those two may: &#x3000;, a traditional character repaired)
	if (text !== before) has = kindsIn(text);
	if (text.includes('\ufffd')) push(rewrite(text, /\ufffd+/g, () => ''));
	// reposts with emoji: a keycap digit is a list number (1️⃣ → 1.), other pictographs go
	if (has & HAS_PICTOGRAPH)
		push(
			rewrite(text, /(\d)\ufe0f?\u20e3|\p{Extended_Pictographic}\ufe0f?|\ufe0f/gu, (m) =>
				m[1] ? `${m[1]}.` : ''
			)
		);
	// a percent sign a scraper wrote as _M_M_ (增长12_M_M_以上)
	if (text.includes('_M_M_')) push(rewrite(text, /(?<=\d)_M_M_/g, () => '%'));
	// characters the scraper lost (????), and a stray ? between characters
	if (text.includes('?'))
		push(
			rewrite(text, /\?+/g, (m) => {
				if (m[0].length >= 2) return '';
				const before = m.input.charAt(m.index - 1);
				const after = m.input.charAt(m.index + 1);
				return CJK_CHAR.test(before) ||
					/[，。、；：“”（）%]/.test(before) ||
					CJK_CHAR.test(after) ||
					after === '“'
					? ''
					: m[0];
			})
		);
	push(pageChrome(text));
	// pinyin glosses after characters
	const glosses = GLOSS_OPEN.test(text) ? matchesOf(GLOSS_TONED, text).filter(afterCjk) : [];
	push(cut(text, rangesOf(glosses)));
	if (glosses.length >= 10) push(rewrite(text, GLOSS_PLAIN, (m) => (afterCjk(m) ? '' : m[0])));
	// traditional → simplified, character-aligned, the lines that have something to convert
	if (has & HAS_TRADITIONAL) {
		push(toSimplified(text));
		has = kindsIn(text);
	}
	// full-width digits, letters and signs
	if (has & HAS_FULL_WIDTH)
		push(
			rewrite(
				text,
				/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0d-\uff0f\uff5e\u3000\u00a0\ufe6a]/g,
				(m) => {
					const c = m[0].charCodeAt(0);
					if (c === 0x3000 || c === 0xa0) return ' ';
					if (c === 0xfe6a) return '%';
					const ch = String.fromCharCode(c - 0xfee0);
					return /[0-9A-Za-z%.+\-/~]/.test(ch) ? ch : m[0];
				}
			)
		);
	// years in Chinese numerals: 二〇二四年 → 2024年
	if (/[〇○零][一二三四五六七八九〇○零]{0,2}年|[一二][〇○零九]/.test(text))
		push(
			rewrite(text, /[一二][〇○零九][〇○零一二三四五六七八九]{2}(?=年)/g, (m) =>
				Array.from(m[0], (c) => CN_DIGITS[c] ?? c).join('')
			)
		);
	// thousands separators: 41,236元, 1,234.5亿元
	if (/\d,\d{3}/.test(text))
		push(rewrite(text, /(?<=(?:^|[^\d.,])\d{1,3}(?:,\d{3})*),(?=\d{3}(?!\d))/g, () => ''));
	// a text that pads its figures with spaces breaks them too (完成 40.8 2 亿元, 2 016 年)
	if (/\d \d/.test(text) && paddedFigures(text) >= 20)
		push(rewrite(text, /\d (?=\d)/g, (m) => m[0].charAt(0)));
	// wrap artefacts: "127 .7", "26.1亿 元", "一 般"
	if (/\d[ \t]*\.[ \t]+\d|\d[ \t]+\.[ \t]*\d/.test(text))
		push(rewrite(text, /\d[ \t]*\.[ \t]*(?=\d)/g, (m) => m[0].replace(/[ \t]+/g, '')));
	if (text.includes(' ')) push(dropWrapSpaces(text));
	// a sentence broken across two lines
	push(joinBrokenLines(text));
	return compose(text, steps, originalLength, offset0);
}
