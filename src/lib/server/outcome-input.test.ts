import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from './db/test-helpers';
import { validateOutcome, type OutcomeFields, type OutcomeTarget } from './outcome-input';
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

/** The code of each field's problem: tests match codes, never the words. */
function codesOf(result: ReturnType<typeof validateOutcome>) {
	if (!('errors' in result)) return {};
	return Object.fromEntries(Object.entries(result.errors).map(([f, i]) => [f, i.code]));
}
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
		expect(codesOf(result)).toEqual({
			value: 'not_a_number',
			unit: 'unit_mismatch',
			kind: 'not_a_choice',
			sourceType: 'source_missing',
			sourceQuote: 'required'
		});
		expect('errors' in result && result.errors.value?.message).toContain('six');
	});

	it('refuses a quote that is not in the report, a bad URL, a future date or year', () => {
		const wrongQuote = validateOutcome(
			db,
			{ ...good, sourceReportId: String(reportId), sourceQuote: '增长9%' },
			growth,
			today
		);
		expect(codesOf(wrongQuote).sourceQuote).toBe('quote_not_in_report');
		const badUrl = validateOutcome(
			db,
			{ ...good, sourceType: 'url', sourceUrl: 'ftp://x', sourceDate: '2027-01-01' },
			growth,
			today
		);
		expect(codesOf(badUrl)).toMatchObject({ sourceUrl: 'not_a_url', sourceDate: 'future_date' });
		const future = validateOutcome(
			db,
			{ ...good, sourceType: 'url', sourceUrl: 'https://a.cn' },
			{ ...growth, year: 2027 },
			today
		);
		expect(codesOf(future).year).toBe('future_year');
		expect('errors' in future && future.errors.year?.message).toContain('2027');
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
		expect(codesOf(result).sourceQuote).toBe('quote_without_figure');
		expect('errors' in result && result.errors.sourceQuote?.message).toContain('6.5');
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
		expect(codesOf(wrong).unit).toBe('unit_incomparable');
	});

	it('caps the source address, the quote and the note', () => {
		const long = (n: number) => 'x'.repeat(n);
		const result = validateOutcome(
			db,
			{
				...good,
				sourceType: 'url',
				sourceUrl: `https://a.cn/${long(100_000)}`,
				sourceQuote: `比上年增长6.0%${long(2000)}`,
				note: long(2001)
			},
			growth,
			today
		);
		expect(codesOf(result)).toEqual({
			sourceUrl: 'too_long',
			sourceQuote: 'too_long',
			note: 'too_long'
		});
		expect('errors' in result && result.errors.sourceUrl?.message).toContain('2000');
	});

	it('refuses a figure its metric cannot hold, and commas that are not thousands separators', () => {
		const at = (value: string, target: OutcomeTarget = growth) =>
			codesOf(
				validateOutcome(
					db,
					{ ...good, value, sourceType: 'url', sourceUrl: 'https://a.cn', sourceQuote: value },
					target,
					today
				)
			).value;
		expect(at('1,2.3')).toBe('bad_separator');
		expect(at('1,2,3,4')).toBe('bad_separator');
		expect(at('12000')).toBe('out_of_range');
		const level = { year: 2023, metric: 'level' as const, unit: '元' };
		expect(at('1,262,635', level)).toBeUndefined();
		expect(at('1234567890123456789012345', level)).toBe('too_many_digits');
		expect(at('9000000000000000', level)).toBe('out_of_range');
	});
});
