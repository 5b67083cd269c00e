import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../db/test-helpers';
import { auditLog, outcomes } from '../db/schema';
import { createUser } from '../users';
import { dryRun, importOutcomes } from './import';

/** The second stored row fails, as a full disk or a bug would. */
vi.mock('../record', async (original) => {
	const actual = await original<typeof import('../record')>();
	let calls = 0;
	return {
		...actual,
		insertOutcome: (...args: Parameters<typeof actual.insertOutcome>) => {
			if (++calls === 2) throw new Error('disk full');
			return actual.insertOutcome(...args);
		}
	};
});

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

it('stores no row at all when writing one of them fails', async () => {
	const editor = (
		await createUser(db, { username: 'editor1', password: 'password1', role: 'editor' }, null)
	).id;
	const text = [
		'region_code,year,indicator,metric,value,unit,kind,source_url,source_quote',
		'510811,2023,gdp,growth,6,%,final,https://a.cn,增长6%',
		'510811,2023,gdp,level,90,亿元,final,https://a.cn,实现90亿元'
	].join('\n');
	const today = new Date('2024-06-01');
	const checked = dryRun(db, text, 'UTF-8', today);
	if (!checked.ok) throw new Error(checked.error);
	expect(() =>
		importOutcomes(db, { text, digest: checked.digest, expected: 2 }, editor, today)
	).toThrow('disk full');
	expect(db.select().from(outcomes).all()).toEqual([]);
	expect(
		db
			.select()
			.from(auditLog)
			.all()
			.filter((a) => a.tableName === 'outcomes')
	).toEqual([]);
});
