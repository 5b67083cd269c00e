import { describe, it, expect } from 'vitest';
import { detectMeta, findParts } from './sections';
import { findRegion, splitUnits } from './region';

describe('detectMeta', () => {
	it('reads a plan report title', () => {
		expect(
			detectMeta('关于某某县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n正文')
		).toEqual({
			documentType: 'plan_report',
			reviewYear: 2021,
			planYear: 2022
		});
	});
	it('reads a work report from its title or its session date', () => {
		expect(detectMeta('2025年某某市某某区政府工作报告\n一、2024年工作回顾')).toMatchObject({
			documentType: 'work_report',
			reviewYear: 2024,
			planYear: 2025
		});
		expect(
			detectMeta('政府工作报告\n——2023年1月6日在某某县第十八届人民代表大会第二次会议上')
		).toMatchObject({ reviewYear: 2022, planYear: 2023 });
	});
	it('plans the next year when the session is held in the last quarter', () => {
		expect(
			detectMeta(
				'政府工作报告\n——2023年12月26日在某某县第十七届人民代表大会第三次会议上\n二、明年工作安排'
			)
		).toMatchObject({ reviewYear: 2023, planYear: 2024 });
		expect(detectMeta('政府工作报告\n——2023年十二月二十六日在某某县人民代表大会上')).toMatchObject({
			reviewYear: 2023,
			planYear: 2024
		});
	});
	it('takes the years from 2023年是… under a 过去一年 heading when the title has none', () => {
		const t =
			'政府工作报告\n各位代表：\n一、过去一年工作回顾\n2023年是开局之年。全县地区生产总值增长6%。\n二、今年工作安排\n今年主要预期目标是：地区生产总值增长6%左右。';
		expect(detectMeta(t)).toMatchObject({
			documentType: 'work_report',
			reviewYear: 2023,
			planYear: 2024
		});
		const u =
			'政府工作报告\n一、过去五年工作回顾\n五年来，全区经济稳步增长。\n二、今年工作安排\n2023年是全面贯彻党的二十大精神的开局之年。';
		expect(detectMeta(u)).toMatchObject({ reviewYear: 2022, planYear: 2023 });
	});
	it('reads a statistical bulletin', () => {
		expect(detectMeta('某某县2022年国民经济和社会发展统计公报\n一、综合')).toEqual({
			documentType: 'statistical_bulletin',
			reviewYear: 2022,
			planYear: null
		});
	});
});

describe('findParts', () => {
	it('finds the review part and the plan part by their headings', () => {
		const t =
			'某某县2024年政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5%。\n二、2024年工作安排\n今年目标。';
		const p = findParts(t, detectMeta(t));
		expect(t.slice(p.reviewStart, p.reviewEnd)).toContain('增长5%');
		expect(t.slice(p.planStart!, p.planEnd).startsWith('二、2024年工作安排')).toBe(true);
	});
});

describe('findParts: a section of targets for the coming years', () => {
	it('ends the review part', () => {
		const t =
			'2022年某某市政府工作报告\n一、过去五年工作回顾\n2021年，全市地区生产总值增长8%。\n二、今后五年主要目标任务\n地区生产总值突破500亿元。\n三、2022年工作安排\n今年目标。';
		const p = findParts(t, detectMeta(t));
		expect(t.slice(p.reviewStart, p.reviewEnd)).not.toContain('500亿元');
		expect(t.slice(p.planStart!).startsWith('三、2022年工作安排')).toBe(true);
	});
});

describe('findRegion', () => {
	it('drops the parent and keeps it apart', () => {
		expect(findRegion('关于某某市新城区2023年国民经济和社会发展计划执行情况')).toEqual({
			region: '新城区',
			parentRegion: '某某市'
		});
		expect(findRegion('（湖南省）2024年长沙市望城区人民政府工作报告')).toEqual({
			region: '望城区',
			parentRegion: '长沙市'
		});
	});
	it('keeps an autonomous county whole', () => {
		expect(findRegion('石柱土家族自治县2022年国民经济和社会发展统计公报').region).toBe(
			'石柱土家族自治县'
		);
	});
	it('finds no region in 我代表县人民政府', () => {
		expect(
			findRegion('政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作').region
		).toBeNull();
	});
	it('splits administrative units', () => {
		expect(splitUnits('四川省广元市昭化区')).toEqual(['四川省', '广元市', '昭化区']);
		expect(splitUnits('杭州市余杭区')).toEqual(['杭州市', '余杭区']);
	});
});
