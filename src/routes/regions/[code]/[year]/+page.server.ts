import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { indicatorNames } from '$lib/server/indicators';
import { getRegionPath } from '$lib/server/regions';
import { listCommitmentYears } from '$lib/server/commitments';
import { getScorecard, hasCommitments, summarise, type ScorecardRow } from '$lib/server/scorecard';
import { pick } from '$lib/omit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	if (!/^\d{4}$/.test(params.year)) error(404, `“${params.year}”不是年份`);
	const year = Number(params.year);
	const db = getDb();
	const path = getRegionPath(db, params.code);
	const region = path.at(-1);
	if (!region) error(404, `没有代码为 ${params.code} 的地区`);
	if (!hasCommitments(db, region.code, year)) error(404, `还没有${region.name} ${year}年的目标`);
	const reviewedOnly = url.searchParams.get('reviewed') === '1';
	const card = getScorecard(db, region.code, year, { reviewedOnly }) ?? {
		year,
		rows: [],
		fulfilment: summarise([])
	};
	// the reports whose unchecked readings the scorecard rests on: where to check them
	const unchecked = card.rows.filter((r) => !r.reviewed);
	const toReview = new Set(
		unchecked.flatMap((r) => [r.commitment.sourceReportId, r.outcome?.sourceReportId ?? null])
	);
	toReview.delete(null);
	const names = indicatorNames(db);
	return {
		region,
		ancestors: path.slice(0, -1),
		card: { ...card, rows: card.rows.map(shownRow) },
		reviewedOnly,
		unchecked: unchecked.length,
		toReview: [...toReview] as number[],
		years: listCommitmentYears(db, region.code),
		// only the indicators the targets are relative to (与经济增长同步)
		names: Object.fromEntries(
			card.rows.flatMap(({ commitment: c }) =>
				c.relativeTo ? [[c.relativeTo, names[c.relativeTo] ?? c.relativeTo]] : []
			)
		)
	};
};

/** What the page shows of a row: a scorecard of 80 rows is sent whole in the page's data. */
function shownRow({ commitment: c, assessment, outcome: o, reviewed }: ScorecardRow) {
	return {
		commitment: pick(
			c,
			'id',
			'name',
			'scope',
			'headline',
			'metric',
			'comparator',
			'value',
			'stretch',
			'unit',
			'relativeTo',
			'sourceQuote',
			'sourceReportId',
			'quoteStart'
		),
		assessment,
		outcome: o
			? pick(o, 'unit', 'sourceQuote', 'sourceReportId', 'sourceUrl', 'quoteStart', 'reportTitle')
			: null,
		reviewed
	};
}
