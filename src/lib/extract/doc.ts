/**
 * One text being read. Everything an extraction works out once and asks for often lives here,
 * never at module level: two extractions (interleaved, or of two regions one after the other)
 * each have their own and cannot see each other.
 */
import { placeHeadOf, type Resolved } from './names';
import type { Sentence } from './targets';

export interface Doc {
	/** the normalised text */
	readonly text: string;
	/** the reporting region's own name at the head of a name (see placeHeadOf), or null */
	readonly place: RegExp | null;
	/** the region is a province, an autonomous region or a municipality: its 县域 is a part of it */
	readonly provincial: boolean;
	/** targets headings of the text (二、主要预期目标), found on first use */
	headings?: { index: number; end: number }[];
	/** the target parts of its target : result lines (——…目标增长6%：预计…), found on first use */
	targetParts?: Sentence[];
	/** the date of the page the text was taken from (时间：2024-01-12), for a text that gives no year of its own */
	pageDate?: { year: number; month: number } | null;
	/** the names read in this text, resolved (names recur within a report) */
	names: Map<string, Resolved>;
	/** this text's own copy of the trigger pattern (a global pattern keeps its position) */
	trigger?: RegExp;
}

const PROVINCIAL = /(?:省|自治区|^(?:北京|天津|上海|重庆)市)$/;

export function docOf(
	text: string,
	region: string | null = null,
	pageDate: Doc['pageDate'] = null
): Doc {
	return {
		text,
		place: placeHeadOf(region),
		provincial: region !== null && PROVINCIAL.test(region),
		pageDate,
		names: new Map()
	};
}

/** The first date near the top of the input as it came (the page's chrome is cut from the text read). */
export function pageDateOf(input: string): Doc['pageDate'] {
	const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*\d{1,2}/.exec(input.slice(0, 1500));
	return m ? { year: +m[1]!, month: +m[2]! } : null;
}

/** A text read on its own (the parts of the pipeline can be called with a string). */
export function asDoc(d: Doc | string): Doc {
	return typeof d === 'string' ? docOf(d) : d;
}
