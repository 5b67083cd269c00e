import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { ambitionOf } from '$lib/server/ambition';
import { childrenOfRegion, pooled, rankChildren, yearsOfRegion } from '$lib/server/fulfilment';
import { headlineSeries } from '$lib/server/history';
import { indicatorNames } from '$lib/server/indicators';
import { getRegionPath } from '$lib/server/regions';
import { countReportsOfRegion, listReportsOfRegion, namesInReports } from '$lib/server/reports';
import { unreviewedOfRegion } from '$lib/server/review';
import { assessRegion } from '$lib/server/scorecard';
import type { PageServerLoad } from './$types';

const REPORTS_PAGE = 30;

export const load: PageServerLoad = ({ params, url }) => {
	const db = getDb();
	const path = getRegionPath(db, params.code);
	const region = path.at(-1);
	if (!region) error(404, `没有代码为 ${params.code} 的地区`);
	const filter = { reviewedOnly: url.searchParams.get('reviewed') === '1' };
	const names = indicatorNames(db);
	const years = yearsOfRegion(db, region.code, filter);
	const headline = assessRegion(db, region.code, undefined, { ...filter, headlineOnly: true });
	const children = region.level === 'county' ? [] : childrenOfRegion(db, region.code, filter);
	const childYears = [...new Set(children.flatMap((c) => c.years.map((y) => y.year)))].sort();
	const chosen = Number(url.searchParams.get('year'));
	const rankYear = childYears.includes(chosen) ? chosen : (childYears.at(-1) ?? null);
	const page = Math.max(1, Number(url.searchParams.get('reports')) || 1);
	return {
		region,
		ancestors: path.slice(0, -1),
		reviewedOnly: filter.reviewedOnly,
		namesInText: namesInReports(db, region.code).filter((n) => n !== region.name),
		unreviewed: unreviewedOfRegion(db, region.code),
		years,
		total: pooled(years),
		series: headlineSeries(headline, names),
		children,
		childYears,
		rankYear,
		ranking: rankYear === null ? [] : rankChildren(children, rankYear),
		childGrowth: children.length
			? ambitionOf(
					db,
					children.map((c) => c.code),
					'gdp'
				).filter((p) => p.metric === 'growth' && (!filter.reviewedOnly || p.reviewed))
			: [],
		reports: listReportsOfRegion(db, region.code, REPORTS_PAGE, (page - 1) * REPORTS_PAGE),
		reportCount: countReportsOfRegion(db, region.code),
		reportsPage: page,
		reportsPageSize: REPORTS_PAGE
	};
};
