/**
 * The words of the extraction contract (../shared/spec/extraction.md), shared by the extractor,
 * the assessment rules and the database schema so that they cannot drift apart.
 */
export const METRICS = ['growth', 'level', 'rate', 'change_pp', 'relative', 'qualitative'] as const;
export const COMPARATORS = ['>=', '~', '<=', '>', '='] as const;
export const BOUNDS = ['<=', '>='] as const;

export type Metric = (typeof METRICS)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type Bound = (typeof BOUNDS)[number];
