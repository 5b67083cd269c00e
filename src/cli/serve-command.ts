/**
 * The command `npm run serve` runs, read from package.json's serve script: `node FLAGS
 * src/cli/serve.js`. The bench and the browser tests start the server with the same node flags
 * (the heap's limit among them), so that what they measure and test is what `npm start` serves.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SERVE_SCRIPT = 'src/cli/serve.js';

/** The node flags of a serve script, or an error saying what shape it must have. */
export function serveFlags(script: string): string[] {
	const words = script.trim().split(/\s+/);
	const flags = words.slice(1, -1);
	if (words[0] !== 'node' || words.at(-1) !== SERVE_SCRIPT || flags.some((f) => !f.startsWith('-')))
		throw new Error(`the serve script must be "node [FLAGS] ${SERVE_SCRIPT}", not "${script}"`);
	return flags;
}

/**
 * The arguments after `node` that `npm run serve` passes (package.json in `root`), with `extra`
 * flags (--cpu-prof…) after its own.
 */
export function serveArguments(root = process.cwd(), extra: string[] = []): string[] {
	const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
	return [...serveFlags(String(pkg.scripts?.serve ?? '')), ...extra, SERVE_SCRIPT];
}
