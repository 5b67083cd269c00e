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

/**
 * What an editor should check first about an item: short notes in Chinese on what the reading
 * took for granted (年份由“今年”推定, 别名：农民人均纯收入 → 农村居民人均可支配收入, 定性目标,
 * 五年回顾中的年末数). Empty when nothing was guessed.
 */
export type Guesses = string[];

/** A field of the report the extractor could not tell, for the editor to decide. */
export interface Question {
	field: 'region' | 'reviewYear' | 'planYear' | 'documentType';
	/** what it might be, likeliest first (empty when there is no candidate) */
	candidates: (string | number)[];
	/** why it asks, in Chinese (正文未写明地区, 年份由页面日期推定…) */
	reason: string;
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
	/** what was guessed in reading it (optional: items an editor wrote have none) */
	guesses?: Guesses;
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
	/** what was guessed in reading it (optional: items an editor wrote have none) */
	guesses?: Guesses;
}

export interface Extraction {
	region: string | null;
	parentRegion: string | null;
	documentType: DocumentType;
	reviewYear: number | null;
	planYear: number | null;
	targets: ExtractedTarget[];
	outcomes: ExtractedOutcome[];
	/** the fields it could not tell (region, years, type), with their candidates */
	questions: Question[];
}
