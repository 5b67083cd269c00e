import * as v from 'valibot';
import { REPORT_KINDS } from '../db/schema';
import { LIMITS, choice, optionalUrl, optionalYear, pastDay, requiredText } from './text';

/** A report's own fields, as the import review posts them. */
export const reportSchema = (today: Date) =>
	v.object({
		title: requiredText(LIMITS.title),
		kind: choice(REPORT_KINDS),
		reviewYear: optionalYear,
		planYear: optionalYear,
		date: pastDay(today),
		sourceUrl: optionalUrl
	});

/** A six-digit division code of the national list (`exists` looks it up). */
export const regionCode = (exists: (code: string) => boolean) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('required'),
		v.regex(/^\d{6}$/, 'not_a_region_code'),
		v.check(exists, 'unknown_region')
	);
