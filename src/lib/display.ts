import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { Metric } from '$lib/assess';
import { toPlaces } from '$lib/assess/precision';

const PERCENT_METRICS: Metric[] = ['growth', 'rate', 'change_pp', 'relative'];

/** A signed gap for a table cell at the report's precision: +3.6 个百分点, −221人. */
export function gapText(
	gap: number | null,
	metric: Metric,
	unit: string | null,
	places: number | null = null
): string {
	if (gap === null) return '—';
	const size = places === null ? String(Math.abs(gap)) : toPlaces(Math.abs(gap), places);
	const sign = Number(size) === 0 ? '±' : gap > 0 ? '+' : '−';
	return PERCENT_METRICS.includes(metric)
		? `${sign}${size} 个百分点`
		: `${sign}${size}${unit ?? ''}`;
}

export function attainmentText(attainment: number | null): string {
	return attainment === null ? '—' : `${attainment}%`;
}

/**
 * A report on this site, at a quote in it when its place is known. A figure from elsewhere
 * links to its source URL directly, with rel="external".
 */
export function reportHref(reportId: number, quoteStart: number | null = null): ResolvedPathname {
	const id = String(reportId);
	return quoteStart === null
		? resolve('/reports/[id]', { id })
		: resolve(`/reports/[id]#q${quoteStart}`, { id });
}

// Times are shown as readers in China see them.
const TIME = new Intl.DateTimeFormat('zh-CN', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hour12: false
});
const DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** 2026/11/27 13:05 (Beijing time). */
export function timeText(d: Date): string {
	return TIME.format(d);
}

/** 2026-11-27 (Beijing). */
export function dayText(d: Date): string {
	return DAY.format(d);
}
