import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './server';

const passwords = inject('passwords');
const HEADER =
	'region_code,year,indicator,metric,value,unit,kind,bound,source_url,source_report_id,source_quote,source_date,note';
const ROWS = 5000;

let dir: string;
let databasePath: string;
let server: RunningServer | undefined;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'duixian-kill-'));
	databasePath = join(dir, 'kill.db');
	// a copy of the seeded test database, by SQLite's online backup while its server runs
	const seeded = new Database(inject('databasePath'));
	await seeded.backup(databasePath);
	seeded.close();
});

afterAll(async () => {
	if (server && server.process.exitCode === null) {
		server.process.kill('SIGKILL');
		await server.exited;
	}
	rmSync(dir, { recursive: true, force: true });
});

function counts(): { outcomes: number; audit: number; integrity: string } {
	const db = new Database(databasePath);
	const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
	const result = {
		outcomes: count('outcomes') as number,
		audit: count('audit_log') as number,
		integrity: db.pragma('integrity_check', { simple: true }) as string
	};
	db.close();
	return result;
}

/** Outcomes for counties nobody tracks, two indicators each: every row new and valid. */
function largeCsv(): string {
	const db = new Database(databasePath, { readonly: true });
	const codes = db
		.prepare(
			`SELECT code FROM regions WHERE level = 'county'
			 AND code NOT IN (SELECT region_code FROM reports) AND code NOT IN (SELECT region_code FROM outcomes)
			 ORDER BY code LIMIT ?`
		)
		.pluck()
		.all(ROWS / 2) as string[];
	db.close();
	const lines = codes.flatMap((code, i) => {
		const value = `${1 + (i % 8)}.${1 + (i % 9)}`;
		const url = `https://example.gov.cn/${code}.html`;
		return [
			`${code},2024,gdp,growth,${value},%,final,,${url},,全年地区生产总值增长${value}%,,`,
			`${code},2024,industrial_va,growth,${value},%,final,,${url},,规模以上工业增加值增长${value}%,,`
		];
	});
	return [HEADER, ...lines].join('\n');
}

async function editorCookie(s: RunningServer): Promise<string> {
	const response = await fetch(s.url('/login'), {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: new URL(s.url('/')).origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ username: 'editor1', password: passwords.editor })
	});
	expect(response.status).toBe(303);
	return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

function postImport(
	s: RunningServer,
	cookie: string,
	action: 'check' | 'write',
	fields: Record<string, string>
) {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	return fetch(s.url(`/outcomes/import?/${action}`), {
		method: 'POST',
		headers: { origin: new URL(s.url('/')).origin, accept: 'text/html', cookie },
		body: form
	});
}

/** Holds until a write transaction is open on the database (another connection cannot take the lock). */
async function writeInProgress(timeoutMs: number): Promise<boolean> {
	const probe = new Database(databasePath, { timeout: 0 });
	try {
		const end = Date.now() + timeoutMs;
		while (Date.now() < end) {
			try {
				probe.exec('BEGIN IMMEDIATE');
				probe.exec('ROLLBACK');
			} catch (e) {
				if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
				throw e;
			}
			await new Promise((r) => setTimeout(r, 2));
		}
		return false;
	} finally {
		probe.close();
	}
}

/** Starts the confirmed import and SIGKILLs the server at `when`; returns what the file then holds. */
async function killDuringImport(
	s: RunningServer,
	cookie: string,
	confirmed: Record<string, string>,
	waitMs: number
): Promise<{ kept: number; audit: number; integrity: string; log: string }> {
	const before = counts();
	postImport(s, cookie, 'write', confirmed).catch(() => {}); // the server dies before it answers
	expect(await writeInProgress(60_000), 'the write never started').toBe(true);
	// kill once waitMs have passed, or as soon as pages of the transaction reach the log
	const wal = () => statSync(`${databasePath}-wal`).size;
	const walAtStart = wal();
	const deadline = Date.now() + waitMs;
	while (Date.now() < deadline && wal() < walAtStart + 64 * 1024)
		await new Promise((r) => setTimeout(r, 1));
	s.process.kill('SIGKILL');
	await s.exited;
	const walAtKill = wal();
	const after = counts();
	return {
		kept: after.outcomes - before.outcomes,
		audit: after.audit - before.audit,
		integrity: after.integrity,
		log: `${walAtStart} → ${walAtKill} bytes`
	};
}

describe('killing the server during a large write', () => {
	it('leaves all of a 5000-row bulk import or none of it, and a sound database', async () => {
		server = await startServer(databasePath);
		const cookie = await editorCookie(server);
		const text = largeCsv();
		const checked = await (await postImport(server, cookie, 'check', { text })).text();
		const digest = /name="digest" value="([0-9a-f]+)"/.exec(checked)?.[1];
		const expected = /name="expected" value="(\d+)"/.exec(checked)?.[1];
		expect(expected).toBe(String(ROWS));
		const confirmed = { text, digest: digest!, expected: expected! };
		const before = counts();

		// a second into the transaction, then while its commit is being written
		for (const waitMs of [1000, 60_000]) {
			const killed = await killDuringImport(server, cookie, confirmed, waitMs);
			console.log(`killed mid-write (log ${killed.log}): ${killed.kept} of ${ROWS} rows kept`);
			expect(killed.integrity).toBe('ok');
			expect([0, ROWS]).toContain(killed.kept);
			expect(killed.audit).toBe(killed.kept);
			server = await startServer(databasePath);
			const health = await (await fetch(server.url('/healthz'))).json();
			expect(health).toMatchObject({ ok: true, database: 'ok', migrations: { current: true } });
			if (killed.kept) break;
		}

		// left alone, the same import writes everything in one go
		if (counts().outcomes === before.outcomes) {
			const again = await postImport(server, await editorCookie(server), 'write', confirmed);
			expect(again.status).toBe(200);
			expect(await again.text()).toContain(`已写入 ${ROWS} 条实际数据`);
		}
		server.process.kill('SIGTERM');
		await server.exited;
		const done = counts();
		expect(done.outcomes).toBe(before.outcomes + ROWS);
		expect(done.integrity).toBe('ok');
	}, 240_000);
});

describe('/healthz', () => {
	it('says the database answers and its migrations are current, with no session and no caching', async () => {
		const response = await fetch(new URL('/healthz', inject('baseUrl')));
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('etag')).toBeNull();
		const body = await response.json();
		expect(body).toEqual({
			ok: true,
			database: 'ok',
			migrations: {
				applied: body.migrations.expected,
				expected: body.migrations.expected,
				current: true
			}
		});
		expect(body.migrations.expected).toBeGreaterThanOrEqual(5);
	});
});
