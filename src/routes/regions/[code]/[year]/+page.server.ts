import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { indicatorNames } from '$lib/server/indicators';
import { getRegionPath } from '$lib/server/regions';
import { listCommitmentYears } from '$lib/server/commitments';
import { getScorecard, hasCommitments, summarise } from '$lib/server/scorecard';
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
	return {
		region,
		ancestors: path.slice(0, -1),
		card,
		reviewedOnly,
		unchecked: unchecked.length,
		toReview: [...toReview] as number[],
		years: listCommitmentYears(db, region.code),
		names: indicatorNames(db)
	};
};
