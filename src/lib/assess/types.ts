/**
 * Input and output types of the assessment rules (docs: shared/spec/assessment.md).
 * Independent of the database: the app maps its rows to these shapes.
 */

import type { Bound, Comparator, Metric } from '../vocabulary';

export type { Bound, Comparator, Metric };

export interface CommitmentInput {
	id: number;
	indicator: string;
	metric: Metric;
	comparator: Comparator;
	value: number | null;
	stretch: number | null;
	unit: string | null;
	relativeTo: string | null;
	/** a qualifier of the statistic (规模以上, 500万元以上); only an outcome of the same scope counts */
	scope?: string | null;
	/** the words the target was read from: how many decimals it is written with */
	sourceQuote?: string | null;
}

export interface OutcomeInput {
	id: number;
	indicator: string;
	metric: Metric;
	value: number | null;
	unit: string | null;
	estimated: boolean;
	bound: Bound | null;
	recordedAt: Date;
	supersededBy: number | null;
	scope?: string | null;
	/** the words the figure was read from: how many decimals it is written with */
	sourceQuote?: string | null;
}

export interface JudgementInput {
	status: 'met' | 'missed';
	reason: string;
	author: string;
	at: Date;
}

export interface AssessSettings {
	/** tolerance of `~` (and relative `=`) targets on growth/rate/change_pp, in percentage points */
	tolerancePp: number;
	/** tolerance of `~` targets on levels, in % of the target value */
	toleranceLevelPct: number;
}

export const DEFAULT_SETTINGS: Readonly<AssessSettings> = Object.freeze({
	tolerancePp: 0.5,
	toleranceLevelPct: 2
});

export type Status = 'met' | 'exceeded' | 'missed' | 'pending' | 'unassessable';

export interface Assessment {
	commitmentId: number;
	status: Status;
	actual: number | null;
	actualBound: Bound | null;
	actualEstimated: boolean;
	outcomeId: number | null;
	/** r: the actual growth of `relativeTo`, for relative targets */
	reference: number | null;
	gap: number | null;
	attainment: number | null;
	/** decimals the actual is shown with in the target's unit: as the report writes it */
	decimals: number | null;
	/** decimals of the gap: the finer of the target's and the actual's (or the reference's) */
	gapDecimals: number | null;
	reason: string;
	judgement: JudgementInput | null;
}

export interface Fulfilment {
	met: number;
	exceeded: number;
	missed: number;
	pending: number;
	unassessable: number;
	kept: number;
	assessed: number;
	rate: number | null;
}

export interface AssessOptions {
	/** outcomes of the `relativeTo` indicator, same region and year (defaults to `outcomes`) */
	reference?: OutcomeInput[];
	judgement?: JudgementInput | null;
	settings?: AssessSettings;
	/** indicator code → display name, for relative targets (falls back to the code) */
	names?: Record<string, string>;
}
