import * as v from 'valibot';
import type { ExtractedOutcome, ExtractedTarget } from '../../extract/types';
import { commitmentEntries, commitmentOf, commitmentRules } from '../fields/commitment';
import { check, withRules, type Checked } from '../fields/issues';
import { measureEntries, type MeasureContext } from '../fields/measure';
import { figureOf, outcomeEntries, outcomeRules } from '../fields/outcome';
import { spanEntries, spanRule, statesFigure } from '../fields/quote';
import type { ItemDraft } from './model';

/** What the review's items are checked against: the catalogue, this year, the report's text. */
export interface ItemContext extends MeasureContext {
	text: string;
}

type Quoted = { quote: string; start: string; end: string };
const spanOf = (q: Quoted) => ({
	quote: q.quote,
	span: { start: Number(q.start), end: Number(q.end) }
});

/** A target as read from the text: a commitment's fields, with its quote standing at its place. */
const targetSchema = (ctx: ItemContext) =>
	v.pipe(
		withRules({ ...commitmentEntries(ctx), ...spanEntries }, [
			...commitmentRules,
			spanRule(ctx.text),
			statesFigure('value', 'quote', 'value')
		]),
		v.transform((t): ExtractedTarget => ({ ...commitmentOf(t), ...spanOf(t) }))
	);

/** An outcome as read from the text: which statistic, the figure, its quote at its place. */
const outcomeSchema = (ctx: ItemContext) =>
	v.pipe(
		withRules({ ...measureEntries(ctx), ...outcomeEntries(ctx), ...spanEntries }, [
			...outcomeRules(ctx),
			spanRule(ctx.text),
			statesFigure('value', 'quote', 'value')
		]),
		v.transform((o): ExtractedOutcome => ({
			year: o.year,
			indicator: o.indicator,
			name: o.name,
			scope: o.scope,
			metric: o.metric,
			...figureOf(o, ctx),
			...spanOf(o)
		}))
	);

/** Checks one reviewed item; every problem is reported at once, keyed as the form names it. */
export function checkItem(
	item: ItemDraft,
	ctx: ItemContext
): Checked<ExtractedTarget | ExtractedOutcome> {
	const prefix = `${item.id}.`;
	if (item.kind === 'target') return check(targetSchema(ctx), item.values, prefix);
	const kind = item.values.estimated === 'true' ? 'estimated' : 'final';
	return check(outcomeSchema(ctx), { ...item.values, kind }, prefix);
}
