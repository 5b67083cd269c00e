import type { Comparator, Metric } from '../vocabulary';

export type { Comparator, Metric };
export type DocumentType = 'plan_report' | 'work_report' | 'statistical_bulletin' | 'other';
/** 预期性 / 约束性 where the text states it, else null. */
export type Binding = 'expected' | 'binding' | null;
/** Offsets of a quote in the ORIGINAL input string (UTF-16 code units, end exclusive). */
export interface Span {
	start: number;
	end: number;
}

export interface ExtractedTarget {
	year: number;
	indicator: string;
	name: string;
	scope: string | null;
	metric: Metric;
	comparator: Comparator;
	value: number | null;
	stretch: number | null;
	unit: string | null;
	relativeTo: string | null;
	headline: boolean;
	binding: Binding;
	quote: string;
	span: Span;
	/** what was guessed in reading it, for the editor who checks it */
	guesses?: string[];
}

export interface ExtractedOutcome {
	year: number;
	indicator: string;
	name: string;
	scope: string | null;
	metric: Metric;
	value: number | null;
	unit: string | null;
	estimated: boolean;
	bound: '<=' | '>=' | null;
	quote: string;
	span: Span;
	/** what was guessed in reading it, for the editor who checks it */
	guesses?: string[];
}

export interface Extraction {
	region: string | null;
	parentRegion: string | null;
	documentType: DocumentType;
	reviewYear: number | null;
	planYear: number | null;
	targets: ExtractedTarget[];
	outcomes: ExtractedOutcome[];
}
