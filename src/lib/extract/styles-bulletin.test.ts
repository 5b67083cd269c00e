import { describe, it, expect } from 'vitest';
import { extract } from './index';
import { headline, meta, outcomes, tasks } from './styles.fixtures';

describe('statistical bulletin in traditional characters with full-width figures', () => {
	// 比上年增加0.3萬畝 is a change of a level; a table of products is not a targets table
	const x = extract(`2023年鶴峰縣國民經濟和社會發展統計公報
鶴峰縣統計局
2024年3月28日
一、綜合
初步核算，全年全縣地區生產總值（GDP）１０２．３５億元，按可比價格計算，比上年增長５．８％。其中，第一產業增加值１９．６億元，增長３．９％；第二產業增加值２８．４億元，增長７．２％；第三產業增加值５４．３５億元，增長５．６％。三次產業結構為19.1：27.7：53.2。
年末常住人口城鎮化率為45.6%，比上年末提高1.3個百分點。
全年居民消費價格比上年上漲0.4%。
二、農業
全年糧食播種面積24.8萬畝，比上年增加0.3萬畝；糧食總產量6.12萬噸，增長1.5%。
表1  2023年主要農產品產量
產品名稱	產量（萬噸）	比上年增長（%）
糧食	6.12	1.5
油料	0.85	2.1
三、工業和建築業
全年規模以上工業增加值比上年增長8.9%。規模以上工業企業實現利潤4.2億元，下降3.1%。
四、固定資產投資
全年固定資產投資比上年增長12.3%。其中，工業投資增長20.1%。
五、國內貿易
全年社會消費品零售總額45.6億元，比上年增長7.9%。
六、財政金融
全年一般公共預算收入6.8億元，比上年增長9.5%。年末金融機構人民幣各項存款餘額156.2億元，比年初增長10.4%；各項貸款餘額98.7億元，比年初增長15.2%。
七、人民生活
全年全體居民人均可支配收入21560元，比上年增長7.1%。按常住地分，城鎮居民人均可支配收入35820元，增長5.2%；農村居民人均可支配收入14590元，增長8.3%。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['鹤峰县', 'statistical_bulletin', 2023, null]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 102.35, null, false],
			[2023, 'gdp', 'growth', 5.8, null, false],
			[2023, 'primary_va', 'level', 19.6, null, false],
			[2023, 'primary_va', 'growth', 3.9, null, false],
			[2023, 'secondary_va', 'level', 28.4, null, false],
			[2023, 'secondary_va', 'growth', 7.2, null, false],
			[2023, 'tertiary_va', 'level', 54.35, null, false],
			[2023, 'tertiary_va', 'growth', 5.6, null, false],
			[2023, 'urbanization_rate', 'rate', 45.6, null, false],
			[2023, 'urbanization_rate', 'change_pp', 1.3, null, false],
			[2023, 'cpi', 'growth', 0.4, null, false],
			[2023, 'grain_area', 'level', 24.8, null, false],
			[2023, 'grain_output', 'level', 6.12, null, false],
			[2023, 'grain_output', 'growth', 1.5, null, false],
			[2023, 'industrial_va', 'growth', 8.9, null, false],
			[2023, 'fixed_asset_investment', 'growth', 12.3, null, false],
			[2023, 'retail_sales', 'level', 45.6, null, false],
			[2023, 'retail_sales', 'growth', 7.9, null, false],
			[2023, 'budget_revenue', 'level', 6.8, null, false],
			[2023, 'budget_revenue', 'growth', 9.5, null, false],
			[2023, 'deposits', 'level', 156.2, null, false],
			[2023, 'deposits', 'growth', 10.4, null, false],
			[2023, 'loans', 'level', 98.7, null, false],
			[2023, 'loans', 'growth', 15.2, null, false],
			[2023, 'resident_income', 'level', 21560, null, false],
			[2023, 'resident_income', 'growth', 7.1, null, false],
			[2023, 'urban_income', 'level', 35820, null, false],
			[2023, 'urban_income', 'growth', 5.2, null, false],
			[2023, 'rural_income', 'level', 14590, null, false],
			[2023, 'rural_income', 'growth', 8.3, null, false]
		]);
	});
});
describe('statistical bulletin: full-width figures, 城乡…分别为…和…', () => {
	// 比上年减少0.4万亩 left out
	const x = extract(`兰考县2024年国民经济和社会发展统计公报
兰考县统计局\u3000国家统计局兰考调查队
一、综合
经初步核算，２０２４年全县生产总值４１５．２６亿元，按可比价格计算，比上年增长６．２％。分产业看，第一产业增加值５２．３１亿元，增长３．５％；第二产业增加值１７６．０２亿元，增长７．５％；第三产业增加值１８６．９３亿元，增长５．８％。
年末全县户籍人口８６．９万人，常住人口６６．５万人；常住人口城镇化率４８．３２％，比上年末提高１．０５个百分点。
全年城镇新增就业８９６５人。年末城镇登记失业率２．９％。
二、农业
全年粮食种植面积１５２．６万亩，比上年减少０．４万亩；粮食产量６３．８万吨，比上年增长０．６％。
三、人民生活
全年城乡居民人均可支配收入分别为３５６１２元和１９８７５元，分别增长４．５％和６．８％。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['兰考县', 'statistical_bulletin', 2024, null]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'level', 415.26, null, false],
			[2024, 'gdp', 'growth', 6.2, null, false],
			[2024, 'primary_va', 'level', 52.31, null, false],
			[2024, 'primary_va', 'growth', 3.5, null, false],
			[2024, 'secondary_va', 'level', 176.02, null, false],
			[2024, 'secondary_va', 'growth', 7.5, null, false],
			[2024, 'tertiary_va', 'level', 186.93, null, false],
			[2024, 'tertiary_va', 'growth', 5.8, null, false],
			[2024, 'urbanization_rate', 'rate', 48.32, null, false],
			[2024, 'urbanization_rate', 'change_pp', 1.05, null, false],
			[2024, 'new_urban_jobs', 'level', 8965, null, false],
			[2024, 'unemployment_rate', 'rate', 2.9, null, false],
			[2024, 'grain_area', 'level', 152.6, null, false],
			[2024, 'grain_output', 'level', 63.8, null, false],
			[2024, 'grain_output', 'growth', 0.6, null, false],
			[2024, 'urban_income', 'level', 35612, null, false],
			[2024, 'rural_income', 'level', 19875, null, false],
			[2024, 'urban_income', 'growth', 4.5, null, false],
			[2024, 'rural_income', 'growth', 6.8, null, false]
		]);
	});
});
describe('statistical bulletin: tourism, trade, 比年初增加, 增速比前三季度回落', () => {
	// 其中出口 and 其中食品价格 are parts
	const x = extract(`婺源县2023年国民经济和社会发展统计公报
婺源县统计局
全年全县接待国内外游客2630.5万人次，比上年增长45.2%；实现旅游综合收入268.4亿元，增长51.3%。
全年外贸进出口总额8.65亿元，同比下降6.2%，其中出口7.96亿元，下降4.1%。
全年全县规模以上工业增加值比上年增长7.6%，增速比前三季度回落0.8个百分点。
年末全县金融机构本外币各项存款余额489.6亿元，比年初增加45.3亿元，增长10.2%。
全年居民消费价格总水平比上年上涨0.2%，其中食品价格下降1.8%。
全年单位地区生产总值能耗比上年下降4.1%。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['婺源县', 'statistical_bulletin', 2023, null]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'tourism_visitors', 'level', 2630.5, null, false],
			[2023, 'tourism_visitors', 'growth', 45.2, null, false],
			[2023, 'tourism_revenue', 'level', 268.4, null, false],
			[2023, 'tourism_revenue', 'growth', 51.3, null, false],
			[2023, 'import_export', 'level', 8.65, null, false],
			[2023, 'import_export', 'growth', -6.2, null, false],
			[2023, 'industrial_va', 'growth', 7.6, null, false],
			[2023, 'deposits', 'level', 489.6, null, false],
			[2023, 'deposits', 'growth', 10.2, null, false],
			[2023, 'cpi', 'growth', 0.2, null, false],
			[2023, 'energy_intensity', 'growth', -4.1, null, false]
		]);
	});
});
describe('statistical bulletin: 其中 parts and 按经营地分 breakdowns', () => {
	// 城镇消费品零售额, 国有控股企业 and 失业人员再就业 are parts, not catalogue items
	const x = extract(`2023年洛宁县国民经济和社会发展统计公报
洛宁县统计局
一、综合
初步核算，全年全县生产总值196.8亿元，按可比价格计算，比上年增长4.6%。
二、工业
全年全县规模以上工业增加值比上年增长6.2%。其中，国有控股企业增长3.1%，股份制企业增长6.8%。规模以上工业总产值比上年增长5.5%。
三、国内贸易
全年社会消费品零售总额78.9亿元，比上年增长6.6%。按经营地分，城镇消费品零售额56.2亿元，增长6.1%；乡村消费品零售额22.7亿元，增长7.8%。
四、财政
全年一般公共预算收入9.12亿元，比上年增长8.3%，其中税收收入5.87亿元，增长10.2%。一般公共预算支出36.5亿元，增长4.1%。
五、人民生活
全年全体居民人均可支配收入23106元，比上年增长6.9%。城镇居民人均可支配收入35960元，增长4.8%；农村居民人均可支配收入16233元，增长8.1%。城镇居民人均消费支出21550元，增长6.0%。
年末全县城镇登记失业率为2.8%。全年城镇新增就业5012人，其中失业人员再就业1201人。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['洛宁县', 'statistical_bulletin', 2023, null]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'gdp', 'level', 196.8, null, false],
			[2023, 'gdp', 'growth', 4.6, null, false],
			[2023, 'industrial_va', 'growth', 6.2, null, false],
			[2023, 'industrial_output', 'growth', 5.5, null, false],
			[2023, 'retail_sales', 'level', 78.9, null, false],
			[2023, 'retail_sales', 'growth', 6.6, null, false],
			[2023, 'budget_revenue', 'level', 9.12, null, false],
			[2023, 'budget_revenue', 'growth', 8.3, null, false],
			[2023, 'tax_revenue', 'level', 5.87, null, false],
			[2023, 'tax_revenue', 'growth', 10.2, null, false],
			[2023, 'resident_income', 'level', 23106, null, false],
			[2023, 'resident_income', 'growth', 6.9, null, false],
			[2023, 'urban_income', 'level', 35960, null, false],
			[2023, 'urban_income', 'growth', 4.8, null, false],
			[2023, 'rural_income', 'level', 16233, null, false],
			[2023, 'rural_income', 'growth', 8.1, null, false],
			[2023, 'unemployment_rate', 'rate', 2.8, null, false],
			[2023, 'new_urban_jobs', 'level', 5012, null, false]
		]);
	});
});
describe('statistical bulletin: 其中 a part coded like its whole', () => {
	// 其中：农业总产值 under 农林牧渔业总产值 is a part; 其中500万元以上固定资产投资 has its own scope; 比年初新增
	const x = extract(`2023年云和县国民经济和社会发展统计公报
二、农业
全年实现现价农林牧渔业总产值9.16亿元，按可比价计算，同比增长3.6%。其中：农业总产值5.36亿元，同比增长4.9%；林业总产值1.44亿元，同比增长5.6%。
全年完成固定资产投资增长11.2%，其中500万元以上固定资产投资增长12.5%。
年末金融机构本外币各项存款余额289.6亿元，比年初新增25.3亿元；各项贷款余额301.4亿元，比年初增长13.2%。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['云和县', 'statistical_bulletin', 2023, null]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2023, 'agri_output', 'level', 9.16, null, false],
			[2023, 'agri_output', 'growth', 3.6, null, false],
			[2023, 'fixed_asset_investment', 'growth', 11.2, null, false],
			[2023, 'fixed_asset_investment', 'growth', 12.5, null, false],
			[2023, 'deposits', 'level', 289.6, null, false],
			[2023, 'loans', 'level', 301.4, null, false],
			[2023, 'loans', 'growth', 13.2, null, false]
		]);
	});
});
describe('statistical bulletin: thousands separators, （以下简称同比）, a 其中 list of an uncatalogued whole', () => {
	// 其中，第一产业增加值…；第二产业增加值… under 民营经济增加值 are parts; 增产2.0%
	const x = extract(`2024年旺苍县国民经济和社会发展统计公报
旺苍县统计局
一、综合
初步核算，全年全县地区生产总值1,256,380万元，按不变价格计算，比上年同期（以下简称同比）增长5.7%。其中，第一产业增加值236,512万元，同比增长3.9%；第二产业增加值452,106万元，同比增长6.8%；第三产业增加值567,762万元，同比增长5.5%。
全年民营经济增加值702,116万元，同比增长5.2%，占GDP的比重为55.9%。其中，第一产业增加值92,410万元，增长4.1%；第二产业增加值311,230万元，增长6.0%；第三产业增加值298,476万元，增长4.8%。
二、农业
全年粮食产量15.62万吨，比上年增加0.31万吨，增产2.0%。`);
	it('reads region, type and years', () =>
		expect(meta(x)).toEqual(['旺苍县', 'statistical_bulletin', 2024, null]));
	it('reads the items', () => {
		expect(headline(x)).toEqual([]);
		expect(tasks(x)).toEqual([]);
		expect(outcomes(x)).toEqual([
			[2024, 'gdp', 'level', 1256380, null, false],
			[2024, 'gdp', 'growth', 5.7, null, false],
			[2024, 'primary_va', 'level', 236512, null, false],
			[2024, 'primary_va', 'growth', 3.9, null, false],
			[2024, 'secondary_va', 'level', 452106, null, false],
			[2024, 'secondary_va', 'growth', 6.8, null, false],
			[2024, 'tertiary_va', 'level', 567762, null, false],
			[2024, 'tertiary_va', 'growth', 5.5, null, false],
			[2024, 'grain_output', 'level', 15.62, null, false],
			[2024, 'grain_output', 'growth', 2, null, false]
		]);
	});
});
