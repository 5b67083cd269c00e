import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dryRun } from '../bulk/import';
import { editCommitment, editValuesOf } from '../commitment-edit';
import { commitments, type Commitment } from '../db/schema';
import { createTestDatabase } from '../db/test-helpers';
import { checkItem } from '../import/fields';
import type { ItemValues } from '../import/model';
import { itemContext } from '../import/review';
import { ISSUE_CODES } from './issues';
import { COMMITMENT_FIELDS } from './commitment';
import { RECORDED_FIELDS } from './recorded';
import { validateOutcome } from '../outcome-input';

/** The same rules on every path: the form, the import review, the bulk CSV, the correction. */
let db: ReturnType<typeof createTestDatabase>;
let target: Commitment;
const today = new Date('2024-06-01T00:00:00Z');
const TEXT = '2023年地区生产总值增长6%。';
const quoted = { quote: '地区生产总值增长6%', start: '5', end: '15' };

beforeEach(() => {
	db = createTestDatabase();
	target = db
		.insert(commitments)
		.values({
			regionCode: '510811',
			year: 2023,
			indicator: 'gdp',
			name: '地区生产总值',
			metric: 'growth',
			comparator: '>=',
			value: 6,
			unit: '%',
			headline: true,
			sourceQuote: '地区生产总值增长6%以上'
		})
		.returning()
		.get();
});
afterEach(() => db.dispose());

const item = (kind: 'target' | 'outcome', values: Partial<ItemValues>) => {
	const base = { ...editValuesOf(target), estimated: 'false', bound: '', ...quoted };
	const checked = checkItem(
		{ id: 'x', kind, accept: true, values: { ...base, ...values } as ItemValues },
		itemContext(db, TEXT, today)
	);
	return checked.ok ? {} : Object.fromEntries(checked.issues.map((i) => [i.field, i.code]));
};

const edit = (values: Record<string, string>) => {
	const result = editCommitment(db, target, { ...editValuesOf(target), ...values }, 1, 0);
	return 'errors' in result
		? Object.fromEntries(Object.entries(result.errors).map(([f, i]) => [`x.${f}`, i.code]))
		: {};
};

const form = (value: string, unit: string) => {
	const fields = {
		value,
		unit,
		kind: 'final',
		sourceType: 'url',
		sourceUrl: 'https://a.cn',
		sourceQuote: `增长${value}`
	};
	const result = validateOutcome(db, fields, target, today);
	return 'errors' in result
		? Object.fromEntries(Object.entries(result.errors).map(([f, i]) => [`x.${f}`, i.code]))
		: {};
};

const HEADER = 'region_code,year,indicator,metric,value,unit,kind,source_url,source_quote';
const bulk = (value: string, unit: string) => {
	const row = `510811,2023,gdp,growth,"${value}",${unit},final,https://a.cn,"增长${value}"`;
	const checked = dryRun(db, `${HEADER}\n${row}`, 'UTF-8', today);
	if (!checked.ok) throw new Error(checked.error);
	return Object.fromEntries(
		(checked.problems[0]?.messages ?? []).map((m) => [`x.${m.column}`, m.code])
	);
};

describe('one set of field rules', () => {
	it('reads and bounds figures alike on every path', () => {
		const cases: [string, string][] = [
			['1,2.3', 'bad_separator'],
			['1,2,3,4', 'bad_separator'],
			['九十', 'not_a_number'],
			['1234567890123456789012345', 'too_many_digits'],
			['20000', 'out_of_range']
		];
		for (const [value, code] of cases) {
			const expected = { 'x.value': code };
			expect(item('target', { value }), value).toMatchObject(expected);
			expect(item('outcome', { value }), value).toMatchObject(expected);
			expect(edit({ value }), value).toEqual(expected);
			expect(form(value, '%'), value).toEqual(expected);
			expect(bulk(value, '%'), value).toEqual(expected);
		}
	});

	it('fits units to the metric alike: % for growth, whatever the path', () => {
		const wrong = { 'x.unit': 'unit_mismatch' };
		expect(item('target', { unit: '亿元' })).toEqual(wrong);
		expect(item('outcome', { unit: '亿元' })).toEqual(wrong);
		expect(edit({ unit: '亿元' })).toEqual(wrong);
		expect(form('6', '亿元')).toEqual(wrong);
		expect(bulk('6', '亿元')).toEqual({ 'x.unit': 'unit_mismatch' });
		for (const unit of ['', '%', '％']) {
			expect(item('target', { unit })).toEqual({});
			expect(item('outcome', { unit })).toEqual({});
			expect(edit({ unit })).toEqual({});
			expect(form('6', unit)).toEqual({});
		}
	});

	it('a relative target has no unit of its own, and its outcomes are growths in %', () => {
		const relative = { metric: 'relative', value: '', relativeTo: 'urban_income', unit: '%' };
		expect(item('target', relative)).toEqual({});
		expect(edit(relative)).toEqual({});
		expect(item('target', { ...relative, relativeTo: '' })).toEqual({ 'x.relativeTo': 'required' });
		expect(item('outcome', { metric: 'relative' })).toEqual({
			'x.metric': 'metric_without_figure'
		});
		target = { ...target, metric: 'relative' };
		expect(form('6', '%')).toEqual({});
		expect(form('6', '亿元')).toEqual({ 'x.unit': 'unit_mismatch' });
	});

	it('caps names and scopes alike', () => {
		const long = { name: '名'.repeat(101), scope: '范'.repeat(51) };
		const expected = { 'x.name': 'too_long', 'x.scope': 'too_long' };
		expect(item('target', long)).toEqual(expected);
		expect(item('outcome', long)).toEqual(expected);
		expect(edit(long)).toEqual(expected);
	});

	it('answers any input with a value or coded problems, never an exception', () => {
		const anyText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '6', '1,234', '%'));
		const codes = new Set<string>(ISSUE_CODES);
		const known = (issues: Record<string, string>) =>
			Object.values(issues).every((code) => codes.has(code));
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...COMMITMENT_FIELDS), anyText), (values) => {
				expect(known(item('target', values))).toBe(true);
				expect(known(edit(values))).toBe(true);
			}),
			{ numRuns: 60 }
		);
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...RECORDED_FIELDS), anyText), (values) => {
				const result = validateOutcome(db, values, target, today);
				if ('errors' in result)
					expect(Object.values(result.errors).every((i) => codes.has(i.code))).toBe(true);
				else expect(Number.isFinite(result.draft.value)).toBe(true);
			}),
			{ numRuns: 100 }
		);
	});
});
