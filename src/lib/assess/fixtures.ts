/** Builders shared by the tests of this folder. */
import type { CommitmentInput, JudgementInput, OutcomeInput } from './types';

let nextId = 1000;

export function commitment(over: Partial<CommitmentInput> = {}): CommitmentInput {
	return {
		id: nextId++,
		indicator: 'gdp',
		metric: 'growth',
		comparator: '>=',
		value: 10,
		stretch: null,
		unit: '%',
		relativeTo: null,
		...over
	};
}

export function outcome(over: Partial<OutcomeInput> = {}): OutcomeInput {
	return {
		id: nextId++,
		indicator: 'gdp',
		metric: 'growth',
		value: 6.7,
		unit: '%',
		estimated: false,
		bound: null,
		recordedAt: new Date('2023-03-01T00:00:00Z'),
		supersededBy: null,
		...over
	};
}

export function judgement(over: Partial<JudgementInput> = {}): JudgementInput {
	return {
		status: 'met',
		reason: '已按期完成',
		author: '王编辑',
		at: new Date('2023-06-01T00:00:00Z'),
		...over
	};
}
