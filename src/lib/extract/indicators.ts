/** The indicator catalogue of the extraction contract and the matching of names as written. */

export interface Indicator {
	code: string;
	nameZh: string;
	nameEn: string;
	defaultUnit: string;
	higherIsBetter: boolean;
}

export const INDICATORS: Indicator[] = [
	{ code: 'gdp', nameZh: '地区生产总值', nameEn: 'GDP', defaultUnit: '亿元', higherIsBetter: true },
	{
		code: 'primary_va',
		nameZh: '第一产业增加值',
		nameEn: 'Primary industry value added',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'secondary_va',
		nameZh: '第二产业增加值',
		nameEn: 'Secondary industry value added',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'tertiary_va',
		nameZh: '第三产业增加值',
		nameEn: 'Tertiary industry value added',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'agri_output',
		nameZh: '农林牧渔业总产值',
		nameEn: 'Gross output of agriculture',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'industrial_va',
		nameZh: '规模以上工业增加值',
		nameEn: 'Industrial value added (above scale)',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'industrial_output',
		nameZh: '工业总产值',
		nameEn: 'Gross industrial output',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'fixed_asset_investment',
		nameZh: '固定资产投资',
		nameEn: 'Fixed-asset investment',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'retail_sales',
		nameZh: '社会消费品零售总额',
		nameEn: 'Retail sales of consumer goods',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'budget_revenue',
		nameZh: '一般公共预算收入',
		nameEn: 'General public budget revenue',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'tax_revenue',
		nameZh: '税收收入',
		nameEn: 'Tax revenue',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'urban_income',
		nameZh: '城镇居民人均可支配收入',
		nameEn: 'Urban disposable income per capita',
		defaultUnit: '元',
		higherIsBetter: true
	},
	{
		code: 'rural_income',
		nameZh: '农村居民人均可支配收入',
		nameEn: 'Rural disposable income per capita',
		defaultUnit: '元',
		higherIsBetter: true
	},
	{
		code: 'resident_income',
		nameZh: '居民人均可支配收入',
		nameEn: 'Disposable income per capita',
		defaultUnit: '元',
		higherIsBetter: true
	},
	{
		code: 'cpi',
		nameZh: '居民消费价格指数',
		nameEn: 'Consumer price index',
		defaultUnit: '%',
		higherIsBetter: false
	},
	{
		code: 'unemployment_rate',
		nameZh: '城镇登记失业率',
		nameEn: 'Urban unemployment rate',
		defaultUnit: '%',
		higherIsBetter: false
	},
	{
		code: 'new_urban_jobs',
		nameZh: '城镇新增就业',
		nameEn: 'New urban jobs',
		defaultUnit: '人',
		higherIsBetter: true
	},
	{
		code: 'grain_output',
		nameZh: '粮食产量',
		nameEn: 'Grain output',
		defaultUnit: '万吨',
		higherIsBetter: true
	},
	{
		code: 'grain_area',
		nameZh: '粮食播种面积',
		nameEn: 'Grain sown area',
		defaultUnit: '万亩',
		higherIsBetter: true
	},
	{
		code: 'deposits',
		nameZh: '金融机构存款余额',
		nameEn: 'Deposits outstanding',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'loans',
		nameZh: '金融机构贷款余额',
		nameEn: 'Loans outstanding',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'urbanization_rate',
		nameZh: '常住人口城镇化率',
		nameEn: 'Urbanisation rate',
		defaultUnit: '%',
		higherIsBetter: true
	},
	{
		code: 'energy_intensity',
		nameZh: '单位地区生产总值能耗',
		nameEn: 'Energy use per unit of GDP',
		defaultUnit: '%',
		higherIsBetter: false
	},
	{
		code: 'import_export',
		nameZh: '进出口总额',
		nameEn: 'Imports and exports',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{
		code: 'tourism_visitors',
		nameZh: '接待游客',
		nameEn: 'Tourist visits',
		defaultUnit: '万人次',
		higherIsBetter: true
	},
	{
		code: 'tourism_revenue',
		nameZh: '旅游综合收入',
		nameEn: 'Tourism revenue',
		defaultUnit: '亿元',
		higherIsBetter: true
	},
	{ code: 'other', nameZh: '其他', nameEn: 'Other', defaultUnit: '', higherIsBetter: true }
];

/** Anchored patterns over a cleaned name; a `scope` group is returned as the item's scope. */
const ALIASES: [string, RegExp][] = [
	['gdp', /^(?:地区生产总值|地方生产总值|生产总值|国内生产总值|GDP|地区GDP|经济|经济总量)$/],
	['primary_va', /^(?:第一产业(?:增加值)?|一产业?增加值)$/],
	['secondary_va', /^(?:第二产业(?:增加值)?|二产业?增加值)$/],
	['tertiary_va', /^(?:第三产业(?:增加值)?|三产业?增加值|服务业增加值)$/],
	['agri_output', /^(?:农林牧渔业?总?|农林牧渔服务业总|农业总|第一产业总)产值$/],
	['industrial_va', /^(?:规模以上|规上|规模|入统)工业(?:企业)?增加值$/],
	['industrial_output', /^(?<scope>规模以上|规上|入统)?工业(?:企业)?(?:总)?产值$/],
	[
		'fixed_asset_investment',
		/^(?:(?<scope>\d+(?:\.\d+)?万元?(?:及)?以上(?:项目)?|限额以上|规模以上|规上|城镇以上|城镇|地方)?(?:的)?(?:全社会)?(?:固定资产投资|固投)(?:额|总额)?|(?<scope2>城镇以上)投资)$/
	],
	['retail_sales', /^(?:全?社会消费品零售(?:总?额)?|社零总?额)$/],
	[
		'budget_revenue',
		/^(?:地方|本级|地方级)?(?:财政)?(?:一般公共预算|公共财政预算|一般公共财政预算|财政一般预算|一般预算|一般财政公共预算|公共预算)收入$/
	],
	['tax_revenue', /^(?:地方)?税收(?:收入)?$/],
	['urban_income', /^城镇(?:常住)?居民(?:人均可支配|人均|可支配)?收入$/],
	[
		'rural_income',
		/^(?:(?:农村牧区|农村|牧区|农牧区)(?:常住)?居民|农民|农牧民|牧民)(?:人均可支配|人均纯|人均|可支配|纯)?收入$/
	],
	// 城乡居民人均可支配收入 with one figure is the all-residents figure (with two, 分别: urban, rural)
	[
		'resident_income',
		/^(?:全体|全县|全区|全市|城乡)?(?:常住)?居民(?:人均可支配|人均|可支配)?收入$/
	],
	['cpi', /^(?:居民消费价格(?:总水平|指数)?|CPI)(?:涨幅|上涨幅度|增幅)?$/],
	['unemployment_rate', /^城镇(?:登记|调查)失业率(?:平均值|平均)?$/],
	['new_urban_jobs', /^(?:城镇新增就业|新增城镇就业|新增就业)(?:人数|人口|人员|岗位)?$/],
	['grain_output', /^粮食(?:总产量?|产量)$/],
	['grain_area', /^粮食(?:作物)?(?:播种|种植|生产)(?:面积)?$/],
	[
		'deposits',
		/^(?:银行业金融机构|金融机构|银行机构)?(?:本外币|人民币)?(?:各项|各类)?(?:年末|月末)?存款余额$/
	],
	[
		'loans',
		/^(?:银行业金融机构|金融机构|银行机构)?(?:本外币|人民币)?(?:各项|各类)?(?:年末|月末)?贷款余额$/
	],
	['urbanization_rate', /^(?:常住人口)?城镇化率$/],
	[
		'energy_intensity',
		/^(?:(?:万元|单位)(?:GDP|地区生产总值|国内生产总值|生产总值)(?:综合)?(?:能耗|能源消耗)(?:强度)?|能耗强度|能源消耗强度)(?:下降|降低)?(?:率|幅度)?$/
	],
	[
		'import_export',
		/^(?:(?:外贸|货物贸易|对外贸易|货物)进出口(?:贸易)?(?:总额|额|总值)?|进出口(?:贸易)?(?:总额|额|总值))$/
	],
	[
		'tourism_visitors',
		/^(?:旅游接待(?:游客)?(?:人次|人数|量)?|接待(?:国内外)?(?:游客|旅游者|旅游人数|旅游人次)(?:人次|人数|量)?|游客(?:接待量|接待人次|人次|接待人数)|(?:全域)?旅游(?:人次|人数))$/
	],
	['tourism_revenue', /^(?:旅游(?:综合|总)?收入|实现旅游综合收入)$/]
];

/** Leading words that qualify nothing (region-wide, time, verbs of attainment). */
const LEADING_FILLER =
	/^(?:按可比价格?(?:计算)?|按不变价格?(?:计算)?|现价|(?:19|20)\d{2}年(?:度|末|底|全年)?|年末|年底|其中|同时|另外|并且|并|全年|年内|全县|全区|全市|全旗|全州|全省|全镇|全疆|我县|我区|我市|县域|同口径|按同口径|今年|当年|本年度|年度|力争|争取|确保|努力|预计|预估|初步核算|实现|完成|达到|累计|共|总计|合计)+/;

const REMARK = /[（(][^（）()]{0,12}[）)]|\[\d{1,2}\]/g;
const QUOTE_OR_SPACE = /[“”"'‘’《》\s]/g;
/** (most names have neither: tested before they are replaced) */
const REMARK_OPEN = /[（([]/;
const ANY_QUOTE_OR_SPACE = /[“”"'‘’《》\s]/;

export function cleanForMatch(name: string): string {
	let s = REMARK_OPEN.test(name) ? name.replace(REMARK, '') : name;
	if (ANY_QUOTE_OR_SPACE.test(s)) s = s.replace(QUOTE_OR_SPACE, '');
	return s.replace(LEADING_FILLER, '');
}

export interface IndicatorMatch {
	code: string;
	scope: string | null;
	/** a note for the editor when the name is read as another (农民人均纯收入 → 农村居民人均可支配收入) */
	note?: string;
}

/** Names the catalogue reads as another indicator: the editor is told so. */
const READ_AS: [RegExp, string][] = [
	[/纯收入$/, '别名：{name} → 农村居民人均可支配收入（2014年以前的口径）'],
	[/^城乡/, '城乡居民收入只有一个数，按全体居民人均可支配收入计'],
	[/^经济(?:总量)?$/, '“{name}”按地区生产总值计'],
	[/^服务业/, '别名：{name} → 第三产业增加值'],
	[/^入统/, '别名：{name} → 规模以上工业（入统口径）'],
	[/^城镇以上/, '别名：{name} → 固定资产投资（城镇以上口径）'],
	[/^税收$/, '“税收”按税收收入计'],
	[/^新增就业/, '“{name}”按城镇新增就业计'],
	[/^万元/, '别名：{name} → 单位地区生产总值能耗'],
	[/^(?:地方|国内)生产总值$/, '别名：{name} → 地区生产总值']
];

/** All aliases at once: most names match none, and one test tells. */
const ANY_ALIAS = new RegExp(
	ALIASES.map(([, re]) => `(?:${re.source.replace(/\(\?<\w+>/g, '(?:')})`).join('|')
);

/** The catalogue code for a name as written, or null when it is not a catalogue indicator. */
export function matchIndicator(name: string): IndicatorMatch | null {
	const s = cleanForMatch(name);
	if (!s) return null;
	const direct = aliasOf(s);
	if (direct) return direct;
	// 区本级一般公共预算收入, 县级固定资产投资: whose figure it is, not another indicator
	const own = OWN_SCOPE.exec(s);
	if (own && own[0].length < s.length) {
		const rest = aliasOf(s.slice(own[0].length));
		if (rest) return { code: rest.code, scope: rest.scope ?? own[0] };
	}
	return null;
}

function aliasOf(s: string): IndicatorMatch | null {
	if (!ANY_ALIAS.test(s)) return null;
	for (const [code, re] of ALIASES) {
		const m = re.exec(s);
		if (!m) continue;
		const found: IndicatorMatch = { code, scope: m.groups?.scope ?? m.groups?.scope2 ?? null };
		const read = READ_AS.find(([r]) => r.test(s));
		if (read) found.note = read[1].replace('{name}', s);
		return found;
	}
	return null;
}

const OWN_SCOPE = /^(?:[区县市省旗]本级|本级|[区县市省旗]级)/;

/** A subject carried to a bare follow-up name (粮食播种面积…、产量… → 粮食产量). */
export function subjectOf(code: string): string | null {
	if (code === 'grain_area' || code === 'grain_output') return '粮食';
	if (code === 'tourism_visitors' || code === 'tourism_revenue') return '旅游';
	return null;
}

export const BARE_NAMES = /^(?:总?产量|(?:播种|种植)?面积|综合收入|总收入|收入|人均消费|单产)$/;
