import * as v from 'valibot';
import type { Posted, Rule } from './issues';
import { LIMITS, optionalText, optionalUrl, pastDay, text } from './text';

/** Where a recorded figure comes from: a stored report, or a web page; quoted either way. */
export interface SourceContext {
	today: Date;
	/** whether the quote stands in the report; undefined when there is no such report */
	reportContainsQuote: (reportId: number, quote: string) => boolean | undefined;
}

export const sourceEntries = (ctx: SourceContext) => ({
	sourceType: v.pipe(v.string(), v.picklist(['report', 'url'], 'source_missing')),
	sourceReportId: v.pipe(v.string(), v.trim()),
	sourceUrl: optionalUrl,
	sourceQuote: text(LIMITS.quote),
	sourceDate: pastDay(ctx.today),
	note: optionalText(LIMITS.note)
});

export type PostedSource = Posted<ReturnType<typeof sourceEntries>>;

const reportIdOf = (s: PostedSource) => {
	const id = Number(s.sourceReportId);
	return s.sourceReportId && Number.isSafeInteger(id) ? id : null;
};

/** A report that is stored and holds the quote; or a web address; and a quote in any case. */
export const sourceRules = (ctx: SourceContext): Rule<PostedSource>[] => {
	const holds = (s: PostedSource) => {
		const id = reportIdOf(s);
		return id === null ? undefined : ctx.reportContainsQuote(id, s.sourceQuote);
	};
	return [
		{
			field: 'sourceReportId',
			reads: ['sourceType'],
			check: (s) => (s.sourceType === 'report' && holds(s) === undefined ? 'unknown_report' : null)
		},
		{
			field: 'sourceUrl',
			reads: ['sourceType'],
			check: (s) => (s.sourceType === 'url' && !s.sourceUrl ? 'required' : null)
		},
		{ field: 'sourceQuote', reads: [], check: (s) => (s.sourceQuote ? null : 'required') },
		{
			field: 'sourceQuote',
			reads: ['sourceType', 'sourceReportId'],
			check: (s) => (s.sourceType === 'report' && holds(s) === false ? 'quote_not_in_report' : null)
		}
	];
};

/** The source as stored: a web address is kept beside a report when both are given. */
export const sourceOf = (s: PostedSource) => ({
	sourceReportId: s.sourceType === 'report' ? reportIdOf(s) : null,
	sourceUrl: s.sourceUrl,
	sourceQuote: s.sourceQuote,
	sourceDate: s.sourceDate,
	note: s.note
});
