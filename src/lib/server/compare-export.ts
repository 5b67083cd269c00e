/** The CSV tables of ambition against delivery: one row a region-year, one row a miss. */
import { toPlaces } from '../assess/precision';
import { STATUS_NAMES } from '../labels';
import type { AfterMiss, AmbitionPoint } from './ambition';
import type { Column } from './export';

/** A figure at the report's precision, as a number (a text "-5.0" would be defused). */
const atPlaces = (value: number | null, places: number | null) =>
	value === null ? null : places === null ? value : Number(toPlaces(value, places));

const CHANGE_NAMES = { lower: '下调', same: '持平', higher: '上调' } as const;

export const ambitionColumns: Column<AmbitionPoint>[] = [
	{ header: '代码', value: (p) => p.code },
	{ header: '地区', value: (p) => p.name },
	{ header: '年份', value: (p) => p.year },
	{ header: '口径', value: (p) => p.metric },
	{ header: '目标', value: (p) => p.targetText },
	{ header: '目标值', value: (p) => p.target },
	{ header: '力争值', value: (p) => p.stretch },
	{ header: '单位', value: (p) => p.unit },
	{ header: '实际', value: (p) => atPlaces(p.actual, p.decimals) },
	{ header: '实际为界限', value: (p) => p.actualBound },
	{ header: '预计数', value: (p) => (p.estimated ? '是' : '否') },
	{ header: '差距', value: (p) => atPlaces(p.gap, p.gapDecimals) },
	{ header: '状态', value: (p) => p.status },
	{ header: '状态（中文）', value: (p) => STATUS_NAMES[p.status] },
	{ header: '人工核对', value: (p) => (p.reviewed ? '是' : '否') },
	{ header: '目标原文', value: (p) => p.quote },
	{ header: '报告id', value: (p) => p.reportId },
	{ header: 'commitment_id', value: (p) => p.commitmentId }
];

export const afterMissColumns: Column<AfterMiss>[] = [
	{ header: '代码', value: (m) => m.code },
	{ header: '地区', value: (m) => m.name },
	{ header: '未完成年份', value: (m) => m.year },
	{ header: '口径', value: (m) => m.metric },
	{ header: '当年目标', value: (m) => m.missedTargetText },
	{ header: '当年目标值', value: (m) => m.missedTarget },
	{ header: '实际', value: (m) => atPlaces(m.actual, m.decimals) },
	{ header: '次年目标', value: (m) => m.nextTargetText },
	{ header: '次年目标值', value: (m) => m.nextTarget },
	{ header: '变化', value: (m) => m.change },
	{ header: '变化（中文）', value: (m) => (m.change ? CHANGE_NAMES[m.change] : '尚无次年目标') }
];
