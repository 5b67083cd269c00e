/**
 * One text being read. Everything an extraction works out once and asks for often lives here,
 * never at module level: two extractions (interleaved, or of two regions one after the other)
 * each have their own and cannot see each other.
 */
import { placeHeadOf } from './names';
import type { Sentence } from './targets';

export interface Doc {
	/** the normalised text */
	readonly text: string;
	/** the reporting region's own name at the head of a name (see placeHeadOf), or null */
	readonly place: RegExp | null;
	/** targets headings of the text (二、主要预期目标), found on first use */
	headings?: { index: number; end: number }[];
	/** the target parts of its target : result lines (——…目标增长6%：预计…), found on first use */
	targetParts?: Sentence[];
	/** this text's own copy of the trigger pattern (a global pattern keeps its position) */
	trigger?: RegExp;
}

export function docOf(text: string, region: string | null = null): Doc {
	return { text, place: placeHeadOf(region) };
}

/** A text read on its own (the parts of the pipeline can be called with a string). */
export function asDoc(d: Doc | string): Doc {
	return typeof d === 'string' ? docOf(d) : d;
}
