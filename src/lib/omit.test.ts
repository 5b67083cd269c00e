import { describe, expect, it } from 'vitest';
import { omit, pick } from './omit';

describe('omit', () => {
	it('copies the other keys in their order and leaves the object as it was', () => {
		const row = { id: 1, text: 'long', title: 't', hash: 'h' };
		const copy = omit(row, 'text', 'hash');
		expect(copy).toEqual({ id: 1, title: 't' });
		expect(Object.keys(copy)).toEqual(['id', 'title']);
		expect(row).toEqual({ id: 1, text: 'long', title: 't', hash: 'h' });
	});
});

describe('pick', () => {
	it('copies only the given keys, in the order given', () => {
		const row = { id: 1, text: 'long', title: 't', hash: 'h' };
		expect(Object.entries(pick(row, 'title', 'id'))).toEqual([
			['title', 't'],
			['id', 1]
		]);
		expect(row).toEqual({ id: 1, text: 'long', title: 't', hash: 'h' });
	});
});
