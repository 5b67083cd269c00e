import { describe, expect, it } from 'vitest';
import { segment, type Highlight } from './highlight';

const h = (start: number, end: number, kind: Highlight['kind'] = 'target'): Highlight => ({
	start,
	end,
	kind,
	label: `${start}-${end}`
});

describe('segment', () => {
	it('returns the whole text as one plain piece without highlights', () => {
		expect(segment('abc', [])).toEqual([{ text: 'abc', start: 0, marks: [], starts: [] }]);
	});

	it('cuts around one highlight and keeps every character', () => {
		const parts = segment('增长10%以上。', [h(0, 7)]);
		expect(parts.map((p) => p.text)).toEqual(['增长10%以上', '。']);
		expect(parts[0]!.marks).toHaveLength(1);
		expect(parts[1]!.marks).toHaveLength(0);
	});

	it('splits overlapping highlights so both cover the shared part', () => {
		const outer = h(0, 10, 'outcome');
		const inner = h(2, 5, 'outcome');
		const parts = segment('0123456789', [outer, inner]);
		expect(parts.map((p) => p.text)).toEqual(['01', '234', '56789']);
		expect(parts[1]!.marks).toEqual([outer, inner]);
		expect(parts[1]!.starts).toEqual([inner]);
		expect(parts.map((p) => p.text).join('')).toBe('0123456789');
	});

	it('ignores spans outside the text', () => {
		expect(segment('abc', [h(2, 9), h(-1, 1)])).toHaveLength(1);
	});
});
