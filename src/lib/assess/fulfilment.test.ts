import { describe, it, expect } from 'vitest';
import { fulfilment } from './fulfilment';
import type { Status } from './types';

const list = (...statuses: Status[]) => statuses.map((status) => ({ status }));

describe('fulfilment', () => {
	it('counts every status and leaves pending and unassessable out of the rate', () => {
		const f = fulfilment(
			list('met', 'exceeded', 'missed', 'missed', 'pending', 'pending', 'unassessable', 'met')
		);
		expect(f).toEqual({
			met: 2,
			exceeded: 1,
			missed: 2,
			pending: 2,
			unassessable: 1,
			kept: 3,
			assessed: 5,
			rate: 3 / 5
		});
	});

	it('has no rate when nothing is assessed', () => {
		expect(fulfilment([]).rate).toBeNull();
		const f = fulfilment(list('pending', 'unassessable'));
		expect(f.rate).toBeNull();
		expect(f.assessed).toBe(0);
	});

	it('over several years is the ratio over all commitments, not an average of rates', () => {
		const y1 = list('met', 'missed', 'missed', 'missed'); // 1/4
		const y2 = list('met', 'met'); // 2/2
		const f = fulfilment([...y1, ...y2]);
		expect(f.rate).toBe(3 / 6);
		expect(f.rate).not.toBe((1 / 4 + 2 / 2) / 2);
	});
});
