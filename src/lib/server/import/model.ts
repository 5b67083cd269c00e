import type { Status } from '../../assess';
import type { Question } from '../../extract';
import { COMMITMENT_FIELDS } from '../fields/commitment';
import type { FieldErrors } from '../fields/issues';
import type { RegionOption } from './region-match';

/**
 * The review form, field by field, as strings: what the action returns, the page renders and
 * the browser posts back. Nothing is stored until the editor confirms.
 */
export const ITEM_FIELDS = [
	...COMMITMENT_FIELDS,
	'estimated',
	'bound',
	'quote',
	'start',
	'end'
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];
export type ItemValues = Record<ItemField, string>;

export const META_FIELDS = [
	'title',
	'kind',
	'reviewYear',
	'planYear',
	'date',
	'sourceUrl',
	'regionName',
	'parentRegion'
] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type MetaValues = Record<MetaField, string>;

export interface ItemDraft {
	/** t0, t1… for targets, o0, o1… for outcomes */
	id: string;
	kind: 'target' | 'outcome';
	accept: boolean;
	values: ItemValues;
}

export interface ReviewDraft {
	text: string;
	meta: MetaValues;
	/** the code the editor chose or typed */
	regionCode: string;
	items: ItemDraft[];
	/** what the extractor could not tell from the text (no region, years from a page date) */
	questions?: Question[];
}

/** An existing commitment the outcome would be judged against, and what the import would change. */
export interface Match {
	commitmentId: number;
	year: number;
	name: string;
	target: string;
	before: Status;
	after: Status;
	actual: string;
	actualEstimated: boolean;
	/** false when an outcome already in force keeps precedence (a final figure over an estimate) */
	decides: boolean;
	reason: string;
}

export interface ReviewItem extends ItemDraft {
	/** how the item reads: 2025年目标：地区生产总值 5%左右 */
	label: string;
	matches: Match[];
}

export interface ReviewModel {
	text: string;
	meta: MetaValues;
	regionCode: string;
	/** divisions to choose from: the one detected first, then the candidates */
	regionOptions: RegionOption[];
	items: ReviewItem[];
	questions: Question[];
}

/** Field errors keyed as the form names them: `title`, `regionCode`, `t0.value`, `text`. */
export type ReviewErrors = FieldErrors;
