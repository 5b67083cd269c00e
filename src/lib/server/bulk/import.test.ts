import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { refreshRegionYears } from '../assessments';
import { createTestDatabase } from '../db/test-helpers';
import { auditLog, commitments, outcomes } from '../db/schema';
import { getCommitment, outcomeHistory, outcomeKeyOf, recordOutcome } from '../record';
import { storeReport } from '../reports';
import { getScorecard } from '../scorecard';
import { createUser } from '../users';
import { dryRun, importOutcomes, readInput } from './import';
import { MAX_SCOPES } from './validate';

let db: ReturnType<typeof createTestDatabase>;
let editor: number;
let reportId: number;
let gdpTarget: number;
const today = new Date('2024-06-01T00:00:00Z');

const HEADER =
	'region_code,year,indicator,metric,value,unit,kind,bound,source_url,source_report_id,source_quote,source_date,note';
const GOOD =
	'510811,2023,gdp,growth,6.0,%,final,,https://example.gov.cn/b.html,,地区生产总值增长6.0%,2024-03-01,';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

beforeEach(async () => {
	db = createTestDatabase();
	editor = (
		await createUser(db, { username: 'editor1', password: 'password1', role: 'editor' }, null)
	).id;
	reportId = storeReport(
		db,
		{
			regionCode: '510811',
			kind: 'plan_report',
			title: '计划报告',
			date: null,
			reviewYear: 2023,
			planYear: 2024,
			sourceUrl: null,
			text: '2023年地区生产总值增长7.2%。2024年地区生产总值增长8.1%以上。'
		},
		null
	).report.id;
	gdpTarget = db
		.insert(commitments)
		.values({
			regionCode: '510811',
			year: 2023,
			indicator: 'gdp',
			name: '地区生产总值',
			metric: 'growth',
			comparator: '>=',
			value: 8.1,
			unit: '%',
			headline: true,
			sourceQuote: '地区生产总值增长8.1%以上'
		})
		.returning()
		.get().id;
	refreshRegionYears(db, [{ regionCode: '510811', year: 2023 }]);
});
afterEach(() => db.dispose());

const statusOfTarget = () =>
	getScorecard(db, '510811', 2023)!.rows.find((r) => r.commitment.id === gdpTarget)!.assessment;
const countOutcomes = () => db.select().from(outcomes).all().length;
const confirm = (text: string, expected: number) => {
	const checked = dryRun(db, text, 'UTF-8', today);
	if (!checked.ok) throw new Error(checked.error);
	return importOutcomes(db, { text, digest: checked.digest, expected }, editor, today);
};

describe('the dry run', () => {
	it('reports every bad row with its line and reasons, and writes nothing', () => {
		const checked = dryRun(
			db,
			csv(
				GOOD,
				'999999,2023,gdp,growth,6,%,final,,https://a.cn,,增长6%,,',
				'510811,2023,nonsense,growth,6,%,final,,https://a.cn,,增长6%,,',
				'510811,2023,gdp,speed,6,%,final,,https://a.cn,,增长6%,,',
				'510811,2023,gdp,level,六十,人,final,,https://a.cn,,原文,,',
				'510811,2030,gdp,growth,6,%,final,,https://a.cn,,增长6%,,',
				'510811,2023,gdp,rate,6,%,final,,,,比率6%,,',
				`510811,2023,gdp,growth,7.2,%,estimated,,,${reportId},地区生产总值增长9%,,`,
				'510811,2023,gdp,growth,6.1,%,final,,https://example.gov.cn/c.html,,地区生产总值增长6.1%,,',
				'510811,2023,gdp,change_pp,1,%,maybe,<>,ftp://a.cn,,提高1个百分点,2024-13-01,'
			),
			'UTF-8',
			today
		);
		if (!checked.ok) throw new Error(checked.error);
		const byLine = Object.fromEntries(
			checked.problems.map((p) => [
				p.line,
				p.messages.map((m) => `${m.column}: ${m.code}`).join(' | ')
			])
		);
		expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(byLine).toEqual({
			3: 'region_code: unknown_region',
			4: 'indicator: unknown_indicator',
			5: 'metric: not_a_choice',
			6: 'value: not_a_number | unit: unit_incomparable',
			7: 'year: future_year',
			8: 'source_url: source_missing',
			9: 'source_quote: quote_not_in_report',
			10: 'null: duplicate_row',
			11: 'unit: unit_mismatch | kind: not_a_choice | bound: not_a_choice | source_url: not_a_url | source_date: not_a_date'
		});
		const messages = checked.problems.flatMap((p) => p.messages.map((m) => m.message));
		expect(messages.every((m) => /[\u4e00-\u9fff]/.test(m))).toBe(true);
		expect(checked.rows.map((r) => r.line)).toEqual([2]);
		expect(countOutcomes()).toBe(0);
	});

	it(`refuses more than ${MAX_SCOPES} scopes of one statistic: the column must hold something else`, () => {
		const rows = Array.from(
			{ length: MAX_SCOPES + 2 },
			(_, i) => `510811,2023,gdp,level,${i},亿元,final,,https://a.cn,,总量${i}亿元,,,范围${i}`
		);
		const checked = dryRun(db, [`${HEADER},scope`, ...rows].join('\n'), 'UTF-8', today);
		if (!checked.ok) throw new Error(checked.error);
		expect(checked.problems.map((p) => p.line)).toEqual([MAX_SCOPES + 2, MAX_SCOPES + 3]);
		expect(checked.problems[0]!.messages).toEqual([
			{ column: 'scope', code: 'too_many_scopes', message: expect.any(String) }
		]);
	});

	it('says which commitment each good row matches and what it will do to the figure in force', () => {
		const c = getCommitment(db, gdpTarget)!;
		const first = recordOutcome(
			db,
			c,
			{
				value: 5,
				unit: '%',
				estimated: true,
				bound: null,
				sourceReportId: null,
				sourceUrl: 'https://a.cn',
				sourceQuote: '预计增长5%',
				sourceDate: null,
				note: null
			},
			editor,
			c.version
		);
		if (!first.ok) throw new Error('not saved');
		const checked = dryRun(
			db,
			csv(
				GOOD,
				`510811,2023,gdp,growth,7.2,%,estimated,,,${reportId},地区生产总值增长7.2%,,`,
				'510811,2022,gdp,level,82.7,亿元,final,,https://a.cn,,实现82.7亿元,,'
			),
			'UTF-8',
			today
		);
		if (!checked.ok) throw new Error(checked.error);
		expect(checked.problems).toEqual([]);
		const [gdp, estimate, level] = checked.rows;
		expect(gdp!.matches).toEqual([
			{ id: gdpTarget, name: '地区生产总值', target: '≥8.1%', headline: true }
		]);
		expect(gdp!.effect).toEqual({
			kind: 'replaces',
			of: { outcomeId: first.outcome.id, line: null, figure: '5%（预计）' }
		});
		expect(estimate!.effect).toEqual({
			kind: 'aside',
			inForce: { outcomeId: null, line: 2, figure: '6%' }
		});
		expect(level!.matches).toEqual([]);
		expect(level!.effect).toEqual({ kind: 'new' });
		expect(checked.toWrite).toBe(3);
	});
});

describe('reading the input', () => {
	it('decodes an upload as UTF-8 or GB18030 and refuses more than 5 MB before parsing', () => {
		expect(readInput({ bytes: new Uint8Array([0xb5, 0xd8, 0xc7, 0xf8]) })).toEqual({
			text: '地区',
			encoding: 'GB18030'
		});
		expect(readInput({ bytes: new TextEncoder().encode('地区') })).toEqual({
			text: '地区',
			encoding: 'UTF-8'
		});
		expect(readInput({ bytes: new Uint8Array(5 * 1024 * 1024 + 1) })).toEqual({
			error: expect.stringContaining('超过 5 MB')
		});
		expect(readInput({ text: '地'.repeat(2 * 1024 * 1024) })).toEqual({
			error: expect.stringContaining('6.0 MB')
		});
	});
});

describe('writing', () => {
	it('stores every row in one go through the same path as the form: status, supersession, audit, version', () => {
		const c = getCommitment(db, gdpTarget)!;
		recordOutcome(
			db,
			c,
			{
				value: 9,
				unit: '%',
				estimated: true,
				bound: null,
				sourceReportId: null,
				sourceUrl: 'https://a.cn',
				sourceQuote: '预计增长9%',
				sourceDate: null,
				note: null
			},
			editor,
			c.version
		);
		expect(statusOfTarget().status).toBe('met');
		const text = csv(GOOD, '510811,2022,gdp,level,82.7,亿元,final,,https://a.cn,,实现82.7亿元,,');
		const result = confirm(text, 2);
		expect(result).toEqual({
			ok: true,
			written: 2,
			unchanged: 0,
			scorecards: [
				{ regionCode: '510811', regionName: '昭化区', year: 2023 },
				{ regionCode: '510811', regionName: '昭化区', year: 2022 }
			]
		});
		expect(statusOfTarget()).toMatchObject({ status: 'missed', actual: 6 });
		const history = outcomeHistory(db, outcomeKeyOf(getCommitment(db, gdpTarget)!)!);
		expect(history.map((h) => [h.value, h.inForce, h.recordedByName])).toEqual([
			[6, true, 'editor1'],
			[9, false, 'editor1']
		]);
		expect(history[1]!.supersededBy).toBe(history[0]!.id);
		expect(getCommitment(db, gdpTarget)!.version).toBe(c.version + 2);
		const audit = db.select().from(auditLog).where(eq(auditLog.userId, editor)).all();
		expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'supersede', 'create']);
	});

	it('skips a figure already stored, so importing the same file twice adds nothing', () => {
		expect(confirm(csv(GOOD), 1)).toMatchObject({ ok: true, written: 1 });
		const again = dryRun(db, csv(GOOD), 'UTF-8', today);
		if (!again.ok) throw new Error(again.error);
		expect(again.rows[0]!.effect).toMatchObject({ kind: 'unchanged' });
		expect(again.toWrite).toBe(0);
		expect(confirm(csv(GOOD), 0)).toMatchObject({ ok: true, written: 0, unchanged: 1 });
		expect(countOutcomes()).toBe(1);
	});

	it('skips the same figure from the same source however it is quoted, as the form does', () => {
		const c = getCommitment(db, gdpTarget)!;
		const stored = recordOutcome(
			db,
			c,
			{
				value: 6,
				unit: '%',
				estimated: false,
				bound: null,
				sourceReportId: null,
				sourceUrl: 'https://example.gov.cn/b.html',
				sourceQuote: '全区地区生产总值比上年增长6.0%',
				sourceDate: null,
				note: null
			},
			editor,
			c.version
		);
		if (!stored.ok) throw new Error('not saved');
		const checked = dryRun(db, csv(GOOD), 'UTF-8', today);
		if (!checked.ok) throw new Error(checked.error);
		expect(checked.rows[0]!.effect).toEqual({ kind: 'unchanged', outcomeId: stored.outcome.id });
		expect(confirm(csv(GOOD), 0)).toMatchObject({ ok: true, written: 0, unchanged: 1 });
		expect(countOutcomes()).toBe(1);
	});

	it('writes nothing when a row is bad, the text is not the one checked, or the count changed meanwhile', () => {
		const bad = csv(GOOD, '510811,2023,gdp,growth,x,%,final,,https://a.cn,,原文,,');
		const checked = dryRun(db, bad, 'UTF-8', today);
		if (!checked.ok) throw new Error(checked.error);
		expect(
			importOutcomes(db, { text: bad, digest: checked.digest, expected: 1 }, editor, today)
		).toMatchObject({ ok: false, message: expect.stringContaining('1 行数据有问题') });
		expect(
			importOutcomes(db, { text: csv(GOOD), digest: checked.digest, expected: 1 }, editor, today)
		).toMatchObject({ ok: false, message: expect.stringContaining('重新预检') });
		expect(confirm(csv(GOOD), 2)).toMatchObject({
			ok: false,
			message: expect.stringContaining('将写入 1 条')
		});
		expect(countOutcomes()).toBe(0);
		expect(db.select().from(auditLog).where(eq(auditLog.tableName, 'outcomes')).all()).toEqual([]);
	});
});
