import { describe, it, expect } from 'vitest';
import { parseSentence, parseClauseNoFigure } from './measures';

const p = (s: string) =>
	parseSentence(s, { keepOther: true }).map((m) => ({
		i: m.indicator,
		m: m.metric,
		v: m.value,
		u: m.unit,
		c: m.comparator,
		st: m.stretch,
		b: m.bound,
		e: m.estimated,
		q: s.slice(m.qStart, m.qEnd)
	}));

describe('parseSentence', () => {
	it('reads a growth target with 以上', () => {
		expect(p('全市地区生产总值增长7.5%以上')).toMatchObject([
			{ i: 'gdp', m: 'growth', v: 7.5, u: '%', c: '>=', q: '全市地区生产总值增长7.5%以上' }
		]);
	});
	it('splits clauses run together without punctuation', () => {
		const r = p('地区生产总值增长6%左右农林牧渔业总产值增长4%规上工业增加值增长9%以上');
		expect(r.map((x) => [x.i, x.v, x.c])).toEqual([
			['gdp', 6, '~'],
			['agri_output', 4, '='],
			['industrial_va', 9, '>=']
		]);
	});
	it('reads 力争 as the stretch of the figure before', () => {
		expect(p('实现地区生产总值增长7%、力争8%')).toMatchObject([{ i: 'gdp', v: 7, st: 8, c: '=' }]);
	});
	it('reads a lone 力争 figure as a plain target', () => {
		expect(p('力争引进企业25家')).toMatchObject([{ i: 'other', v: 25, u: '家', st: null, c: '=' }]);
	});
	it('splits 分别 over urban and rural income and applies a final 以上 to both', () => {
		expect(p('城乡居民人均可支配收入分别增长7%和9%以上').map((x) => [x.i, x.v, x.c])).toEqual([
			['urban_income', 7, '>='],
			['rural_income', 9, '>=']
		]);
	});
	it('splits deposits and loans', () => {
		expect(p('金融机构存贷款余额分别增长9%和6%').map((x) => [x.i, x.v])).toEqual([
			['deposits', 9],
			['loans', 6]
		]);
	});
	it('reads a level and its growth in one clause, and 预计', () => {
		expect(p('全县一般公共预算收入预计完成8.2亿元，增长4.1%')).toMatchObject([
			{ i: 'budget_revenue', m: 'level', v: 8.2, u: '亿元', e: true },
			{
				i: 'budget_revenue',
				m: 'growth',
				v: 4.1,
				e: true,
				q: '全县一般公共预算收入预计完成8.2亿元，增长4.1%'
			}
		]);
	});
	it('reads 下降 as negative growth and flips 以上', () => {
		expect(p('规模以上工业增加值同比下降3.2%')).toMatchObject([{ i: 'industrial_va', v: -3.2 }]);
		expect(p('单位地区生产总值能耗下降2%以上')).toMatchObject([
			{ i: 'energy_intensity', v: -2, c: '<=' }
		]);
	});
	it('reads percentage points as change_pp', () => {
		expect(p('常住人口城镇化率提高1.2个百分点')).toMatchObject([
			{ i: 'urbanization_rate', m: 'change_pp', v: 1.2, u: 'pp' }
		]);
	});
	it('reads rates and ceilings', () => {
		expect(p('城镇调查失业率控制在5.5%以内')).toMatchObject([
			{ i: 'unemployment_rate', m: 'rate', c: '<=', b: '<=' }
		]);
		expect(p('居民消费价格涨幅控制在3%左右')).toMatchObject([{ i: 'cpi', m: 'growth', c: '~' }]);
	});
	it('reads lower bounds of results', () => {
		expect(p('全年接待游客突破500万人次')).toMatchObject([
			{ i: 'tourism_visitors', v: 500, b: '>=' }
		]);
	});
	it('ignores a rank', () => {
		expect(p('社会消费品零售总额增长5.1%，增速居全市第2')).toMatchObject([
			{ i: 'retail_sales', v: 5.1 }
		]);
		expect(p('社会消费品零售总额增长5.1%，增速居全市第2')).toHaveLength(1);
	});
	it('maps 分别 back to the items named before it', () => {
		expect(
			p('全年接待游客320万人次、旅游综合收入28亿元，分别增长12%、15%').map((x) => [x.i, x.m, x.v])
		).toEqual([
			['tourism_visitors', 'level', 320],
			['tourism_revenue', 'level', 28],
			['tourism_visitors', 'growth', 12],
			['tourism_revenue', 'growth', 15]
		]);
	});
	it('carries a subject to a bare follow-up name', () => {
		expect(p('稳定粮食播种面积60万亩、产量22万吨').map((x) => [x.i, x.v])).toEqual([
			['grain_area', 60],
			['grain_output', 22]
		]);
	});
	it('reads a count before its noun', () => {
		expect(p('新建社区卫生服务站12个，建成3个乡镇综合文化站')).toMatchObject([
			{ i: 'other', v: 12, u: '个' },
			{ i: 'other', v: 3, u: '个', q: '建成3个乡镇综合文化站' }
		]);
	});
	it('keeps 500万元以上 as the scope of investment', () => {
		const [m] = parseSentence('500万元以上固定资产投资增长8%', { keepOther: false });
		expect(m).toMatchObject({
			indicator: 'fixed_asset_investment',
			scope: '500万元以上',
			value: 8
		});
	});
	it('does not take a sub-part after 其中 for the catalogue total', () => {
		const r = parseSentence('旅游综合收入45亿元，其中某某景区实现旅游综合收入3亿元', {
			keepOther: false
		});
		expect(r.map((m) => m.value)).toEqual([45]);
	});
});

describe('parseClauseNoFigure', () => {
	it('reads 与经济增长同步 and 高于经济增长', () => {
		expect(parseClauseNoFigure('城镇居民人均可支配收入增长与经济增长基本同步')).toMatchObject([
			{
				indicator: 'urban_income',
				metric: 'relative',
				comparator: '=',
				relativeTo: 'gdp',
				value: null
			}
		]);
		expect(parseClauseNoFigure('农村居民人均可支配收入增长高于经济增长')).toMatchObject([
			{ indicator: 'rural_income', comparator: '>' }
		]);
	});
	it('reads 完成上级下达任务 as qualitative, one item per indicator', () => {
		expect(
			parseClauseNoFigure('单位地区生产总值能耗和主要污染物排放完成省下达任务').map((m) => [
				m.indicator,
				m.metric
			])
		).toEqual([
			['energy_intensity', 'qualitative'],
			['other', 'qualitative']
		]);
	});
});

describe('parseSentence: lists of names with 分别', () => {
	const rows = (s: string) => p(s).map((x) => [x.i, x.m, x.v, x.c]);
	it('expands 城镇、农村 over levels and then growths', () => {
		expect(
			rows('城镇、农村居民人均可支配收入分别达到38620元、17450元，分别增长5.3%、7.6%')
		).toEqual([
			['urban_income', 'level', 38620, '='],
			['rural_income', 'level', 17450, '='],
			['urban_income', 'growth', 5.3, '='],
			['rural_income', 'growth', 7.6, '=']
		]);
	});
	it('applies the verb to every figure of the list', () => {
		expect(rows('3.城镇和农村常住居民人均可支配收入分别增长6%、8.5%')).toEqual([
			['urban_income', 'growth', 6, '='],
			['rural_income', 'growth', 8.5, '=']
		]);
		expect(rows('规上工业增加值、固定资产投资、社会消费品零售总额分别增长9%、7%、6%')).toEqual([
			['industrial_va', 'growth', 9, '='],
			['fixed_asset_investment', 'growth', 7, '='],
			['retail_sales', 'growth', 6, '=']
		]);
		expect(rows('城镇登记失业率、居民消费价格涨幅分别控制在4.5%、3%以内')).toEqual([
			['unemployment_rate', 'rate', 4.5, '<='],
			['cpi', 'growth', 3, '<=']
		]);
	});
	it('expands 存、贷款 and 一、二、三产业', () => {
		expect(rows('金融机构存、贷款余额分别增长7.2%、9.8%')).toEqual([
			['deposits', 'growth', 7.2, '='],
			['loans', 'growth', 9.8, '=']
		]);
		expect(rows('一、二、三产业增加值分别为21.3亿元、45.6亿元和80.2亿元')).toEqual([
			['primary_va', 'level', 21.3, '='],
			['secondary_va', 'level', 45.6, '='],
			['tertiary_va', 'level', 80.2, '=']
		]);
	});
});

describe('parseSentence: figures that are not the indicator', () => {
	it('drops a completion ratio and keeps the growth after it', () => {
		expect(p('税收收入完成年度目标的103.5%，增长8.2%').map((x) => [x.i, x.m, x.v])).toEqual([
			['tax_revenue', 'growth', 8.2]
		]);
		expect(p('固定资产投资完成年计划的96%')).toEqual([]);
	});
	it('drops a change in points of a growth rate', () => {
		expect(p('规上工业增加值增长7.4%，比全省高1.6个百分点').map((x) => [x.i, x.m, x.v])).toEqual([
			['industrial_va', 'growth', 7.4]
		]);
		expect(p('固定资产投资增长4%，增速比上年回落2.3个百分点').map((x) => [x.i, x.m, x.v])).toEqual([
			['fixed_asset_investment', 'growth', 4]
		]);
	});
	it('reads a range of percentages as at least its lower figure, the upper one as the stretch', () => {
		const r = (s: string) => p(s).map((x) => [x.i, x.m, x.c, x.v, x.st]);
		expect(r('地区生产总值增长5.5%—6%')).toEqual([['gdp', 'growth', '>=', 5.5, 6]]);
		expect(r('地区生产总值增长6-7%')).toEqual([['gdp', 'growth', '>=', 6, 7]]);
		// a range of counts is no figure (5-8家)
		expect(p('提质改造5-8家规模棚舍')).toEqual([]);
	});
	it('marks figures after a multi-year opener', () => {
		const r = parseSentence('“十四五”以来，累计完成固定资产投资420亿元', {
			keepOther: true,
			year: 2024
		});
		expect(r.map((m) => m.multiYear)).toEqual([true]);
	});
	it('reads 亿美元 as a unit', () => {
		expect(p('外贸进出口总额2.6亿美元，增长9.1%').map((x) => [x.i, x.v, x.u])).toEqual([
			['import_export', 2.6, '亿美元'],
			['import_export', 9.1, '%']
		]);
	});
	it('reads a part coded like its whole as a part', () => {
		const r = parseSentence('农林牧渔业总产值32.5亿元，增长4.1%，其中农业总产值18.2亿元', {
			keepOther: false
		});
		expect(r.map((m) => m.value)).toEqual([32.5, 4.1]);
	});
});

describe('parseClauseNoFigure: 完成…下达的…任务', () => {
	it('reads the indicator named after the verb', () => {
		expect(
			parseClauseNoFigure('完成市下达的节能减排任务').map((m) => [m.indicator, m.name, m.metric])
		).toEqual([['other', '节能减排', 'qualitative']]);
		expect(
			parseClauseNoFigure('单位GDP能耗下降完成省市下达任务').map((m) => [m.indicator, m.metric])
		).toEqual([['energy_intensity', 'qualitative']]);
		expect(parseClauseNoFigure('完成市下达的目标任务')).toEqual([]);
	});
});
