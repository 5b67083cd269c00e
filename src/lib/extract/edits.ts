/**
 * Edits of a text that keep a map back to the text before them. Each step keeps only its edits
 * (where a range of the text before became a range of its own), so a step costs what it changes,
 * not the length of the text; composed, the steps map an offset of the final text to an offset of
 * the original input.
 */
import { matchesOf } from './matches';

/** The edits of a step, in order: input range [inStart, inStart + inLen) became output range [outStart, outStart + outLen). */
export interface Edits {
	outStart: number[];
	outLen: number[];
	inStart: number[];
	inLen: number[];
}

export interface Step {
	text: string;
	/** null: every position is the same as before (a same-length conversion) */
	edits: Edits | null;
}

export interface Mapped {
	text: string;
	toOriginal(offset: number): number;
}

function newEdits(): Edits {
	return { outStart: [], outLen: [], inStart: [], inLen: [] };
}

/**
 * The position before the step of position `p` after it: unchanged before the first edit, spread
 * proportionally over a replaced range, shifted after it.
 */
function back(e: Edits, p: number): number {
	let lo = 0;
	let hi = e.outStart.length - 1;
	let k = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (e.outStart[mid]! <= p) {
			k = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	if (k < 0) return p;
	const os = e.outStart[k]!;
	const ol = e.outLen[k]!;
	if (p < os + ol) return e.inStart[k]! + Math.floor(((p - os) * e.inLen[k]!) / ol);
	return e.inStart[k]! + e.inLen[k]! + (p - os - ol);
}

/** Builds a step from replacements given in order; the replacement chars map onto what they replace. */
export class Splicer {
	private e = newEdits();
	private parts: string[] = [];
	private last = 0;
	private shift = 0;
	constructor(private text: string) {}
	/** Replace [start, end) (after the ranges replaced before) by `rep`. */
	replace(start: number, end: number, rep: string): void {
		const e = this.e;
		e.inStart.push(start);
		e.inLen.push(end - start);
		e.outStart.push(start + this.shift);
		e.outLen.push(rep.length);
		this.shift += rep.length - (end - start);
		this.parts.push(this.text.slice(this.last, start), rep);
		this.last = end;
	}
	/** The step, or null when nothing was replaced. */
	step(): Step | null {
		if (this.e.inStart.length === 0) return null;
		this.parts.push(this.text.slice(this.last));
		return { text: this.parts.join(''), edits: this.e };
	}
}

/** Replace every match of `re` (global) by `fn(match)`; replacement chars map onto the match. Null when nothing changes. */
export function rewrite(text: string, re: RegExp, fn: (m: RegExpExecArray) => string): Step | null {
	const s = new Splicer(text);
	for (const m of matchesOf(re, text)) {
		if (m[0].length === 0) continue;
		const rep = fn(m);
		if (rep !== m[0]) s.replace(m.index, m.index + m[0].length, rep);
	}
	return s.step();
}

/** Drop the characters of the ranges [cuts[2k], cuts[2k+1]) (sorted, disjoint). Null when there are none. */
export function cut(text: string, cuts: number[]): Step | null {
	if (cuts.length === 0) return null;
	const e = newEdits();
	const parts: string[] = [];
	let p = 0;
	let removed = 0;
	for (let k = 0; k < cuts.length; k += 2) {
		const a = cuts[k]!;
		const b = cuts[k + 1]!;
		parts.push(text.slice(p, a));
		e.inStart.push(a);
		e.inLen.push(b - a);
		e.outStart.push(a - removed);
		e.outLen.push(0);
		removed += b - a;
		p = b;
	}
	parts.push(text.slice(p));
	return { text: parts.join(''), edits: e };
}

/** The final text of `steps` (or `text` when there are none) with offsets into the original input. */
export function compose(
	text: string,
	steps: Step[],
	originalLength: number,
	offset0: number
): Mapped {
	const edits = steps.map((s) => s.edits).filter((e): e is Edits => e !== null);
	const n = text.length;
	return {
		text,
		toOriginal(offset: number): number {
			if (!Number.isFinite(offset) || offset <= 0) return Math.min(offset0, originalLength);
			if (offset >= n) return originalLength;
			let p = Math.floor(offset);
			for (let k = edits.length - 1; k >= 0; k--) p = back(edits[k]!, p);
			return p + offset0;
		}
	};
}
