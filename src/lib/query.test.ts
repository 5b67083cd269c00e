import { describe, expect, it } from 'vitest';
import { queryOf, withParams } from './query';

describe('queryOf', () => {
	it('keeps the values that are set, in order, and encodes them', () => {
		expect(queryOf({ user: 'a b', region: null, table: '', from: '2026-01-01', page: '2' })).toBe(
			'user=a+b&from=2026-01-01&page=2'
		);
	});

	it('is empty when nothing is set', () => {
		expect(queryOf({ user: null, to: undefined })).toBe('');
	});
});

describe('withParams', () => {
	it('replaces a key in place, appends a new one and leaves the original alone', () => {
		const params = new URLSearchParams('regions=1&sort=name&regions=2');
		expect(withParams(params, { sort: 'rate', dir: 'desc' })).toBe(
			'regions=1&sort=rate&regions=2&dir=desc'
		);
		expect(params.toString()).toBe('regions=1&sort=name&regions=2');
	});

	it('removes a key changed to null, every value of it', () => {
		const params = new URLSearchParams('regions=1&q=x&regions=2');
		expect(withParams(params, { regions: null, sort: 'name' })).toBe('q=x&sort=name');
	});

	it('leaves commas as they are', () => {
		const params = new URLSearchParams('q=%E4%BF%9D');
		expect(withParams(params, { regions: '130608,130636' })).toBe(
			'q=%E4%BF%9D&regions=130608,130636'
		);
	});
});
