import { describe, it, expect } from 'vitest';
import { expandPluralName } from './lists';

describe('expandPluralName', () => {
	it('completes heads with the tail of the last name', () => {
		expect(expandPluralName('城镇、农村居民人均可支配收入')).toEqual([
			'城镇居民人均可支配收入',
			'农村居民人均可支配收入'
		]);
		expect(expandPluralName('城镇和农村常住居民人均可支配收入')).toEqual([
			'城镇常住居民人均可支配收入',
			'农村常住居民人均可支配收入'
		]);
		expect(expandPluralName('城镇居民和农村居民人均可支配收入')).toEqual([
			'城镇居民人均可支配收入',
			'农村居民人均可支配收入'
		]);
		expect(expandPluralName('存、贷款余额')).toEqual(['存款余额', '贷款余额']);
		expect(expandPluralName('一产、二产、三产增加值')).toEqual([
			'一产增加值',
			'二产增加值',
			'三产增加值'
		]);
		expect(expandPluralName('第一、二、三产业增加值')).toEqual([
			'第一产业增加值',
			'第二产业增加值',
			'第三产业增加值'
		]);
	});
	it('expands 城乡 and 存贷款', () => {
		expect(expandPluralName('城乡居民收入')).toEqual([
			'城镇居民人均可支配收入',
			'农村居民人均可支配收入'
		]);
		expect(expandPluralName('金融机构人民币存贷款余额')).toEqual([
			'金融机构存款余额',
			'金融机构贷款余额'
		]);
	});
	it('keeps full names and gives a bare last name the subject of the first', () => {
		expect(expandPluralName('规上工业增加值、固定资产投资和社会消费品零售总额')).toEqual([
			'规上工业增加值',
			'固定资产投资',
			'社会消费品零售总额'
		]);
		expect(expandPluralName('粮食播种面积和产量')).toEqual(['粮食播种面积', '粮食产量']);
		expect(expandPluralName('城镇登记失业率、居民消费价格涨幅和人口自然增长率')).toEqual([
			'城镇登记失业率',
			'居民消费价格涨幅',
			'人口自然增长率'
		]);
	});
	it('leaves a single name, or names it cannot read, alone', () => {
		expect(expandPluralName('地区生产总值')).toBeNull();
		expect(expandPluralName('国民经济和社会发展')).toBeNull();
	});
});
