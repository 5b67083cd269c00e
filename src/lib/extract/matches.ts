/**
 * Every match of a global pattern in `s`, in order: what `[...s.matchAll(re)]` gives, without the
 * copy of the pattern that matchAll makes on every call (on a sentence, most of what it costs).
 * The pattern's lastIndex is 0 before and after, so a module-level pattern keeps no position from
 * one call to the next.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	try {
		for (let m = re.exec(s); m !== null; m = re.exec(s)) {
			out.push(m);
			// (an empty match moves on by a character, as matchAll does)
			if (m[0].length === 0) re.lastIndex = nextIndex(s, re.lastIndex, re.unicode);
		}
	} finally {
		re.lastIndex = 0;
	}
	return out;
}

function nextIndex(s: string, i: number, unicode: boolean): number {
	if (!unicode || i + 1 >= s.length) return i + 1;
	const c = s.charCodeAt(i);
	const d = s.charCodeAt(i + 1);
	return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
