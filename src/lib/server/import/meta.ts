import { isIsoDay, todayInChina } from '../dates';
import { REPORT_KINDS, type ReportKind } from '../db/schema';
import { isHttpUrl } from '../outcome-input';
import { isOneOf, type Checked, type Errors } from './fields';
import type { MetaValues } from './model';

export interface CheckedMeta {
	title: string;
	kind: ReportKind;
	reviewYear: number | null;
	planYear: number | null;
	date: string | null;
	sourceUrl: string | null;
}

function optionalYear(raw: string): { year: number | null; error?: string } {
	const text = raw.trim();
	if (!text) return { year: null };
	return /^\d{4}$/.test(text)
		? { year: Number(text) }
		: { year: null, error: '年份须为 4 位数字，如 2024' };
}

/** Checks the report's own fields (the region is checked apart, against the division list). */
export function checkMeta(
	meta: MetaValues,
	today = new Date()
): Checked<CheckedMeta, keyof MetaValues> {
	const errors: Errors<keyof MetaValues> = {};
	const title = meta.title.trim();
	if (!title) errors.title = '请填写报告标题';
	else if (title.length > 200) errors.title = '标题不超过 200 个字';
	if (!isOneOf(REPORT_KINDS, meta.kind)) errors.kind = '请选择报告类型';
	const reviewYear = optionalYear(meta.reviewYear);
	if (reviewYear.error) errors.reviewYear = reviewYear.error;
	const planYear = optionalYear(meta.planYear);
	if (planYear.error) errors.planYear = planYear.error;
	const date = meta.date.trim() || null;
	if (date && !isIsoDay(date)) errors.date = '日期格式为 2025-01-08';
	else if (date && date > todayInChina(today)) errors.date = '发布日期不能在未来';
	const sourceUrl = meta.sourceUrl.trim() || null;
	if (sourceUrl && !isHttpUrl(sourceUrl)) errors.sourceUrl = '网址须以 http:// 或 https:// 开头';
	if (Object.keys(errors).length || !isOneOf(REPORT_KINDS, meta.kind)) return { ok: false, errors };
	return {
		ok: true,
		value: {
			title,
			kind: meta.kind,
			reviewYear: reviewYear.year,
			planYear: planYear.year,
			date,
			sourceUrl
		}
	};
}
