import { check, type Checked } from '../fields/issues';
import { reportSchema } from '../fields/report';
import type { ReportKind } from '../db/schema';
import type { MetaValues } from './model';

export interface CheckedMeta {
	title: string;
	kind: ReportKind;
	reviewYear: number | null;
	planYear: number | null;
	date: string | null;
	sourceUrl: string | null;
}

/** Checks the report's own fields (the region is checked apart, against the division list). */
export function checkMeta(meta: MetaValues, today = new Date()): Checked<CheckedMeta> {
	return check(reportSchema(today), meta);
}
