import { and, eq, inArray, ne } from 'drizzle-orm';
import { assess, formatActual, formatTarget, type OutcomeInput } from '../../assess';
import { scopeKey } from '../../assess/select';
import type { ExtractedOutcome } from '../../extract/types';
import type { Db } from '../db';
import { commitments, outcomes } from '../db/schema';
import { indicatorNames } from '../indicators';
import { currentJudgements } from '../judgements';
import { outcomeKeyOf } from '../record';
import { assessSettings } from '../settings';
import type { Match } from './model';

/**
 * Closes the loop: for each proposed outcome, the region's existing commitments of the same
 * key (region, year, indicator, metric, scope), with the status each has now and the status it
 * would have once the outcome is stored beside the outcomes already recorded (the usual
 * precedence applies: final beats estimated, newer beats older).
 */
export function matchCommitments(
	db: Db,
	regionCode: string,
	proposed: Map<string, ExtractedOutcome>
): Map<string, Match[]> {
	const result = new Map<string, Match[]>();
	const years = [...new Set([...proposed.values()].map((o) => o.year))];
	if (!years.length) return result;
	const targets = db
		.select()
		.from(commitments)
		.where(
			and(
				eq(commitments.regionCode, regionCode),
				inArray(commitments.year, years),
				ne(commitments.reviewState, 'rejected')
			)
		)
		.all();
	if (!targets.length) return result;
	const recorded = db
		.select()
		.from(outcomes)
		.where(
			and(
				eq(outcomes.regionCode, regionCode),
				inArray(outcomes.year, years),
				ne(outcomes.reviewState, 'rejected')
			)
		)
		.all();
	const now = new Date(Date.now() + 1000);
	const entries = [...proposed.entries()].map(([id, o], i) => ({
		itemId: id,
		outcome: o,
		input: {
			...o,
			id: Number.MAX_SAFE_INTEGER - i,
			recordedAt: now,
			supersededBy: null
		} satisfies OutcomeInput
	}));
	const names = indicatorNames(db);
	const settings = assessSettings();
	const verdicts = currentJudgements(
		db,
		targets.map((c) => c.id)
	);
	for (const c of targets) {
		const key = outcomeKeyOf(c);
		if (!key) continue;
		const fits = entries.filter(
			(e) =>
				e.outcome.year === key.year &&
				e.outcome.indicator === key.indicator &&
				e.outcome.metric === key.metric &&
				scopeKey(e.outcome.scope) === scopeKey(key.scope)
		);
		if (!fits.length) continue;
		const ofYear = recorded.filter((o) => o.year === c.year);
		const withNew = [
			...ofYear,
			...entries.filter((e) => e.outcome.year === c.year).map((e) => e.input)
		];
		const options = { names, settings, judgement: verdicts.get(c.id) ?? null };
		const before = assess(c, ofYear, options);
		const after = assess(c, withNew, options);
		for (const e of fits) {
			const list = result.get(e.itemId) ?? [];
			list.push({
				commitmentId: c.id,
				year: c.year,
				name: c.name,
				target: formatTarget(c, { names }),
				before: before.status,
				after: after.status,
				actual: formatActual(after, c.unit ?? (c.metric === 'relative' ? '%' : null)),
				actualEstimated: after.actualEstimated,
				decides: after.outcomeId === e.input.id,
				reason: after.reason
			});
			result.set(e.itemId, list);
		}
	}
	return result;
}
