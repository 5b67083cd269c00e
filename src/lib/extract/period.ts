/**
 * Periods other than the year: a sentence opened by “十四五”以来 / 五年来 / 2021年以来 states
 * multi-year totals and averages, one opened by 前三季度 / 上半年 / 1—11月 a part of the year;
 * neither gives the results or commitments of the year (从上半年5.5%降到5.3%: only the start is).
 */
import { matchesOf } from './matches';

const OPENER =
	/(?:“?十[一二三四五六]五”?(?:时期|期间)?|党的十[八九]大|二十大|新时代|近年|近几年|近[两二三四五六七八九十]年|(?:19|20)\d{2}年)以来|(?<![一今去明当本])[两二三四五六七八九十多]年(?:来|间|中|里)|近[两二三四五六七八九十]年|连续[两二三四五六七八九十\d]{1,2}年|“?十[一二三四五六]五”?(?:期间|时期)|(?<![从由])(?:(?:前|第)?[一二三]季度|上半年)|1[-—–至~～]1?\d月|截[至止]\d{1,2}月/g;

/**
 * The end of the last multi-year opener in `s` before `before` (default: the whole sentence),
 * or -1. `year` is the year the text reports on: 2023年以来 in a review of 2023 is that year.
 */
export function multiYearOpenerEnd(s: string, year: number | null, before = s.length): number {
	let end = -1;
	for (const m of matchesOf(OPENER, s)) {
		if (m.index >= before) break;
		const y = /^((?:19|20)\d{2})年以来/.exec(m[0]);
		if (y && (year === null || +y[1]! >= year)) continue;
		end = m.index + m[0].length;
	}
	return end;
}

/** 全年 / 年内 / 今年 after an opener brings the sentence back to the year (一季度转负为正，确保全年…增长14%). */
const YEAR_AGAIN = /全年|年内|今年|当年/;

/**
 * The ranges [start, end) of `s` (flat pairs) that a period other than the year covers: from the
 * end of each opener to the next mention of the whole year, or to the end of the sentence.
 */
export function periodRanges(s: string, year: number | null): number[] {
	const out: number[] = [];
	for (const m of matchesOf(OPENER, s)) {
		const y = /^((?:19|20)\d{2})年以来/.exec(m[0]);
		if (y && (year === null || +y[1]! >= year)) continue;
		const from = m.index + m[0].length;
		const again = s.slice(from).search(YEAR_AGAIN);
		const to = again >= 0 ? from + again : s.length;
		if (out.length > 0 && out[out.length - 1]! >= from)
			out[out.length - 1] = Math.max(out[out.length - 1]!, to);
		else out.push(from, to);
	}
	return out;
}

export function inRanges(ranges: number[], pos: number): boolean {
	for (let k = 0; k < ranges.length; k += 2)
		if (pos >= ranges[k]! && pos < ranges[k + 1]!) return true;
	return false;
}
