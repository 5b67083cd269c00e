import { describe, it, expect } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { convertLines, normalize } from './normalize';

describe('normalize', () => {
	it('converts traditional characters to simplified', () => {
		expect(normalize('地區生產總值增長5.5%').text).toBe('地区生产总值增长5.5%');
	});
	it('converts lines together as each on its own', () => {
		const convert = OpenCC.Converter({ from: 't', to: 'cn' });
		const lines = ['地區生產總值增長', '發展', '', '測試國家', '乾燥的乾部'];
		expect(convertLines(lines)).toEqual(lines.map(convert));
		// (an ideographic description at the end of a line does not take in the next one)
		const described = ['這是⿰', '測試國家'];
		expect(convertLines(described)).toEqual(described.map(convert));
	});
	it('leaves simplified text as it is', () => {
		const s = '显著提升，什么都有，著作和坚持稳中求进';
		expect(normalize(s).text).toBe(s);
	});
	it('removes pinyin glosses and maps back to the original', () => {
		const src = '政府工作報(bào)告：糧(liáng)食產(chǎn)量3.5萬(wàn)噸';
		const n = normalize(src);
		expect(n.text).toBe('政府工作报告：粮食产量3.5万吨');
		const i = n.text.indexOf('3.5');
		expect(src.slice(n.toOriginal(i), n.toOriginal(i + 3))).toBe('3.5');
	});
	it('turns full-width digits and signs into ASCII', () => {
		expect(normalize('增长１０．５％以上').text).toBe('增长10.5%以上');
	});
	it('drops replacement characters and stray question marks between characters', () => {
		expect(normalize('全县\ufffd地区生产总值?增长').text).toBe('全县地区生产总值增长');
	});
	it('repairs UTF-8 read as Latin-1', () => {
		const moj = Buffer.from('增长', 'utf8').toString('latin1');
		expect(normalize(`GDP${moj}5%`).text).toBe('GDP增长5%');
	});
	it('normalises what an entity or a repaired character brings in as if it had been written out', () => {
		// an ideographic space, a full-width digit and a traditional character (報) written as
		// entities, the only ones of their kinds in the text
		expect(normalize('GDP&#x3000;增长&#xff15;%，&#x5831;告').text).toBe('GDP 增长5%，报告');
		// UTF-8 of 經 read as Latin-1: repaired, then converted
		expect(normalize('\u00e7\u00b6\u0093济增长').text).toBe('经济增长');
		// a text of none of the kinds each step is for comes out as it went in
		expect(normalize('全县地区生产总值增长6%。').text).toBe('全县地区生产总值增长6%。');
	});
	it('turns a carriage return or a zero-width character wherever it stands', () => {
		expect(normalize('增长\u200b6%\r\n就业').text).toBe('增长6%\n就业');
	});
	it('joins PDF wrap spaces inside words and numbers', () => {
		expect(normalize('预计完成127 .7亿元，一 般公共预算收入26.1亿 元').text).toBe(
			'预计完成127.7亿元，一般公共预算收入26.1亿元'
		);
	});
	it('joins a sentence broken across two lines but keeps headings', () => {
		const n = normalize(
			'过去一年，全县经济稳中向好，实现地区生产总值120亿元，同比\n增长6%。\n二、2025年工作安排\n今年'
		);
		expect(n.text).toBe(
			'过去一年，全县经济稳中向好，实现地区生产总值120亿元，同比增长6%。\n二、2025年工作安排\n今年'
		);
	});
	it('writes years in Chinese numerals with digits', () => {
		expect(normalize('——二〇二四年一月八日在某县；二○二三年；第一二三年').text).toBe(
			'——2024年一月八日在某县；2023年；第一二三年'
		);
	});
	it('drops thousands separators', () => {
		const n = normalize('人均可支配收入41,236元，贷款余额1,234.5亿元，分别为5,6');
		expect(n.text).toBe('人均可支配收入41236元，贷款余额1234.5亿元，分别为5,6');
		expect(n.toOriginal(n.text.indexOf('元'))).toBe('人均可支配收入41,236'.length);
	});
	it('strips a BOM and keeps offsets in the original', () => {
		const src = '\ufeff地区生产总值增长6%';
		const n = normalize(src);
		expect(n.text.startsWith('地区')).toBe(true);
		expect(n.toOriginal(0)).toBe(1);
		expect(n.toOriginal(n.text.length)).toBe(src.length);
	});
});
