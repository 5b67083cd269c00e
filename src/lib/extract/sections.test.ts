import { describe, it, expect } from 'vitest';
import { detectMeta, findParts } from './sections';
import { findRegion, splitUnits } from './region';

describe('detectMeta', () => {
	it('reads a plan report title', () => {
		expect(detectMeta('关于某某县2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n正文')).toEqual({
			documentType: 'plan_report',
			reviewYear: 2021,
			planYear: 2022
		});
	});
	it('reads a work report from its title or its session date', () => {
		expect(detectMeta('2025年某某市某某区政府工作报告\n一、2024年工作回顾')).toMatchObject({ documentType: 'work_report', reviewYear: 2024, planYear: 2025 });
		expect(detectMeta('政府工作报告\n——2023年1月6日在某某县第十八届人民代表大会第二次会议上')).toMatchObject({ reviewYear: 2022, planYear: 2023 });
	});
	it('reads a statistical bulletin', () => {
		expect(detectMeta('某某县2022年国民经济和社会发展统计公报\n一、综合')).toEqual({ documentType: 'statistical_bulletin', reviewYear: 2022, planYear: null });
	});
});

describe('findParts', () => {
	it('finds the review part and the plan part by their headings', () => {
		const t = '某某县2024年政府工作报告\n一、2023年工作回顾\n全县地区生产总值增长5%。\n二、2024年工作安排\n今年目标。';
		const p = findParts(t, detectMeta(t));
		expect(t.slice(p.reviewStart, p.reviewEnd)).toContain('增长5%');
		expect(t.slice(p.planStart!, p.planEnd).startsWith('二、2024年工作安排')).toBe(true);
	});
});

describe('findRegion', () => {
	it('drops the parent and keeps it apart', () => {
		expect(findRegion('关于某某市新城区2023年国民经济和社会发展计划执行情况')).toEqual({ region: '新城区', parentRegion: '某某市' });
		expect(findRegion('（湖南省）2024年长沙市望城区人民政府工作报告')).toEqual({ region: '望城区', parentRegion: '长沙市' });
	});
	it('keeps an autonomous county whole', () => {
		expect(findRegion('石柱土家族自治县2022年国民经济和社会发展统计公报').region).toBe('石柱土家族自治县');
	});
	it('splits administrative units', () => {
		expect(splitUnits('四川省广元市昭化区')).toEqual(['四川省', '广元市', '昭化区']);
		expect(splitUnits('杭州市余杭区')).toEqual(['杭州市', '余杭区']);
	});
});
