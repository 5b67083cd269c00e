import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from './db/test-helpers';
import { parseNumber, validateOutcome, type OutcomeFields } from './outcome-input';
import { storeReport } from './reports';

let db: ReturnType<typeof createTestDatabase>;
let reportId: number;
beforeEach(() => {
	db = createTestDatabase();
	reportId = storeReport(
		db,
		{
			regionCode: '510811',
			kind: 'statistical_bulletin',
			title: '统计公报',
			date: null,
			reviewYear: 2023,
			planYear: null,
			sourceUrl: null,
			text: '全年地区生产总值81.8亿元，比上年增长6.0%。'
		},
		null
	).report.id;
});
afterEach(() => db.dispose());

const growth = { year: 2023, metric: 'growth' as const, unit: '%' };
const today = new Date('2026-06-01T00:00:00Z');
const good: OutcomeFields = {
	value: '6.0',
	unit: '%',
	kind: 'final',
	sourceType: 'report',
	sourceReportId: '',
	sourceQuote: '比上年增长6.0%'
};

describe('validateOutcome', () => {
	it('accepts a figure quoted from a stored report', () => {
		const result = validateOutcome(
			db,
			{ ...good, sourceReportId: String(reportId) },
			growth,
			today
		);
		expect(result).toEqual({
			draft: {
				value: 6,
				unit: '%',
				estimated: false,
				bound: null,
				sourceReportId: reportId,
				sourceUrl: null,
				sourceQuote: '比上年增长6.0%',
				sourceDate: null,
				note: null
			}
		});
	});

	it('puts each problem beside its field', () => {
		const result = validateOutcome(
			db,
			{ value: 'six', unit: '亿元', kind: '', sourceType: '' },
			growth,
			today
		);
		expect('errors' in result && result.errors).toEqual({
			value: '“six”不是数字',
			unit: '增速和比率须以 % 表示',
			kind: '请选择预计数或最终数',
			sourceType: '请注明出处：选择报告或填写网址'
		});
	});

	it('refuses a quote that is not in the report, a bad URL, a future date or year', () => {
		const wrongQuote = validateOutcome(
			db,
			{ ...good, sourceReportId: String(reportId), sourceQuote: '增长9%' },
			growth,
			today
		);
		expect('errors' in wrongQuote && wrongQuote.errors.sourceQuote).toBe('这段原文不在所选报告中');
		const badUrl = validateOutcome(
			db,
			{ ...good, sourceType: 'url', sourceUrl: 'ftp://x', sourceDate: '2027-01-01' },
			growth,
			today
		);
		expect('errors' in badUrl && badUrl.errors).toMatchObject({
			sourceUrl: expect.stringContaining('http'),
			sourceDate: '出处日期不能在未来'
		});
		const future = validateOutcome(
			db,
			{ ...good, sourceType: 'url', sourceUrl: 'https://a.cn' },
			{ ...growth, year: 2027 },
			today
		);
		expect('errors' in future && future.errors.year).toContain('2027');
	});

	it('finds a quote as the extractor reads it: simplified, half-width, across line breaks', () => {
		const { report } = storeReport(
			db,
			{
				regionCode: '140225',
				kind: 'work_report',
				title: '報告',
				date: null,
				reviewYear: 2023,
				planYear: 2024,
				sourceUrl: null,
				text: '全縣地區生產總值增長５.５％，\n完成年度目標。'
			},
			null
		);
		const fields = {
			...good,
			value: '5.5',
			sourceReportId: String(report.id),
			sourceQuote: '全县地区生产总值增长5.5%'
		};
		expect('draft' in validateOutcome(db, fields, growth, today)).toBe(true);
	});

	it('refuses a quote that does not state the figure', () => {
		const fields = {
			...good,
			sourceType: 'url',
			sourceUrl: 'https://a.cn',
			value: '6.5',
			sourceQuote: '比上年增长6.0%'
		};
		const result = validateOutcome(db, fields, growth, today);
		expect('errors' in result && result.errors.sourceQuote).toBe('原文摘录中没有 6.5 这个数');
		const fall = { ...fields, value: '-3.1', sourceQuote: '固定资产投资下降3.1%' };
		expect('draft' in validateOutcome(db, fall, growth, today)).toBe(true);
		const separated = {
			...fields,
			value: '41236',
			unit: '元',
			sourceQuote: '人均可支配收入41,236元'
		};
		expect(
			'draft' in validateOutcome(db, separated, { year: 2023, metric: 'level', unit: '元' }, today)
		).toBe(true);
	});

	it('checks a level unit against the target unit', () => {
		const level = { year: 2023, metric: 'level' as const, unit: '人' };
		const fits = validateOutcome(
			db,
			{
				...good,
				value: '1.39',
				unit: '万人',
				sourceType: 'url',
				sourceUrl: 'https://a.cn',
				sourceQuote: '城镇新增就业1.39万人'
			},
			level,
			today
		);
		expect('draft' in fits && fits.draft.unit).toBe('万人');
		const wrong = validateOutcome(
			db,
			{ ...good, value: '12', unit: '个', sourceType: 'url', sourceUrl: 'https://a.cn' },
			level,
			today
		);
		expect('errors' in wrong && wrong.errors.unit).toContain('无法与目标单位');
	});

	it('reads full-width digits and thousands separators', () => {
		expect(parseNumber('１２，３４５.６')).toBe(12345.6);
		expect(parseNumber('-3.1')).toBe(-3.1);
		expect(parseNumber('3.1.2')).toBeNull();
		expect(parseNumber('')).toBeNull();
	});
});
