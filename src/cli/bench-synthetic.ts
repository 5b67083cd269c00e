/**
 * A synthetic national database for the benchmarks (`npm run bench:seed`): every county and
 * prefecture of the GB/T 2260 list (or a fraction of them), years 2011–2025, ~80 commitments per
 * region-year (10 headline targets of catalogue indicators, 2 qualitative, 68 tasks), their
 * outcomes (some estimated, ~5 % superseded by a later figure, a mix of review states) and one
 * work report per region and plan year as their source.
 *
 * Built with the project's own schema (openDatabase migrates it) and reference data, but written
 * with raw prepared statements in big transactions; every commitment is assessed in memory with
 * the project's pure `assess()`, and `assessments`, `fulfilment_counts` and `region_years` are
 * filled from the same pass, as `rebuildAssessments` would fill them.
 *
 * Tasks (indicator `other`) carry their subject as scope (农村公路, 老旧小区…), so that each task is
 * judged on its own outcome rather than on whichever `other` figure is newest.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
	assess,
	selectOutcome,
	type Assessment,
	type CommitmentInput,
	type OutcomeInput,
	type Status
} from '../lib/assess';
import { scopeKey } from '../lib/assess/select';
import { INDICATORS } from '../lib/extract/indicators';
import { openDatabase } from '../lib/server/db';
import { loadIndicators } from '../lib/server/indicators';
import { loadRegions } from '../lib/server/regions';
import { assessmentBasis } from '../lib/server/assessments';
import { assessSettings } from '../lib/server/settings';
import { mulberry32 } from './random';

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2025;
export const PER_REGION_YEAR = 80;
export const HEADLINE_PER_REGION_YEAR = 10;
export const QUALITATIVE_PER_REGION_YEAR = 2;

export interface SeedOptions {
	/** share of the counties and prefectures to fill (1: all of them) */
	fraction?: number;
	/** seed of the generator: the same seed and fraction give the same database */
	seed?: number;
	log?: (line: string) => void;
	/** false: write the two parts in turn in this thread (tests), not in two worker threads */
	workers?: boolean;
}

export interface SeedSummary {
	regions: number;
	regionYears: number;
	reports: number;
	commitments: number;
	outcomes: number;
	superseded: number;
	estimated: number;
	statuses: Record<Status, number>;
	seconds: number;
}

/** Seeded choices for the dataset (mulberry32: the same seed, the same data). */
function generator(seed: number) {
	const next = mulberry32(seed);
	return {
		next,
		int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
		pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
		chance: (p: number) => next() < p,
		/** one decimal */
		round1: (v: number) => Math.round(v * 10) / 10,
		round2: (v: number) => Math.round(v * 100) / 100
	};
}
type Rng = ReturnType<typeof generator>;

/** The subjects of tasks: [verb, subject (the scope), unit, typical size]. */
const TASK_SUBJECTS: ReadonlyArray<readonly [string, string, string, number]> = [
	['新建', '农村公路', '公里', 80],
	['改造', '老旧小区', '个', 30],
	['新建', '中小学校', '所', 5],
	['新增', '幼儿园学位', '个', 600],
	['改造', '农村危房', '户', 300],
	['新建', '污水管网', '公里', 40],
	['建成', '高标准农田', '万亩', 5],
	['新增', '城镇就业岗位', '个', 3000],
	['实施', '重点项目', '个', 60],
	['新建', '5G基站', '个', 200],
	['改造', '棚户区', '户', 800],
	['新建', '城市绿地', '公顷', 20],
	['完成', '植树造林', '万亩', 3],
	['新建', '充电桩', '个', 300],
	['新增', '市场主体', '户', 4000],
	['培育', '规上工业企业', '家', 15],
	['新建', '标准厂房', '万平方米', 20],
	['改造', '农村户厕', '户', 2000],
	['新建', '养老服务中心', '个', 6],
	['新增', '停车泊位', '个', 1500],
	['建设', '乡村振兴示范村', '个', 10],
	['新建', '供水管网', '公里', 50],
	['改造', '燃气管道', '公里', 25],
	['新增', '高新技术企业', '家', 12],
	['建成', '保障性住房', '套', 500],
	['新建', '社区卫生服务站', '个', 8],
	['治理', '水土流失面积', '平方公里', 30],
	['新建', '文化广场', '个', 10],
	['完成', '招商引资项目', '个', 40],
	['新增', '公交线路', '条', 6],
	['改造', '背街小巷', '条', 50],
	['新建', '冷链仓储', '万吨', 2],
	['培训', '新型职业农民', '人', 1500],
	['新建', '体育健身场地', '个', 20],
	['新增', '电商企业', '家', 30],
	['改造', '农村电网', '公里', 100],
	['建成', '生态护岸', '公里', 15],
	['新建', '垃圾中转站', '座', 4],
	['新增', '绿色建筑面积', '万平方米', 30],
	['完成', '土地整治', '万亩', 2],
	['新建', '农贸市场', '个', 3],
	['改造', '城市道路', '公里', 20],
	['新增', '普惠托育位', '个', 300],
	['建设', '智慧社区', '个', 12],
	['新建', '光伏电站', '兆瓦', 50],
	['建成', '物流园区', '个', 2],
	['完成', '河道清淤', '公里', 60],
	['新增', '博士后工作站', '个', 2],
	['改造', '学校运动场', '个', 15],
	['新建', '人才公寓', '套', 400],
	['新增', '旅游星级饭店', '家', 3],
	['建设', '美丽乡村', '个', 25],
	['新建', '应急避难场所', '个', 5],
	['完成', '农村饮水安全巩固', '处', 40],
	['培育', '龙头企业', '家', 8],
	['新建', '桥梁', '座', 10],
	['新增', '城市公园', '个', 4],
	['改造', '供热管网', '公里', 30],
	['新建', '农村寄宿制学校', '所', 3],
	['新增', '养老床位', '张', 500],
	['建成', '数字乡村试点', '个', 6],
	['新建', '消防站', '座', 2],
	['完成', '矿山生态修复', '公顷', 80],
	['新增', '专利授权', '件', 800],
	['建设', '现代农业园区', '个', 4],
	['新建', '口袋公园', '个', 15],
	['改造', '老旧管网', '公里', 45],
	['新增', '科技型中小企业', '家', 40],
	['新建', '公共厕所', '座', 30],
	['完成', '危桥改造', '座', 12]
];
/** How a task's target compares with its subject's typical size, and its result with its target. */
const TASK_SIZES = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5];
const TASK_RESULTS = [0.8, 0.9, 0.95, 1, 1, 1, 1.05, 1.1, 1.2];
const TASKS_PER_REGION_YEAR =
	PER_REGION_YEAR - HEADLINE_PER_REGION_YEAR - QUALITATIVE_PER_REGION_YEAR;
if (TASK_SUBJECTS.length < TASKS_PER_REGION_YEAR) throw new Error('too few task subjects');

const NAMES: Record<string, string> = Object.fromEntries(INDICATORS.map((i) => [i.code, i.nameZh]));
const REVIEW_WEIGHTS_COMMITMENTS = [
	['machine', 0.8],
	['reviewed', 0.14],
	['corrected', 0.06]
] as const;
const REVIEW_WEIGHTS_OUTCOMES = [
	['machine', 0.8],
	['reviewed', 0.13],
	['corrected', 0.04],
	['rejected', 0.03]
] as const;

function weighted<T extends string>(rng: Rng, weights: ReadonlyArray<readonly [T, number]>): T {
	let r = rng.next();
	for (const [value, w] of weights) {
		if (r < w) return value;
		r -= w;
	}
	return weights[weights.length - 1]![0];
}

export interface Region {
	code: string;
	name: string;
	level: string;
}

interface GenCommitment extends CommitmentInput {
	regionCode: string;
	year: number;
	name: string;
	scope: string | null;
	headline: boolean;
	sourceReportId: number;
	sourceQuote: string;
	quoteStart: number | null;
	quoteEnd: number | null;
	reviewState: string;
	createdAt: number;
}

interface GenOutcome extends OutcomeInput {
	regionCode: string;
	year: number;
	name: string;
	scope: string | null;
	sourceReportId: number | null;
	sourceUrl: string | null;
	sourceQuote: string;
	quoteStart: number | null;
	quoteEnd: number | null;
	sourceDate: string | null;
	reviewState: string;
}

/** "全县", "全区", "全市", "全旗": how a report names its own region. */
function whole(name: string): string {
	const last = name.slice(-1);
	return `全${['县', '区', '市', '旗'].includes(last) ? last : '县'}`;
}

const fmt = (v: number) => String(v);
/** Now, in ms (for the breakdown of where a part spends its time). */
const cpu = () => performance.now();
const ms = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d, 1, 0, 0);

/** What a region's headline targets are set against: its size and its pace. */
interface Profile {
	gdp: number;
	pace: number;
}

interface TargetSpec {
	indicator: string;
	metric: CommitmentInput['metric'];
	comparator: CommitmentInput['comparator'];
	value: number | null;
	stretch: number | null;
	unit: string | null;
	relativeTo: string | null;
	quote: string;
	/** the actual the outcome will carry */
	actual: number;
	actualQuote: (v: number, estimated: boolean) => string;
}

function headlineTargets(rng: Rng, region: Region, year: number, p: Profile): TargetSpec[] {
	const w = whole(region.name);
	const specs: TargetSpec[] = [];
	const growth = (
		indicator: string,
		base: number,
		comparator: '>=' | '~' | '<=' = '>=',
		spread = 1.5
	) => {
		// on a grid (targets in halves, actuals in tenths), as reports write them: alike rows assess alike
		const value = Math.max(0.5, Math.round((base + rng.next() * 2 - 1) * 2) / 2);
		const suffix = comparator === '~' ? '左右' : comparator === '<=' ? '以内' : '以上';
		const stretch = comparator === '>=' && rng.chance(0.1) ? value + 1 : null;
		const name = NAMES[indicator]!;
		specs.push({
			indicator,
			metric: 'growth',
			comparator,
			value,
			stretch,
			unit: '%',
			relativeTo: null,
			quote:
				stretch === null
					? `${w}${name}增长${fmt(value)}%${suffix}`
					: `${w}${name}增长${fmt(value)}%，力争${fmt(stretch)}%`,
			actual: rng.round1(value + rng.int(-spread * 10, spread * 10) / 10),
			actualQuote: (v, est) => `${name}${est ? '预计' : ''}增长${fmt(v)}%`
		});
	};
	growth('gdp', p.pace, rng.chance(0.4) ? '~' : '>=');
	const gdpTarget = rng.round2(p.gdp * (1 + p.pace / 100));
	specs.push({
		indicator: 'gdp',
		metric: 'level',
		comparator: '>=',
		value: gdpTarget,
		stretch: null,
		unit: '亿元',
		relativeTo: null,
		quote: `${w}地区生产总值达到${fmt(gdpTarget)}亿元`,
		actual: rng.round2(gdpTarget * (0.96 + rng.next() * 0.08)),
		actualQuote: (v, est) => `地区生产总值${est ? '预计' : ''}完成${fmt(v)}亿元`
	});
	growth('industrial_va', p.pace + 1, '>=', 2.5);
	growth('fixed_asset_investment', p.pace + 2, '>=', 4);
	growth('retail_sales', p.pace + 1);
	if (rng.chance(0.2)) {
		specs.push({
			indicator: 'budget_revenue',
			metric: 'relative',
			comparator: '=',
			value: null,
			stretch: null,
			unit: null,
			relativeTo: 'gdp',
			quote: `一般公共预算收入与经济增长保持同步`,
			actual: rng.round1(Math.round(p.pace) + rng.int(-20, 20) / 10),
			actualQuote: (v, est) => `一般公共预算收入${est ? '预计' : ''}增长${fmt(v)}%`
		});
	} else growth('budget_revenue', p.pace, '>=', 3);
	growth('urban_income', p.pace);
	growth('rural_income', p.pace + 1);
	const cpi = rng.chance(0.5) ? 3 : 3.5;
	specs.push({
		indicator: 'cpi',
		metric: 'growth',
		comparator: '<=',
		value: cpi,
		stretch: null,
		unit: '%',
		relativeTo: null,
		quote: `居民消费价格涨幅控制在${fmt(cpi)}%以内`,
		actual: rng.round1(1 + rng.int(0, 28) / 10),
		actualQuote: (v, est) => `居民消费价格${est ? '预计' : ''}上涨${fmt(v)}%`
	});
	const jobless = rng.chance(0.5) ? 4.5 : 4;
	specs.push({
		indicator: 'unemployment_rate',
		metric: 'rate',
		comparator: '<=',
		value: jobless,
		stretch: null,
		unit: '%',
		relativeTo: null,
		quote: `城镇登记失业率控制在${fmt(jobless)}%以内`,
		actual: rng.round1(3 + rng.int(0, 18) / 10),
		actualQuote: (v) => `城镇登记失业率${fmt(v)}%`
	});
	void year;
	return specs;
}

/** The generated rows of one region: commitments and outcomes of every year, and its reports. */
interface RegionRows {
	reports: {
		id: number;
		planYear: number;
		title: string;
		text: string;
		createdAt: number;
	}[];
	commitments: GenCommitment[];
	outcomes: GenOutcome[];
}

interface Ids {
	report: number;
	commitment: number;
	outcome: number;
}

function generateRegion(rng: Rng, region: Region, ids: Ids): RegionRows {
	const reportId = new Map<number, number>();
	// plan years 2011–2026: report Y states the targets of Y and the results of Y − 1
	for (let y = FIRST_YEAR; y <= LAST_YEAR + 1; y++) reportId.set(y, ids.report++);
	const profile: Profile = {
		gdp: rng.round2(
			region.level === 'prefecture' ? 800 + rng.next() * 4000 : 60 + rng.next() * 600
		),
		pace: 6 + rng.next() * 3
	};
	const targetLines = new Map<number, { quote: string; row: GenCommitment | null }[]>();
	const resultLines = new Map<number, { quote: string; row: GenOutcome }[]>();
	const commitments: GenCommitment[] = [];
	const outcomes: GenOutcome[] = [];

	for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
		const source = reportId.get(year)!;
		const createdAt = ms(year, 1, 20);
		const lines: { quote: string; row: GenCommitment | null }[] = [];
		const results: { quote: string; row: GenOutcome }[] = [];
		const resultReport = reportId.get(year + 1)!;
		const recordedBase = ms(year + 1, 1, 20);
		const latest = year === LAST_YEAR;
		const coverage = latest ? 0.45 : 0.93;

		const addOutcome = (
			c: GenCommitment,
			metric: OutcomeInput['metric'],
			value: number,
			quoteOf: (v: number, estimated: boolean) => string,
			inText: boolean
		) => {
			const estimated = latest || rng.chance(0.08);
			const superseded = rng.chance(0.05);
			const bound = metric === 'growth' && rng.chance(0.01) ? ('>=' as const) : null;
			const first: GenOutcome = {
				id: ids.outcome++,
				regionCode: region.code,
				year,
				indicator: c.indicator,
				name: c.name,
				scope: c.scope,
				metric,
				value,
				unit: c.metric === 'relative' ? '%' : c.unit,
				estimated: estimated || superseded,
				bound,
				recordedAt: new Date(recordedBase + outcomes.length),
				supersededBy: null,
				sourceReportId: resultReport,
				sourceUrl: null,
				sourceQuote: quoteOf(value, estimated || superseded) + (bound ? '以上' : ''),
				quoteStart: null,
				quoteEnd: null,
				sourceDate: `${year + 1}-01-20`,
				reviewState: weighted(rng, REVIEW_WEIGHTS_OUTCOMES)
			};
			outcomes.push(first);
			if (inText) results.push({ quote: first.sourceQuote, row: first });
			if (superseded) {
				const final =
					c.indicator === 'other'
						? Math.max(0, value + rng.pick([-2, -1, 1, 2]))
						: rng.round2(value + rng.pick([-0.2, -0.1, 0.1, 0.2]));
				const second: GenOutcome = {
					...first,
					id: ids.outcome++,
					value: final,
					estimated: false,
					bound: null,
					recordedAt: new Date(ms(year + 1, 4, 15) + outcomes.length),
					sourceReportId: null,
					sourceUrl: `https://example.org/bulletin/${region.code}/${year}`,
					sourceQuote: quoteOf(final, false),
					sourceDate: `${year + 1}-04-15`,
					reviewState: weighted(rng, REVIEW_WEIGHTS_OUTCOMES)
				};
				first.supersededBy = second.id;
				outcomes.push(second);
			}
		};

		const commitment = (
			fields: Omit<
				GenCommitment,
				| 'id'
				| 'regionCode'
				| 'year'
				| 'sourceReportId'
				| 'quoteStart'
				| 'quoteEnd'
				| 'reviewState'
				| 'createdAt'
			>,
			inText: boolean
		): GenCommitment => {
			const c: GenCommitment = {
				id: ids.commitment++,
				regionCode: region.code,
				year,
				indicator: fields.indicator,
				name: fields.name,
				scope: fields.scope,
				metric: fields.metric,
				comparator: fields.comparator,
				value: fields.value,
				stretch: fields.stretch,
				unit: fields.unit,
				relativeTo: fields.relativeTo,
				headline: fields.headline,
				sourceReportId: source,
				sourceQuote: fields.sourceQuote,
				quoteStart: null,
				quoteEnd: null,
				reviewState: weighted(rng, REVIEW_WEIGHTS_COMMITMENTS),
				createdAt
			};
			commitments.push(c);
			if (inText) lines.push({ quote: c.sourceQuote, row: c });
			return c;
		};

		for (const spec of headlineTargets(rng, region, year, profile)) {
			const c = commitment(
				{
					indicator: spec.indicator,
					name: NAMES[spec.indicator]!,
					scope: null,
					metric: spec.metric,
					comparator: spec.comparator,
					value: spec.value,
					stretch: spec.stretch,
					unit: spec.unit,
					relativeTo: spec.relativeTo,
					headline: true,
					sourceQuote: spec.quote
				},
				true
			);
			if (rng.chance(coverage)) {
				const metric = spec.metric === 'relative' ? 'growth' : spec.metric;
				// a relative target is judged on its own growth against the gdp growth outcome
				addOutcome(c, metric, spec.actual, spec.actualQuote, true);
			}
		}
		commitment(
			{
				indicator: 'energy_intensity',
				name: '单位地区生产总值能耗',
				scope: null,
				metric: 'qualitative',
				comparator: '=',
				value: null,
				stretch: null,
				unit: null,
				relativeTo: null,
				headline: false,
				sourceQuote: '单位地区生产总值能耗完成上级下达的控制任务'
			},
			true
		);
		commitment(
			{
				indicator: 'other',
				name: '营商环境',
				scope: '营商环境',
				metric: 'qualitative',
				comparator: '=',
				value: null,
				stretch: null,
				unit: null,
				relativeTo: null,
				headline: false,
				sourceQuote: '营商环境持续优化，力争进入全省前列'
			},
			true
		);
		// tasks: a random choice of distinct subjects
		const order = TASK_SUBJECTS.map((_, i) => i);
		for (let i = 0; i < TASKS_PER_REGION_YEAR; i++) {
			const j = i + Math.floor(rng.next() * (order.length - i));
			[order[i], order[j]] = [order[j]!, order[i]!];
			const [verb, subject, unit, size] = TASK_SUBJECTS[order[i]!]!;
			const value = Math.max(1, Math.round(size * rng.pick(TASK_SIZES)));
			const comparator = rng.chance(0.7) ? '=' : '>=';
			const c = commitment(
				{
					indicator: 'other',
					name: `${verb}${subject}`,
					scope: subject,
					metric: 'level',
					comparator,
					value,
					stretch: null,
					unit,
					relativeTo: null,
					headline: false,
					sourceQuote: `${verb}${subject}${fmt(value)}${unit}${comparator === '>=' ? '以上' : ''}`
				},
				false
			);
			if (rng.chance(coverage)) {
				const actual = Math.round(value * rng.pick(TASK_RESULTS));
				addOutcome(c, 'level', actual, (v) => `${verb}${subject}${fmt(v)}${unit}`, false);
			}
		}
		targetLines.set(year, lines);
		resultLines.set(year, results);
	}

	// the reports' texts, with the offsets of the quotes that are in them
	const reports: RegionRows['reports'] = [];
	for (let planYear = FIRST_YEAR; planYear <= LAST_YEAR + 1; planYear++) {
		let text = `${region.name}人民政府工作报告（${planYear}年）\n\n各位代表：\n\n现在，我代表${region.name}人民政府，向大会报告政府工作，请予审议。\n\n一、${planYear - 1}年工作回顾\n\n`;
		const place = (quote: string, row: { quoteStart: number | null; quoteEnd: number | null }) => {
			row.quoteStart = text.length;
			text += quote;
			row.quoteEnd = text.length;
			text += '；';
		};
		for (const { quote, row } of resultLines.get(planYear - 1) ?? []) place(quote, row);
		text += `\n\n过去一年，各项重点任务扎实推进。\n\n二、${planYear}年主要目标\n\n`;
		for (const { quote, row } of targetLines.get(planYear) ?? []) if (row) place(quote, row);
		text += `\n\n围绕上述目标，${whole(region.name)}将统筹推进${TASKS_PER_REGION_YEAR}项重点任务。\n`;
		reports.push({
			id: reportId.get(planYear)!,
			planYear,
			title: `${region.name}${planYear}年政府工作报告`,
			text,
			createdAt: ms(planYear, 1, 20)
		});
	}
	return { reports, commitments, outcomes };
}

/**
 * An INSERT that sends its rows many at a time (one statement of `ROWS` rows), in the
 * transaction that is open when the batch fills; `flush` writes what is left.
 */
function batched(client: Database.Database, head: string, row: string) {
	const ROWS = 50;
	const width = row.split('?').length - 1;
	const many = client.prepare(`${head} VALUES ${Array(ROWS).fill(row).join(', ')}`);
	const one = client.prepare(`${head} VALUES ${row}`);
	let params: unknown[] = [];
	return {
		add(...values: unknown[]) {
			for (const v of values) params.push(v);
			if (params.length === width * ROWS) {
				many.run(params);
				params = [];
			}
		},
		flush() {
			for (let i = 0; i < params.length; i += width) one.run(params.slice(i, i + width));
			params = [];
		}
	};
}

/** A report's items nobody has checked yet (its `unreviewed`, as migration 0006 counts them). */
function machineItemsByReport(rows: RegionRows): Map<number, number> {
	const counts = new Map<number, number>();
	for (const item of [...rows.commitments, ...rows.outcomes])
		if (item.reviewState === 'machine' && item.sourceReportId !== null)
			counts.set(item.sourceReportId, (counts.get(item.sourceReportId) ?? 0) + 1);
	return counts;
}

type Counts = Record<Status, number>;
const zero = (): Counts => ({ met: 0, exceeded: 0, missed: 0, pending: 0, unassessable: 0 });

/** The regions the dataset covers: every county and prefecture, or a deterministic share. */
function chooseRegions(all: Region[], fraction: number, seed: number): Region[] {
	const rng = generator(seed);
	const eligible = all.filter((r) => r.level === 'county' || r.level === 'prefecture');
	if (fraction >= 1) return eligible;
	const chosen = eligible.filter(() => rng.chance(fraction));
	for (const level of ['county', 'prefecture'])
		if (!chosen.some((r) => r.level === level)) {
			const first = eligible.find((r) => r.level === level);
			if (first) chosen.push(first);
		}
	return chosen.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * The dataset is written in two parts, each into its own copy of the migrated empty database
 * and by its own thread (two cores): both generate every region alike (the same seed gives the
 * same rows) and assess it, and each writes its own tables. The parts are then copied into the
 * database whole (SQLite's transfer of an empty table from an identical one copies pages).
 */
export const PARTS = {
	commitments: ['commitments', 'assessments'],
	outcomes: ['reports', 'outcomes', 'fulfilment_counts', 'region_years']
} as const;
export type Part = keyof typeof PARTS;

export interface PartSummary {
	part: Part;
	regionYears: number;
	reports: number;
	commitments: number;
	outcomes: number;
	superseded: number;
	estimated: number;
	statuses: Record<Status, number>;
	cachedAssessments: number;
	ms: { generate: number; assess: number; insert: number; indexes: number };
}

/** Writes one part of the dataset into `file` (a copy of the migrated empty database). */
export function writePart(part: Part, file: string, regions: Region[], seed: number): PartSummary {
	const client = new Database(file);
	client.pragma('journal_mode = OFF');
	client.pragma('synchronous = OFF');
	client.pragma('foreign_keys = OFF');
	client.pragma('cache_size = -300000');
	client.pragma('temp_store = MEMORY');
	const tables: readonly string[] = PARTS[part];
	// the indexes of the part's tables are built after the rows, at once: much faster
	const indexes = client
		.prepare(
			`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(',')})`
		)
		.all(...tables) as { name: string; sql: string }[];
	for (const { name } of indexes) client.exec(`DROP INDEX "${name}"`);
	const mine = part === 'commitments';

	const insertReport = batched(
		client,
		`INSERT INTO reports (id, region_code, kind, title, date, review_year, plan_year, source_url, region_name, text, content_hash, views, unreviewed, created_at)`,
		`(?, ?, 'work_report', ?, ?, ?, ?, NULL, ?, ?, ?, 0, ?, ?)`
	);
	const insertCommitment = batched(
		client,
		`INSERT INTO commitments (id, region_code, year, indicator, name, scope, metric, comparator, value, stretch, unit, relative_to, headline, source_report_id, source_quote, quote_start, quote_end, review_state, version, created_at)`,
		`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`
	);
	const insertOutcome = batched(
		client,
		`INSERT INTO outcomes (id, region_code, year, indicator, name, scope, metric, value, unit, estimated, bound, source_report_id, source_url, source_quote, quote_start, quote_end, source_date, recorded_at, superseded_by, review_state)`,
		`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertAssessment = batched(
		client,
		`INSERT INTO assessments (commitment_id, region_code, year, headline, indicator, metric, status, actual, actual_bound, actual_estimated, outcome_id, reference, gap, attainment, decimals, gap_decimals, reason, judged, reviewed)`,
		`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`
	);
	const insertCount = batched(
		client,
		`INSERT INTO fulfilment_counts (region_code, year, headline, reviewed, met, exceeded, missed, pending, unassessable)`,
		`(?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertRegionYear = batched(
		client,
		`INSERT INTO region_years (region_code, year, commitments, outcomes, unreviewed)`,
		`(?, ?, ?, ?, ?)`
	);

	const settings = assessSettings();
	const ids: Ids = { report: 1, commitment: 1, outcome: 1 };
	const summary: PartSummary = {
		part,
		regionYears: 0,
		reports: 0,
		commitments: 0,
		outcomes: 0,
		superseded: 0,
		estimated: 0,
		statuses: zero(),
		cachedAssessments: 0,
		ms: { generate: 0, assess: 0, insert: 0, indexes: 0 }
	};
	const timing = summary.ms;
	const b = (v: boolean) => (v ? 1 : 0);

	// Many commitments are alike (the same target against the same figure): the rules are pure, so
	// an assessment depends only on the commitment's and the selected outcomes' fields, never on ids.
	const cache = new Map<string, Assessment>();
	const assessCached = (
		c: GenCommitment,
		own: GenOutcome[],
		reference: GenOutcome[] | undefined
	): { a: Assessment; outcomeId: number | null } => {
		const o = selectOutcome(c, own);
		const r = c.relativeTo
			? selectOutcome({ indicator: c.relativeTo, metric: 'growth' }, reference ?? [])
			: null;
		// The quotes count only through the decimals they write the figures with, and this
		// generator writes every figure as String(value) does: the value stands for both.
		const of = (x: GenOutcome | null) =>
			x ? `${x.value}|${x.unit}|${x.estimated}|${x.bound}` : '-';
		const key = `${c.metric}|${c.comparator}|${c.value}|${c.stretch}|${c.unit}|${c.relativeTo}|${of(o)}|${of(r)}`;
		let a = cache.get(key);
		if (a) summary.cachedAssessments++;
		else {
			a = assess(c, o ? [o] : [], {
				names: NAMES,
				settings,
				judgement: null,
				reference: r ? [r] : []
			});
			if (cache.size > 200_000) cache.clear();
			cache.set(key, a);
		}
		// (a copy with this commitment's ids would cost more than the assessment saved)
		return { a, outcomeId: a.outcomeId === null ? null : o!.id };
	};

	const writeRegion = (region: Region) => {
		let t = cpu();
		const rows = generateRegion(generator(seed + Number(region.code)), region, ids);
		timing.generate += cpu() - t;
		t = cpu();
		if (!mine) {
			const unreviewed = machineItemsByReport(rows);
			for (const r of rows.reports)
				insertReport.add(
					r.id,
					region.code,
					r.title,
					`${r.planYear}-01-20`,
					r.planYear - 1,
					r.planYear,
					region.name,
					r.text,
					createHash('sha256').update(r.text).digest('hex'),
					unreviewed.get(r.id) ?? 0,
					r.createdAt
				);
			for (const o of rows.outcomes)
				insertOutcome.add(
					o.id,
					o.regionCode,
					o.year,
					o.indicator,
					o.name,
					o.scope,
					o.metric,
					o.value,
					o.unit,
					b(o.estimated),
					o.bound,
					o.sourceReportId,
					o.sourceUrl,
					o.sourceQuote,
					o.quoteStart,
					o.quoteEnd,
					o.sourceDate,
					o.recordedAt.getTime(),
					o.supersededBy,
					o.reviewState
				);
		} else
			for (const c of rows.commitments)
				insertCommitment.add(
					c.id,
					c.regionCode,
					c.year,
					c.indicator,
					c.name,
					c.scope,
					c.metric,
					c.comparator,
					c.value,
					c.stretch,
					c.unit,
					c.relativeTo,
					b(c.headline),
					c.sourceReportId,
					c.sourceQuote,
					c.quoteStart,
					c.quoteEnd,
					c.reviewState,
					c.createdAt
				);
		for (const o of rows.outcomes) {
			if (o.supersededBy !== null) summary.superseded++;
			if (o.estimated) summary.estimated++;
		}
		summary.reports += rows.reports.length;
		summary.commitments += rows.commitments.length;
		summary.outcomes += rows.outcomes.length;
		timing.insert += cpu() - t;

		// assess each region-year in memory, as refreshRegionYears does from the database
		const outcomesByYear = new Map<number, GenOutcome[]>();
		for (const o of rows.outcomes) {
			const list = outcomesByYear.get(o.year) ?? [];
			list.push(o);
			outcomesByYear.set(o.year, list);
		}
		const commitmentsByYear = new Map<number, GenCommitment[]>();
		for (const c of rows.commitments) {
			const list = commitmentsByYear.get(c.year) ?? [];
			list.push(c);
			commitmentsByYear.set(c.year, list);
		}
		const years = new Set([...commitmentsByYear.keys(), ...outcomesByYear.keys()]);
		for (const year of [...years].sort()) {
			t = cpu();
			const targets = commitmentsByYear.get(year) ?? [];
			const all = outcomesByYear.get(year) ?? [];
			// the outcomes that may count (not rejected), grouped by what they are of: selectOutcome
			// keeps only those of the commitment's indicator and scope, so a group gives the same answer
			const groups = new Map<string, GenOutcome[]>();
			const byId = new Map<number, GenOutcome>();
			for (const o of all) {
				if (o.reviewState === 'rejected') continue;
				byId.set(o.id, o);
				const key = `${o.indicator}|${scopeKey(o.scope)}`;
				const list = groups.get(key) ?? [];
				list.push(o);
				groups.set(key, list);
			}
			const assessed = targets.map((c) => {
				const own = groups.get(`${c.indicator}|${scopeKey(c.scope)}`) ?? [];
				const reference = c.relativeTo ? (groups.get(`${c.relativeTo}|`) ?? []) : undefined;
				const { a, outcomeId } = assessCached(c, own, reference);
				const used = outcomeId === null ? undefined : byId.get(outcomeId);
				const reviewed = c.reviewState !== 'machine' && (!used || used.reviewState !== 'machine');
				return { c, a, outcomeId, reviewed };
			});
			timing.assess += cpu() - t;
			t = cpu();
			const counts = new Map<string, Counts>();
			let machineTargets = 0;
			for (const { c, a, outcomeId, reviewed } of assessed) {
				if (c.reviewState === 'machine') machineTargets++;
				summary.statuses[a.status]++;
				if (mine)
					insertAssessment.add(
						c.id,
						c.regionCode,
						c.year,
						b(c.headline),
						c.indicator,
						c.metric,
						a.status,
						a.actual,
						a.actualBound,
						b(a.actualEstimated),
						outcomeId,
						a.reference,
						a.gap,
						a.attainment,
						a.decimals,
						a.gapDecimals,
						a.reason,
						b(reviewed)
					);
				const bucket = `${b(c.headline)}${b(reviewed)}`;
				const n = counts.get(bucket) ?? zero();
				n[a.status]++;
				counts.set(bucket, n);
			}
			if (targets.length || all.length) summary.regionYears++;
			if (!mine) {
				for (const [bucket, n] of counts)
					insertCount.add(
						region.code,
						year,
						Number(bucket[0]),
						Number(bucket[1]),
						n.met,
						n.exceeded,
						n.missed,
						n.pending,
						n.unassessable
					);
				const machineOutcomes = all.filter((o) => o.reviewState === 'machine').length;
				if (targets.length || all.length)
					insertRegionYear.add(
						region.code,
						year,
						targets.length,
						all.length,
						machineTargets + machineOutcomes
					);
			}
			timing.insert += cpu() - t;
		}
	};

	const BATCH = 40;
	for (let i = 0; i < regions.length; i += BATCH)
		client.transaction(() => {
			for (const region of regions.slice(i, i + BATCH)) writeRegion(region);
		})();
	const inserts = [
		insertReport,
		insertCommitment,
		insertOutcome,
		insertAssessment,
		insertCount,
		insertRegionYear
	];
	client.transaction(() => inserts.forEach((insert) => insert.flush()))();
	const t = cpu();
	for (const { sql } of indexes) client.exec(sql);
	timing.indexes = cpu() - t;
	client.close();
	return summary;
}

/** Runs a part in a worker thread (src/cli/bench-seed-thread.js → bench-seed-worker.ts), resolving to its summary. */
function partInWorker(
	part: Part,
	file: string,
	regions: Region[],
	seed: number
): Promise<PartSummary> {
	return new Promise((done, fail) => {
		const worker = new Worker(new URL('./bench-seed-thread.js', import.meta.url), {
			workerData: { part, file, regions, seed }
		});
		worker.once('message', done);
		worker.once('error', fail);
		worker.once('exit', (code) => {
			if (code !== 0) fail(new Error(`the ${part} part stopped with code ${code}`));
		});
	});
}

/** Writes the synthetic dataset into a new database at `path` (it must not exist). */
export async function seedNational(path: string, options: SeedOptions = {}): Promise<SeedSummary> {
	const started = performance.now();
	const log = options.log ?? (() => {});
	const fraction = options.fraction ?? 1;
	const seed = options.seed ?? 20260101;
	if (existsSync(path)) throw new Error(`${path} exists`);

	const db = openDatabase(path);
	loadIndicators(db);
	loadRegions(db);
	const client: Database.Database = db.$client;
	const regions = chooseRegions(
		client.prepare('SELECT code, name, level FROM regions ORDER BY code').all() as Region[],
		fraction,
		seed
	);
	// the kept data is current: the server must not rebuild it on start
	client
		.prepare(
			`INSERT INTO app_meta (key, value) VALUES ('assessments', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`
		)
		.run(assessmentBasis());
	client.pragma('journal_mode = DELETE');
	client.close();

	const files = { commitments: `${path}.part-commitments`, outcomes: `${path}.part-outcomes` };
	for (const file of Object.values(files)) copyFileSync(path, file);
	log(
		`  ${regions.length} regions, writing two parts ${options.workers === false ? 'in turn' : 'in parallel'}…`
	);
	const parts: PartSummary[] = [];
	if (options.workers === false)
		for (const part of ['commitments', 'outcomes'] as const)
			parts.push(writePart(part, files[part], regions, seed));
	else
		parts.push(
			...(await Promise.all(
				(['commitments', 'outcomes'] as const).map((part) =>
					partInWorker(part, files[part], regions, seed)
				)
			))
		);
	for (const p of parts)
		log(`  ${p.part}: ms ${JSON.stringify(p.ms)}, ${p.cachedAssessments} cached assessments`);

	const t = performance.now();
	const main = new Database(path);
	main.pragma('journal_mode = OFF');
	main.pragma('synchronous = OFF');
	main.pragma('foreign_keys = OFF');
	for (const part of ['commitments', 'outcomes'] as const) {
		main.prepare('ATTACH DATABASE ? AS part').run(files[part]);
		main.transaction(() => {
			for (const table of PARTS[part])
				main.exec(`INSERT INTO main."${table}" SELECT * FROM part."${table}"`);
		})();
		main.exec('DETACH DATABASE part');
		rmSync(files[part]);
	}
	main.pragma('journal_mode = WAL');
	main.close();
	log(`  copied the parts in ${((performance.now() - t) / 1000).toFixed(1)} s`);

	const [c, o] = parts as [PartSummary, PartSummary];
	return {
		regions: regions.length,
		regionYears: o.regionYears,
		reports: o.reports,
		commitments: c.commitments,
		outcomes: o.outcomes,
		superseded: o.superseded,
		estimated: o.estimated,
		statuses: c.statuses,
		seconds: (performance.now() - started) / 1000
	};
}
