import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureProblem, MAX_SIGNIFICANT_DIGITS, readNumber } from './number';

/** 1262635 → 1,262,635: the only way a comma may appear. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const fullWidth = (text: string) =>
	text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace('.', '．');

const wholeDigits = fc.stringMatching(/^[1-9]\d{0,11}$/);
const fractionDigits = fc.stringMatching(/^\d{1,3}$/);

describe('readNumber', () => {
	it('reads the examples people write', () => {
		expect(readNumber('6.2')).toEqual({ ok: true, value: 6.2 });
		expect(readNumber(' -3.1 ')).toEqual({ ok: true, value: -3.1 });
		expect(readNumber('1,262,635')).toEqual({ ok: true, value: 1262635 });
		expect(readNumber('1,262,635.5')).toEqual({ ok: true, value: 1262635.5 });
		expect(readNumber('１２，３４５．６')).toEqual({ ok: true, value: 12345.6 });
		expect(readNumber('－0')).toEqual({ ok: true, value: 0 });
		expect(Object.is((readNumber('-0') as { value: number }).value, 0)).toBe(true);
	});

	it('refuses commas that are not thousands separators, and says so', () => {
		for (const text of [
			'1,2.3',
			'1,2,3,4',
			'12,34',
			'1234,567',
			',123',
			'0,123',
			'1.234,5',
			'1,,234'
		])
			expect(readNumber(text), text).toEqual({ ok: false, code: 'bad_separator' });
	});

	it('refuses what is not a number, and an empty field', () => {
		for (const text of ['九十', '6.2%', '3.1.2', '.5', '5.', '1e25', '1 234', '--1', '0x10', 'NaN'])
			expect(readNumber(text), text).toEqual({ ok: false, code: 'not_a_number' });
		expect(readNumber('  ')).toEqual({ ok: false, code: 'required' });
	});

	it('refuses more significant digits than a double holds exactly', () => {
		expect(readNumber('1234567890123456789012345')).toEqual({ ok: false, code: 'too_many_digits' });
		expect(readNumber('0.1234567890123456')).toEqual({ ok: false, code: 'too_many_digits' });
		expect(readNumber('123456789012345')).toEqual({ ok: true, value: 123456789012345 });
		expect(readNumber('1000000000000000000').ok).toBe(true);
	});

	it('reads every grouped figure as the same figure without separators', () => {
		fc.assert(
			fc.property(
				wholeDigits,
				fc.option(fractionDigits),
				fc.boolean(),
				(whole, fraction, minus) => {
					const plain = `${minus ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`;
					const read = readNumber(
						`${minus ? '-' : ''}${grouped(whole)}${fraction === null ? '' : `.${fraction}`}`
					);
					expect(read).toEqual({ ok: true, value: Number(plain) === 0 ? 0 : Number(plain) });
					expect(readNumber(fullWidth(plain))).toEqual(read);
				}
			)
		);
	});

	it('never drops a comma: one out of place is refused', () => {
		fc.assert(
			fc.property(
				fc.stringMatching(/^\d{2,12}$/),
				fc.integer({ min: 1, max: 11 }),
				(digits, at) => {
					fc.pre(at < digits.length);
					const text = `${digits.slice(0, at)},${digits.slice(at)}`;
					fc.pre(text !== grouped(digits) && !/^[1-9]\d{0,2}(,\d{3})+$/.test(text));
					expect(readNumber(text).ok).toBe(false);
				}
			)
		);
	});

	it('returns, for any text, a finite figure exactly as written, or a reason', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), (text) => {
				const read = readNumber(text);
				if (!read.ok) {
					expect(['required', 'not_a_number', 'bad_separator', 'too_many_digits']).toContain(
						read.code
					);
					return;
				}
				expect(Number.isFinite(read.value)).toBe(true);
			})
		);
	});

	it('keeps every figure of up to 15 significant digits exact', () => {
		fc.assert(
			fc.property(
				fc.stringMatching(new RegExp(`^[1-9]\\d{0,${MAX_SIGNIFICANT_DIGITS - 1}}$`)),
				fc.integer({ min: 0, max: MAX_SIGNIFICANT_DIGITS - 1 }),
				(digits, decimals) => {
					fc.pre(decimals < digits.length);
					const text =
						decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
					const read = readNumber(text);
					if (!read.ok) throw new Error(`${text}: ${read.code}`);
					expect(Number(read.value.toPrecision(digits.length))).toBe(Number(text));
					expect(String(read.value)).toBe(String(Number(text)));
				}
			)
		);
	});
});

describe('figureProblem', () => {
	it('bounds each metric, and lets a figureless one be', () => {
		expect(figureProblem('growth', 350)).toBeNull();
		expect(figureProblem('growth', -13.6)).toBeNull();
		expect(figureProblem('growth', 12_000)).toMatchObject({ code: 'out_of_range' });
		expect(figureProblem('rate', 1_500)).toMatchObject({ code: 'out_of_range' });
		expect(figureProblem('change_pp', -101)).toMatchObject({ code: 'out_of_range' });
		expect(figureProblem('level', 1e15)).toBeNull();
		expect(figureProblem('level', 1e25)).toMatchObject({ code: 'out_of_range' });
		expect(figureProblem('qualitative', 1e25)).toBeNull();
	});
});
