import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { Status } from '$lib/assess';
import { STATUS_NAMES } from '$lib/labels';

export const STATUS_COLOURS: Record<Status, string> = {
	met: '#1a7f37',
	exceeded: '#0f5323',
	missed: '#b3261e',
	pending: '#8c959f',
	unassessable: '#b08800'
};

const TARGET_COLOUR = '#9fb3cc';
const STRETCH_COLOUR = '#0b5cad';
const PALETTE = [
	'#b3261e',
	'#0b5cad',
	'#1a7f37',
	'#8250df',
	'#b08800',
	'#cf4e00',
	'#1b7c83',
	'#6e7781'
];

export const percent = (rate: number | null) =>
	rate === null ? null : Math.round(rate * 1000) / 10;

/** Wraps a long quote for a tooltip, which has no wrapping of its own. */
function wrap(text: string, width = 24): string[] {
	const lines: string[] = [];
	for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
	return lines;
}

const base = {
	responsive: true,
	maintainAspectRatio: false,
	animation: false as const,
	plugins: { legend: { labels: { boxWidth: 12 } } }
};

export interface RateBar {
	label: string;
	rate: number | null;
	kept: number;
	assessed: number;
}

/** Fulfilment rate per year or per region; bars without assessed commitments are left empty. */
export function fulfilmentBars(
	items: RateBar[],
	title = '主要目标完成率'
): ChartConfiguration<'bar'> {
	return {
		type: 'bar',
		data: {
			labels: items.map((i) => i.label),
			// minBarLength: a rate of 0% still shows, unlike a region with nothing assessed yet
			datasets: [
				{
					label: title,
					data: items.map((i) => percent(i.rate)),
					backgroundColor: '#b3261e',
					minBarLength: 3
				}
			]
		},
		options: {
			...base,
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						label: (ctx: TooltipItem<'bar'>) => {
							const item = items[ctx.dataIndex]!;
							return item.rate === null
								? '尚无可评估的目标'
								: `${item.kept} / ${item.assessed} 达成（${percent(item.rate)}%）`;
						}
					}
				}
			},
			scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } }
		}
	};
}

export interface PromisePoint {
	year: number;
	target: number | null;
	stretch: number | null;
	targetText: string;
	quote: string;
	actual: number | null;
	actualBound: '<=' | '>=' | null;
	actualEstimated: boolean;
	status: Status;
}

/** Target and actual side by side per year; the stretch figure (力争) as a marker. */
export function promisedVsDelivered(
	points: PromisePoint[],
	unit: string | null
): ChartConfiguration<'bar' | 'line'> {
	const suffix = unit === '%' ? '%' : (unit ?? '');
	const hasStretch = points.some((p) => p.stretch !== null);
	const datasets: ChartConfiguration<'bar' | 'line'>['data']['datasets'] = [
		{
			type: 'bar',
			label: '目标',
			data: points.map((p) => p.target),
			backgroundColor: TARGET_COLOUR
		},
		{
			type: 'bar',
			label: '实际',
			data: points.map((p) => p.actual),
			backgroundColor: points.map((p) => STATUS_COLOURS[p.status])
		}
	];
	if (hasStretch) {
		datasets.push({
			type: 'line',
			label: '力争',
			data: points.map((p) => p.stretch),
			showLine: false,
			pointStyle: 'line',
			pointRadius: 14,
			pointBorderWidth: 3,
			borderColor: STRETCH_COLOUR,
			backgroundColor: STRETCH_COLOUR
		});
	}
	return {
		type: 'bar',
		data: { labels: points.map((p) => String(p.year)), datasets },
		options: {
			...base,
			plugins: {
				...base.plugins,
				tooltip: {
					callbacks: {
						label: (ctx) => {
							const p = points[ctx.dataIndex]!;
							if (ctx.dataset.label === '目标')
								return [`目标 ${p.targetText}`, ...wrap(`“${p.quote}”`)];
							if (ctx.dataset.label === '力争') return `力争 ${p.stretch}${suffix}`;
							if (p.actual === null) return '实际：尚无数据';
							const bound = p.actualBound === '<=' ? '≤' : p.actualBound === '>=' ? '≥' : '';
							const estimate = p.actualEstimated ? '（预计）' : '';
							return `实际 ${bound}${p.actual}${suffix}${estimate} · ${STATUS_NAMES[p.status]}`;
						}
					}
				}
			},
			scales: { y: { grace: '8%', ticks: { callback: (v) => `${v}${suffix}` } } }
		}
	};
}

export interface ScatterPoint {
	name: string;
	year: number;
	target: number;
	actual: number;
	status: Status;
	/** left out where a chart has hundreds of dots (a prefecture's counties over the years) */
	quote?: string;
}

/** Target (x) against actual (y), GDP growth unless told; dots above the diagonal beat their target. */
export function ambitionScatter(
	points: ScatterPoint[],
	axes: { x: string; y: string; unit: string } = {
		x: 'GDP 增长目标 %',
		y: '实际增长 %',
		unit: '%'
	}
): ChartConfiguration<'scatter' | 'line'> {
	const values = points.flatMap((p) => [p.target, p.actual]);
	const lo = Math.floor(Math.min(0, ...values));
	const hi = Math.ceil(Math.max(10, ...values));
	return {
		type: 'scatter',
		data: {
			datasets: [
				{
					type: 'scatter',
					label: '地区·年份',
					data: points.map((p) => ({ x: p.target, y: p.actual })),
					pointBackgroundColor: points.map((p) => STATUS_COLOURS[p.status]),
					pointRadius: 6,
					// a point on the edge of the scale (a target of 10%) is drawn whole
					clip: false
				},
				{
					type: 'line',
					label: '实际 = 目标',
					data: [
						{ x: lo, y: lo },
						{ x: hi, y: hi }
					],
					borderColor: '#8c959f',
					borderDash: [4, 4],
					pointRadius: 0,
					borderWidth: 1
				}
			]
		},
		options: {
			...base,
			plugins: {
				...base.plugins,
				tooltip: {
					filter: (item) => item.datasetIndex === 0,
					callbacks: {
						label: (ctx) => {
							const p = points[ctx.dataIndex]!;
							return [
								`${p.name} ${p.year}年`,
								`目标 ${p.target}${axes.unit}，实际 ${p.actual}${axes.unit}`,
								...(p.quote ? wrap(`“${p.quote}”`) : [])
							];
						}
					}
				}
			},
			scales: {
				x: { type: 'linear', min: lo, max: hi, title: { display: true, text: axes.x } },
				y: { min: lo, max: hi, title: { display: true, text: axes.y } }
			}
		}
	};
}

export interface CompareSeries {
	name: string;
	points: PromisePoint[];
}

/** One line per region for the actual, a dashed line in the same colour for its target. */
export function compareLines(
	series: CompareSeries[],
	unit: string | null
): ChartConfiguration<'line'> {
	const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort(
		(a, b) => a - b
	);
	const suffix = unit === '%' ? '%' : (unit ?? '');
	const at = (s: CompareSeries, year: number) => s.points.find((p) => p.year === year);
	const datasets = series.flatMap((s, i) => {
		const colour = PALETTE[i % PALETTE.length]!;
		return [
			{
				label: `${s.name} 实际`,
				data: years.map((y) => at(s, y)?.actual ?? null),
				borderColor: colour,
				backgroundColor: colour,
				spanGaps: true
			},
			{
				label: `${s.name} 目标`,
				data: years.map((y) => at(s, y)?.target ?? null),
				borderColor: colour,
				backgroundColor: '#fff',
				borderDash: [6, 4],
				spanGaps: true
			}
		];
	});
	return {
		type: 'line',
		data: { labels: years.map(String), datasets },
		options: {
			...base,
			plugins: {
				...base.plugins,
				tooltip: {
					callbacks: {
						label: (ctx) => {
							const s = series[Math.floor(ctx.datasetIndex / 2)]!;
							const p = at(s, years[ctx.dataIndex]!);
							if (!p) return `${ctx.dataset.label}：—`;
							if (ctx.datasetIndex % 2 === 1)
								return [`${s.name} 目标 ${p.targetText}`, ...wrap(`“${p.quote}”`)];
							return `${s.name} 实际 ${p.actual ?? '—'}${p.actual === null ? '' : suffix} · ${STATUS_NAMES[p.status]}`;
						}
					}
				}
			},
			scales: { y: { ticks: { callback: (v) => `${v}${suffix}` } } }
		}
	};
}
