import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (file: string) =>
	spawnSync(
		process.execPath,
		['--import', 'tsx', join(process.cwd(), 'src/cli/extract.ts'), file],
		{ encoding: 'utf8', cwd: process.cwd() }
	);

describe('extract CLI', () => {
	it('prints the contract JSON for a seed report', () => {
		const r = cli(join(process.cwd(), 'seeds/510811-2023.txt'));
		expect(r.status).toBe(0);
		const j = JSON.parse(r.stdout);
		expect(Object.keys(j)).toEqual([
			'region',
			'documentType',
			'reviewYear',
			'planYear',
			'targets',
			'outcomes',
			'questions'
		]);
		expect(j.region).toBe('昭化区');
	}, 30_000);
	it('refuses a file that is not a report with one line on stderr and nothing on stdout', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dx-'));
		const files = {
			text: 'This is a shopping list: milk, eggs, bread.\n',
			empty: '',
			binary: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0])
		};
		for (const [name, body] of Object.entries(files)) {
			const f = join(dir, name);
			writeFileSync(f, body);
			const r = cli(f);
			expect(r.status).not.toBe(0);
			expect(r.stdout).toBe('');
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
		}
		const missing = cli(join(dir, 'missing.txt'));
		expect(missing.status).not.toBe(0);
		expect(missing.stdout).toBe('');
	}, 60_000);
});

describe('npm run extract', () => {
	it('runs the CLI bundled (built on first use), with the same output as the TypeScript source', () => {
		const file = join(process.cwd(), 'seeds/520304-2025.txt');
		const bundled = spawnSync(
			process.execPath,
			[join(process.cwd(), 'src/cli/run.mjs'), 'extract', file],
			{
				encoding: 'utf8',
				cwd: process.cwd()
			}
		);
		expect(bundled.status).toBe(0);
		expect(bundled.stdout).toBe(cli(file).stdout);
	}, 60_000);
});
