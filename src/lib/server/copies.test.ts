import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
	bodyOf,
	COPY_SHARE,
	fillFingerprints,
	findStoredCopy,
	fingerprintOf,
	shareFoundIn
} from './copies';
import { reports } from './db/schema';
import { createTestDatabase } from './db/test-helpers';
import { prepareImport } from './import/source';
import { storeReport, type ReportInput } from './reports';

const real = (file: string) => readFileSync(resolve('seeds/real/baoding', file), 'utf8');
const QINGYUAN_2021 = real('130608-2021-work-report.txt');
const QINGYUAN_2022 = real('130608-2022-work-report.txt');

/** The same report as a site reposts it: a title, the page's chrome, other line breaks. */
const reposted = (text: string) =>
	[
		'清苑区2021年政府工作报告全文',
		'发布时间：2023-05-08 10:21  来源：清苑区人民政府网  阅读次数：1024',
		'字号：大 中 小',
		text.replace(/\n/g, '\r\n\r\n').replace(/。/g, '。 '),
		'分享：微信 微博'
	].join('\n');

const inputOf = (text: string, title = '清苑区政府工作报告'): ReportInput => ({
	regionCode: '130608',
	kind: 'work_report',
	title,
	date: null,
	reviewYear: null,
	planYear: null,
	sourceUrl: null,
	text
});

let db: ReturnType<typeof createTestDatabase>;
beforeEach(() => (db = createTestDatabase()));
afterEach(() => db.dispose());

describe('copies of a report', () => {
	it('reads only the text: no spacing, punctuation, entities or lines of site chrome', () => {
		expect(bodyOf('时间：2023-01-01\n  一、工作回顾&nbsp;\r\n全年增长 5%。\n来源：某网')).toBe(
			'一工作回顾全年增长5'
		);
		expect(fingerprintOf('全年增长5%。\n')).toBe(fingerprintOf('全年增长 5% 。'));
	});

	it('finds nearly all of a reposted report in the stored one, and little of another year’s', () => {
		expect(shareFoundIn(reposted(QINGYUAN_2021), QINGYUAN_2021)).toBeGreaterThan(0.97);
		expect(shareFoundIn(QINGYUAN_2022, QINGYUAN_2021)).toBeLessThan(0.3);
	});

	it('stores a repost of a stored report as that report, and says so on import', () => {
		const first = storeReport(db, inputOf(QINGYUAN_2021), null);
		const again = storeReport(db, inputOf(reposted(QINGYUAN_2021), '转载'), null);
		expect(again.created).toBe(false);
		expect(again.report.id).toBe(first.report.id);
		expect(again.share).toBeGreaterThanOrEqual(COPY_SHARE);

		const prepared = prepareImport(db, reposted(QINGYUAN_2021));
		expect(prepared.status).toBe('duplicate');
		if (prepared.status !== 'duplicate') return;
		expect(prepared.report).toMatchObject({ id: first.report.id, title: '清苑区政府工作报告' });
		expect(prepared.report.percent).toBeGreaterThanOrEqual(90);
		expect(prepared.report.percent).toBeLessThan(100);
	});

	it('keeps the next year’s report of the same region as a report of its own', () => {
		storeReport(db, inputOf(QINGYUAN_2021), null);
		expect(findStoredCopy(db, QINGYUAN_2022, '130608')).toBeUndefined();
		expect(storeReport(db, inputOf(QINGYUAN_2022), null).created).toBe(true);
	});

	it('knows a copy by its body in any region, and fills the fingerprints of older rows', () => {
		const { report } = storeReport(db, inputOf(QINGYUAN_2021), null);
		db.update(reports).set({ fingerprint: null }).where(eq(reports.id, report.id)).run();
		const spaced = QINGYUAN_2021.replace(/，/g, ' ， ');
		expect(findStoredCopy(db, spaced)).toBeUndefined();
		expect(fillFingerprints(db)).toBe(1);
		expect(findStoredCopy(db, spaced)).toEqual({ report: { ...report }, share: 1 });
		expect(fillFingerprints(db)).toBe(0);
	});
});
