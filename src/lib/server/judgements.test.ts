import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitments, judgements, type Commitment } from './db/schema';
import { createTestDatabase } from './db/test-helpers';
import { judgeCommitment, MIN_REASON_LENGTH } from './judgements';
import { recordOutcome } from './record';
import { getScorecard } from './scorecard';
import { createUser } from './users';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
let qualitative: Commitment;
let growth: Commitment;

const base = {
	regionCode: '510811',
	year: 2023,
	headline: true,
	name: '指标',
	sourceQuote: '原文'
};

beforeEach(async () => {
	db = createTestDatabase();
	editor = (
		await createUser(db, { username: 'editor1', password: 'password1', role: 'editor' }, null)
	).id;
	const insert = (values: typeof commitments.$inferInsert) =>
		db.insert(commitments).values(values).returning().get();
	qualitative = insert({
		...base,
		indicator: 'energy_intensity',
		metric: 'qualitative',
		comparator: '='
	});
	growth = insert({
		...base,
		indicator: 'gdp',
		metric: 'growth',
		comparator: '>=',
		value: 8,
		unit: '%'
	});
});
afterEach(() => db.dispose());

const assessmentOf = (c: Commitment) =>
	getScorecard(db, c.regionCode, c.year)!.rows.find((r) => r.commitment.id === c.id)!.assessment;
const current = (c: Commitment) =>
	db
		.select()
		.from(commitments)
		.all()
		.find((r) => r.id === c.id)!;
const judge = (c: Commitment, status: string, reason: string, version = current(c).version) =>
	judgeCommitment(db, c, assessmentOf(c), { status, reason }, editor, version);
const codes = (result: ReturnType<typeof judge>) =>
	result.ok ? {} : Object.fromEntries(Object.entries(result.errors).map(([f, i]) => [f, i.code]));

describe('the judgement rule', () => {
	it('judges a qualitative commitment with a reason, trimmed', () => {
		const result = judge(qualitative, 'met', '  市级考核通报为完成  ');
		expect(result).toMatchObject({
			ok: true,
			judgement: { status: 'met', reason: '市级考核通报为完成' }
		});
		expect(assessmentOf(qualitative)).toMatchObject({ status: 'met' });
		expect(judge(qualitative, 'missed', '更正：考核未通过').ok).toBe(true);
	});

	it('refuses a commitment its figures decide, and stores nothing', () => {
		expect(codes(judge(growth, 'met', '我认为达成了'))).toEqual({ status: 'not_judgeable' });
		recordOutcome(
			db,
			growth,
			{
				value: 9,
				unit: '%',
				estimated: false,
				bound: null,
				sourceReportId: null,
				sourceUrl: 'https://a.cn',
				sourceQuote: '增长9%',
				sourceDate: null,
				note: null
			},
			editor,
			current(growth).version
		);
		expect(assessmentOf(growth).status).toBe('met');
		expect(codes(judge(growth, 'missed', '我认为没有达成'))).toEqual({ status: 'not_judgeable' });
		expect(db.select().from(judgements).all()).toHaveLength(0);
	});

	it('judges a commitment that a bound leaves unassessable', () => {
		recordOutcome(
			db,
			growth,
			{
				value: 5,
				unit: '%',
				estimated: false,
				bound: '>=',
				sourceReportId: null,
				sourceUrl: 'https://a.cn',
				sourceQuote: '增长5%以上',
				sourceDate: null,
				note: null
			},
			editor,
			current(growth).version
		);
		expect(assessmentOf(growth).status).toBe('unassessable');
		expect(judge(growth, 'met', '统计公报确认增长8.3%').ok).toBe(true);
	});

	it('requires met or missed and a reason of a few words, not a page', () => {
		expect(codes(judge(qualitative, '', ''))).toEqual({
			status: 'not_a_choice',
			reason: 'required'
		});
		expect(codes(judge(qualitative, 'exceeded', '理由充分的说明'))).toEqual({
			status: 'not_a_choice'
		});
		const short = '好'.repeat(MIN_REASON_LENGTH - 1);
		expect(codes(judge(qualitative, 'met', short))).toEqual({ reason: 'too_short' });
		expect(codes(judge(qualitative, 'met', '长'.repeat(1001)))).toEqual({ reason: 'too_long' });
		expect(db.select().from(judgements).all()).toHaveLength(0);
	});

	it('refuses a stale form with the version to retry with', () => {
		const stale = current(qualitative).version;
		expect(judge(qualitative, 'met', '考核通报为完成').ok).toBe(true);
		const again = judge(qualitative, 'missed', '考核通报为未完成', stale);
		expect(codes(again)).toEqual({ status: 'changed_meanwhile' });
		expect(!again.ok && again.conflict).toEqual({ version: stale + 1 });
	});
});
