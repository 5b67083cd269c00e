import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { ambitionOf, type AmbitionPoint } from '$lib/server/ambition';
import { childrenOfRegion, pooled, rankChildren, yearsOfRegion } from '$lib/server/fulfilment';
import { heatOf } from '$lib/server/heat';
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
	// By default the latest year in which some division has a target assessed.
	const assessedYears = childYears.filter((year) =>
		children.some((c) => c.years.some((y) => y.year === year && y.headline.assessed > 0))
	);
	const rankYear = childYears.includes(chosen)
		? chosen
		: (assessedYears.at(-1) ?? childYears.at(-1) ?? null);
	const page = Math.max(1, Number(url.searchParams.get('reports')) || 1);
	const growth = children.length
		? ambitionOf(
				db,
				children.map((c) => c.code),
				'gdp'
			).filter((p) => p.metric === 'growth' && (!filter.reviewedOnly || p.reviewed))
		: [];
	return {
		region,
		ancestors: path.slice(0, -1),
		reviewedOnly: filter.reviewedOnly,
		namesInText: namesInReports(db, region.code).filter((n) => n !== region.name),
		unreviewed: unreviewedOfRegion(db, region.code),
		years,
		total: pooled(years),
		series: headlineSeries(headline, names),
		heat: heatOf(children, childYears, Number(url.searchParams.get('heat')) || null),
		childYears,
		rankYear,
		ranking: rankYear === null ? [] : rankChildren(children, rankYear),
		...childGrowthOf(growth, rankYear),
		reports: listReportsOfRegion(db, region.code, REPORTS_PAGE, (page - 1) * REPORTS_PAGE),
		reportCount: countReportsOfRegion(db, region.code),
		reportsPage: page,
		reportsPageSize: REPORTS_PAGE
	};
};

/**
 * The divisions' GDP growth, target against actual: every assessed year as dots of the chart
 * (what a tooltip needs, no more: a quote per dot was a sixth of 保定's page), the rows of the
 * table for the ranking's year only — every year of every county of a prefecture would be a
 * page nobody reads, too heavy to send.
 */
function childGrowthOf(points: AmbitionPoint[], year: number | null) {
	return {
		childScatter: points
			.filter((p) => p.actual !== null && p.actualBound === null)
			.map((p) => ({
				name: p.name,
				year: p.year,
				target: p.target,
				actual: p.actual!,
				status: p.status
			})),
		childGrowth: points.filter((p) => p.year === year)
	};
}
