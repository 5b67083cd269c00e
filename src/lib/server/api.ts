import { formatTarget, type Fulfilment } from '../assess';
import { STATUS_NAMES } from '../labels';
import type { Region } from './db/schema';
import type { Column } from './export';
import type { RankingRow, RegionSeries } from './compare';
import type { SeriesPoint } from './history';
import type { TrackedRegion, YearFulfilment } from './fulfilment';
import type { ScorecardRow, YearScorecard } from './scorecard';

/** The public shape of a fulfilment: counts and the rate (null when nothing is assessed yet). */
export function fulfilmentJson(f: Fulfilment) {
	const { met, exceeded, missed, pending, unassessable, rate } = f;
	return { met, exceeded, missed, pending, unassessable, rate };
}

export function regionJson(region: Region) {
	const { code, name, level, parentCode } = region;
	return { code, name, level, parentCode };
}

function scorecardRowJson({ commitment: c, assessment: a, outcome }: ScorecardRow) {
	return {
		id: c.id,
		indicator: c.indicator,
		name: c.name,
		scope: c.scope,
		metric: c.metric,
		comparator: c.comparator,
		value: c.value,
		stretch: c.stretch,
		unit: c.unit,
		relativeTo: c.relativeTo,
		headline: c.headline,
		sourceQuote: c.sourceQuote,
		sourceReportId: c.sourceReportId,
		actual: a.actual,
		actualBound: a.actualBound,
		actualEstimated: a.actualEstimated,
		outcomeId: a.outcomeId,
		source: outcome
			? { reportId: outcome.sourceReportId, url: outcome.sourceUrl, quote: outcome.sourceQuote }
			: null,
		status: a.status,
		gap: a.gap,
		attainment: a.attainment,
		reason: a.reason,
		judgement: a.judgement
	};
}

export function scorecardJson(region: Region, card: YearScorecard) {
	return {
		region: regionJson(region),
		year: card.year,
		commitments: card.rows.map(scorecardRowJson),
		fulfilment: fulfilmentJson(card.fulfilment.headline),
		fulfilmentOther: fulfilmentJson(card.fulfilment.other),
		fulfilmentAll: fulfilmentJson(card.fulfilment.all)
	};
}

export const scorecardColumns: Column<ScorecardRow>[] = [
	{ header: 'id', value: (r) => r.commitment.id },
	{ header: '年份', value: (r) => r.commitment.year },
	{ header: '主要目标', value: (r) => (r.commitment.headline ? '是' : '否') },
	{ header: '指标代码', value: (r) => r.commitment.indicator },
	{ header: '指标', value: (r) => r.commitment.name },
	{ header: '口径', value: (r) => r.commitment.metric },
	{ header: '比较', value: (r) => r.commitment.comparator },
	{ header: '目标值', value: (r) => r.commitment.value },
	{ header: '力争值', value: (r) => r.commitment.stretch },
	{ header: '单位', value: (r) => r.commitment.unit },
	{ header: '目标', value: (r) => formatTarget(r.commitment) },
	{ header: '实际', value: (r) => r.assessment.actual },
	{ header: '实际为界限', value: (r) => r.assessment.actualBound },
	{ header: '预计数', value: (r) => (r.assessment.actualEstimated ? '是' : '否') },
	{ header: '状态', value: (r) => r.assessment.status },
	{ header: '状态（中文）', value: (r) => STATUS_NAMES[r.assessment.status] },
	{ header: '差距', value: (r) => r.assessment.gap },
	{ header: '完成度%', value: (r) => r.assessment.attainment },
	{ header: '说明', value: (r) => r.assessment.reason },
	{ header: '目标原文', value: (r) => r.commitment.sourceQuote },
	{ header: '实际出处', value: (r) => r.outcome?.sourceQuote ?? r.outcome?.sourceUrl ?? null }
];

const rateText = (f: Fulfilment) => (f.rate === null ? null : Math.round(f.rate * 1000) / 10);

export const yearColumns: Column<YearFulfilment>[] = [
	{ header: '年份', value: (y) => y.year },
	{ header: '主要目标达成', value: (y) => y.headline.kept },
	{ header: '主要目标可评估', value: (y) => y.headline.assessed },
	{ header: '主要目标完成率%', value: (y) => rateText(y.headline) },
	{ header: '待定', value: (y) => y.all.pending },
	{ header: '无法判断', value: (y) => y.all.unassessable },
	{ header: '全部达成', value: (y) => y.all.kept },
	{ header: '全部可评估', value: (y) => y.all.assessed },
	{ header: '全部完成率%', value: (y) => rateText(y.all) }
];

export type PointRow = SeriesPoint & { region: string; indicator: string };

export const pointColumns: Column<PointRow>[] = [
	{ header: '地区', value: (p) => p.region },
	{ header: '指标', value: (p) => p.indicator },
	{ header: '年份', value: (p) => p.year },
	{ header: '目标', value: (p) => p.targetText },
	{ header: '目标值', value: (p) => p.target },
	{ header: '力争值', value: (p) => p.stretch },
	{ header: '实际', value: (p) => p.actual },
	{ header: '实际为界限', value: (p) => p.actualBound },
	{ header: '预计数', value: (p) => (p.actualEstimated ? '是' : '否') },
	{ header: '状态', value: (p) => p.status },
	{ header: '说明', value: (p) => p.reason },
	{ header: '目标原文', value: (p) => p.quote }
];

export const seriesPoints = (series: RegionSeries[], indicator: string): PointRow[] =>
	series.flatMap((s) => s.points.map((p) => ({ ...p, region: s.name, indicator })));

/** A region's headline and overall counts, as the ranking and the list of regions write them. */
const fulfilmentColumns: Column<Pick<RankingRow, 'headline' | 'all'>>[] = [
	{ header: '主要目标达成', value: (r) => r.headline.kept },
	{ header: '主要目标可评估', value: (r) => r.headline.assessed },
	{ header: '主要目标完成率%', value: (r) => rateText(r.headline) },
	{ header: '全部达成', value: (r) => r.all.kept },
	{ header: '全部可评估', value: (r) => r.all.assessed },
	{ header: '全部完成率%', value: (r) => rateText(r.all) },
	{ header: '待定', value: (r) => r.all.pending },
	{ header: '无法判断', value: (r) => r.all.unassessable }
];

export const rankingColumns: Column<RankingRow>[] = [
	{ header: '代码', value: (r) => r.code },
	{ header: '地区', value: (r) => r.name },
	{ header: '上级', value: (r) => r.parentName },
	...fulfilmentColumns
];

export const trackedColumns: Column<TrackedRegion>[] = [
	{ header: '代码', value: (r) => r.code },
	{ header: '地区', value: (r) => r.name },
	{ header: '层级', value: (r) => r.level },
	{ header: '上级', value: (r) => r.parentName },
	{ header: '报告', value: (r) => r.reports },
	{ header: '目标', value: (r) => r.commitments },
	{ header: '实际数据', value: (r) => r.outcomes },
	...fulfilmentColumns
];
