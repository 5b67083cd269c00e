import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { csvResponse, formatOf, jsonError, type Column } from '$lib/server/export';
import { latestOutcomes, type LatestOutcome } from '$lib/server/overview';
import type { RequestHandler } from './$types';

const columns: Column<LatestOutcome>[] = [
	{ header: 'id', value: (o) => o.id },
	{ header: '地区代码', value: (o) => o.regionCode },
	{ header: '地区', value: (o) => o.regionName },
	{ header: '年份', value: (o) => o.year },
	{ header: '指标', value: (o) => o.name },
	{ header: '口径', value: (o) => o.metric },
	{ header: '实际', value: (o) => o.value },
	{ header: '单位', value: (o) => o.unit },
	{ header: '界限', value: (o) => o.bound },
	{ header: '预计数', value: (o) => (o.estimated ? '是' : '否') },
	{ header: '出处原文', value: (o) => o.quote },
	{ header: '出处报告', value: (o) => o.sourceReportId },
	{ header: '出处网址', value: (o) => o.sourceUrl },
	{ header: '记录时间', value: (o) => o.recordedAt.toISOString() }
];

/** The most recently recorded outcomes in force: `?latest=N` (1–500, default 12). */
export const GET: RequestHandler = ({ url }) => {
	const format = formatOf(url);
	if (!format) return jsonError(400, 'format must be json or csv');
	const raw = url.searchParams.get('latest') ?? '12';
	const latest = Number(raw);
	if (!Number.isInteger(latest) || latest < 1 || latest > 500)
		return jsonError(400, 'latest must be a whole number from 1 to 500');
	const rows = latestOutcomes(getDb(), latest);
	if (format === 'csv') return csvResponse('latest-outcomes', columns, rows);
	return json({ outcomes: rows });
};
