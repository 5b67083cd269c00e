import * as v from 'valibot';
import { messageOf, type Detail } from './messages';

/**
 * What can be wrong with a field. Tests and pages match these codes, never the words: the
 * words (Chinese, shown beside the field or per CSV line) come from messages.ts.
 */
export const ISSUE_CODES = [
	'required',
	'not_a_choice',
	'too_long',
	'not_a_number',
	'bad_separator',
	'too_many_digits',
	'out_of_range',
	'not_a_year',
	'year_out_of_range',
	'future_year',
	'not_a_date',
	'future_date',
	'not_a_url',
	'unknown_indicator',
	'unknown_region',
	'not_a_region_code',
	'metric_without_figure',
	'unit_mismatch',
	'unit_incomparable',
	'source_missing',
	'unknown_report',
	'quote_not_in_report',
	'quote_without_figure',
	'quote_moved',
	'bad_span',
	'not_judgeable',
	'too_short',
	'field_count',
	'duplicate_row',
	'too_many_scopes',
	'last_admin',
	'own_account',
	'unknown_user',
	'changed_meanwhile'
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem of one field: `field` is the form's name for it (`value`, `t0.unit`, `note`). */
export interface FieldIssue {
	field: string;
	code: IssueCode;
	message: string;
}

/** The first problem of each field, keyed by field, as a form shows them. */
export type FieldErrors = Record<string, FieldIssue>;

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** A problem a rule finds: its code, and what the message should name (a unit, a year…). */
export type Problem = IssueCode | { code: IssueCode; expected: string };

export function issue(field: string, code: IssueCode, detail: Partial<Detail> = {}): FieldIssue {
	return { field, code, message: messageOf(code, { field, input: '', expected: null, ...detail }) };
}

export function byField(issues: FieldIssue[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const i of issues) errors[i.field] ??= i;
	return errors;
}

/** Every valibot issue as a field issue; the schemas give the code as the issue's message. */
export function fieldIssuesOf(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FieldIssue[] {
	return issues.map((i) => {
		const field = prefix + (i.path?.map((p) => String(p.key)).join('.') ?? '');
		// every schema here names its code; a field not posted at all is a missing one
		const code = (ISSUE_CODES as readonly string[]).includes(i.message)
			? (i.message as IssueCode)
			: i.input === undefined
				? 'required'
				: 'not_a_choice';
		const input =
			typeof i.input === 'string' || typeof i.input === 'number' ? String(i.input).trim() : '';
		return issue(field, code, { input, expected: i.expected, limit: i.requirement });
	});
}

/** Runs a schema over posted strings: the value, or every field's problem at once. */
export function check<S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	prefix = ''
): Checked<v.InferOutput<S>> {
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, value: result.output };
	// a field's pipe runs on after its first problem: the first is the one to fix
	return { ok: false, issues: Object.values(byField(fieldIssuesOf(result.issues, prefix))) };
}

type Fields = Record<string, unknown>;

/**
 * A rule across fields: it runs only when the fields it reads passed their own checks and the
 * field it reports on has no problem yet, so each field shows one clear message.
 */
export interface Rule<T extends Fields> {
	field: keyof T & string;
	reads: (keyof T & string)[];
	check: (value: T) => Problem | null;
}

export type Posted<E extends v.ObjectEntries> = v.InferOutput<v.ObjectSchema<E, undefined>>;

/** An object of field schemas, then the rules across them. */
export function withRules<E extends v.ObjectEntries>(entries: E, list: Rule<Posted<E>>[]) {
	return v.pipe(v.object(entries), rules(list));
}

/** The rules as one valibot action for the end of an object's pipe. */
function rules<T extends Fields>(list: Rule<T>[]) {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		const value = dataset.value as T;
		if (!value || typeof value !== 'object') return;
		const failed = new Set(dataset.issues?.map((i) => i.path?.[0]?.key));
		for (const rule of list) {
			if ([rule.field, ...rule.reads].some((f) => failed.has(f))) continue;
			const problem = rule.check(value);
			if (!problem) continue;
			const { code, expected } = typeof problem === 'string' ? { code: problem } : problem;
			const at = value[rule.field];
			failed.add(rule.field);
			addIssue({
				message: code,
				expected,
				input: at,
				path: [{ type: 'object', origin: 'value', input: value, key: rule.field, value: at }]
			});
		}
	});
}
