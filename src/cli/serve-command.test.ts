import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { SERVE_SCRIPT, serveArguments, serveFlags } from './serve-command';

describe('the serve command', () => {
	it('is package.json’s serve script: its node flags, then the server', () => {
		const args = serveArguments(resolve(import.meta.dirname, '../..'));
		expect(args.at(-1)).toBe(SERVE_SCRIPT);
		// the heap's limit keeps the server's memory bounded (see README, “Memory”)
		expect(args).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
	});

	it('puts extra flags after the script’s own and before the server', () => {
		const args = serveArguments(resolve(import.meta.dirname, '../..'), ['--cpu-prof']);
		expect(args.slice(-2)).toEqual(['--cpu-prof', SERVE_SCRIPT]);
	});

	it('reads flags from a script of the one shape it knows, and refuses others', () => {
		expect(serveFlags('node src/cli/serve.js')).toEqual([]);
		expect(serveFlags('node --max-old-space-size=256 --trace-gc src/cli/serve.js')).toEqual([
			'--max-old-space-size=256',
			'--trace-gc'
		]);
		for (const script of ['tsx src/cli/serve.js', 'node build', 'node x.js src/cli/serve.js', ''])
			expect(() => serveFlags(script), script).toThrow(/node \[FLAGS\]/);
	});
});
