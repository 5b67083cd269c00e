/**
 * Edits of a text that keep a map back to the text before them: each step gives, for every
 * position 0..length of its text, the position in the previous text. Composed, the steps map
 * an offset of the final text to an offset of the original input.
 */

export interface Step {
	text: string;
	/** null: every position is the same as before (a same-length conversion) */
	map: Int32Array | null;
}

export interface Mapped {
	text: string;
	toOriginal(offset: number): number;
}

/** Replace every match of `re` (global) by `fn(match)`; replacement chars map onto the match. Null when nothing changes. */
export function rewrite(text: string, re: RegExp, fn: (m: RegExpExecArray) => string): Step | null {
	const at: number[] = [];
	const lens: number[] = [];
	const reps: string[] = [];
	let outLen = text.length;
	for (const m of text.matchAll(re)) {
		if (m[0].length === 0) continue;
		const rep = fn(m);
		if (rep === m[0]) continue;
		at.push(m.index);
		lens.push(m[0].length);
		reps.push(rep);
		outLen += rep.length - m[0].length;
	}
	if (at.length === 0) return null;
	const map = new Int32Array(outLen + 1);
	const parts: string[] = [];
	let o = 0;
	let last = 0;
	for (let k = 0; k < at.length; k++) {
		const idx = at[k]!;
		const len = lens[k]!;
		const rep = reps[k]!;
		for (let i = last; i < idx; i++) map[o++] = i;
		parts.push(text.slice(last, idx), rep);
		for (let i = 0; i < rep.length; i++) map[o++] = idx + Math.floor((i * len) / rep.length);
		last = idx + len;
	}
	for (let i = last; i <= text.length; i++) map[o++] = i;
	parts.push(text.slice(last));
	return { text: parts.join(''), map };
}

/** Drop the characters of the ranges [cuts[2k], cuts[2k+1]) (sorted, disjoint). Null when there are none. */
export function cut(text: string, cuts: number[]): Step | null {
	if (cuts.length === 0) return null;
	let removed = 0;
	for (let k = 0; k < cuts.length; k += 2) removed += cuts[k + 1]! - cuts[k]!;
	const map = new Int32Array(text.length - removed + 1);
	const parts: string[] = [];
	let o = 0;
	let p = 0;
	for (let k = 0; k < cuts.length; k += 2) {
		const a = cuts[k]!;
		parts.push(text.slice(p, a));
		for (let i = p; i < a; i++) map[o++] = i;
		p = cuts[k + 1]!;
	}
	parts.push(text.slice(p));
	for (let i = p; i <= text.length; i++) map[o++] = i;
	return { text: parts.join(''), map };
}

/** The final text of `steps` (or `text` when there are none) with offsets into the original input. */
export function compose(
	text: string,
	steps: Step[],
	originalLength: number,
	offset0: number
): Mapped {
	// offsets are mapped on demand: a report has a few hundred quotes, not a map per character
	const maps = steps.map((s) => s.map).filter((m): m is Int32Array => m !== null);
	const n = text.length;
	return {
		text,
		toOriginal(offset: number): number {
			if (!Number.isFinite(offset) || offset <= 0) return Math.min(offset0, originalLength);
			if (offset >= n) return originalLength;
			let p = Math.floor(offset);
			for (let k = maps.length - 1; k >= 0; k--) p = maps[k]![p]!;
			return p + offset0;
		}
	};
}
