import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from './db/test-helpers';
import { auditLog } from './db/schema';
import {
	auditFilterChoices,
	diffOf,
	parseAuditFilters,
	queryAudit,
	type AuditFilters
} from './audit-query';
import { createUser } from './users';

let db: ReturnType<typeof createTestDatabase>;
let alice: number;
let bob: number;

beforeEach(async () => {
	db = createTestDatabase();
	alice = (await createUser(db, { username: 'alice', password: 'password1', role: 'editor' }, null))
		.id;
	bob = (await createUser(db, { username: 'bob', password: 'password2', role: 'editor' }, null)).id;
	const entry = (
		userId: number,
		tableName: string,
		regionCode: string | null,
		at: string,
		rowId: number
	) =>
		db
			.insert(auditLog)
			.values({
				userId,
				action: 'create',
				tableName,
				rowId: String(rowId),
				regionCode,
				after: { value: rowId },
				at: new Date(at)
			})
			.run();
	for (let i = 0; i < 60; i++)
		entry(
			alice,
			'outcomes',
			'510811',
			`2024-03-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00Z`,
			i
		);
	entry(bob, 'outcomes', '140225', '2024-04-01T23:59:00+08:00', 100);
	entry(bob, 'judgements', '140225', '2024-04-02T00:00:00+08:00', 101);
});
afterEach(() => db.dispose());

const filters = (over: Partial<AuditFilters> = {}): AuditFilters => ({
	user: null,
	region: null,
	table: null,
	from: null,
	to: null,
	page: 1,
	...over
});

describe('the audit log query', () => {
	it('lists newest first, 50 a page, with who, the region and the changed keys', () => {
		const first = queryAudit(db, filters());
		expect([first.total, first.pages, first.entries.length]).toEqual([64, 2, 50]);
		expect(first.entries.slice(0, 3).map((e) => [e.tableName, e.rowId, e.username])).toEqual([
			['users', String(bob), null],
			['users', String(alice), null],
			['judgements', '101', 'bob']
		]);
		expect(first.entries[2]).toMatchObject({
			regionCode: '140225',
			regionName: '浑源县',
			changes: [{ key: 'value', before: null, after: '101' }]
		});
		const second = queryAudit(db, filters({ page: 2 }));
		expect(second.entries).toHaveLength(14);
		expect(second.entries.at(-1)).toMatchObject({ rowId: '0', username: 'alice' });
		expect(queryAudit(db, filters({ page: 9 })).page).toBe(2);
	});

	it('filters by user, region, table and an inclusive range of (Beijing) days', () => {
		expect(queryAudit(db, filters({ user: 'bob' })).total).toBe(2);
		expect(queryAudit(db, filters({ region: '510811' })).total).toBe(60);
		expect(
			queryAudit(db, filters({ region: '140225', table: 'outcomes' })).entries.map((e) => e.rowId)
		).toEqual(['100']);
		expect(
			queryAudit(db, filters({ from: '2024-04-01', to: '2024-04-01' })).entries.map((e) => e.rowId)
		).toEqual(['100']);
		expect(queryAudit(db, filters({ from: '2024-03-28', user: 'alice' })).total).toBe(2);
	});

	it('reads filters from the query string and reports the bad ones instead of applying them', () => {
		const known = auditFilterChoices(db);
		expect(known).toEqual({ users: ['alice', 'bob'], tables: ['judgements', 'outcomes', 'users'] });
		const good = parseAuditFilters(
			new URLSearchParams(
				'user=bob&region=140225&table=outcomes&from=2024-04-01&to=2024-04-30&page=2'
			),
			known
		);
		expect(good).toEqual({
			filters: {
				user: 'bob',
				region: '140225',
				table: 'outcomes',
				from: '2024-04-01',
				to: '2024-04-30',
				page: 2
			},
			errors: {}
		});
		const bad = parseAuditFilters(
			new URLSearchParams('user=carol&region=51&table=secrets&from=2024-02-30&to=x&page=-1'),
			known
		);
		expect(bad.filters).toEqual(filters());
		expect(Object.keys(bad.errors).sort()).toEqual([
			'from',
			'page',
			'region',
			'table',
			'to',
			'user'
		]);
		const reversed = parseAuditFilters(new URLSearchParams('from=2024-05-01&to=2024-04-01'), known);
		expect(reversed.errors.to).toBe('结束日期早于开始日期');
	});

	it('diffs only the changed keys and hides secrets', () => {
		expect(
			diffOf({ role: 'viewer', disabled: false, id: 3 }, { role: 'editor', disabled: false, id: 3 })
		).toEqual([{ key: 'role', before: 'viewer', after: 'editor' }]);
		expect(diffOf({ supersededBy: null }, { supersededBy: 7 })).toEqual([
			{ key: 'supersededBy', before: null, after: '7' }
		]);
		expect(diffOf(null, { passwordHash: 'x', scope: { a: 1 } })).toEqual([
			{ key: 'passwordHash', before: null, after: '（已隐藏）' },
			{ key: 'scope', before: null, after: '{"a":1}' }
		]);
	});
});
