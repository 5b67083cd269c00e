/**
 * `npm run build`: `vite build` with its warnings and errors, without the chatter. Vite runs at
 * log level "warn" (no list of chunks); what is left and says nothing to act on is dropped:
 * SvelteKit's hint to run `npm run preview` (this project serves with `npm run serve`), and
 * adapter-node's notice of empty chunks, which are SvelteKit's own internal modules that its
 * second bundling leaves empty in every app. Everything else is printed; the exit code is vite's.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters as plain } from 'node:util';

const NOISE = [
	/^\s*$/,
	/Run .*npm run preview.* to preview your production build locally/,
	/^Generated an empty chunk: "chunks\/[\w-]+\.js"\.$/,
	/^> Using @sveltejs\/adapter-node$/,
	/^\s*✔ done$/
];

const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const started = Date.now();
const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
	stdio: ['ignore', 'pipe', 'pipe']
});
/**
 * @param {import('node:stream').Readable} from
 * @param {NodeJS.WriteStream} to
 */
function relay(from, to) {
	createInterface({ input: from }).on('line', (line) => {
		if (!NOISE.some((re) => re.test(plain(line)))) to.write(line + '\n');
	});
}
relay(child.stdout, process.stdout);
relay(child.stderr, process.stderr);
child.on('close', (code) => {
	if (code === 0) console.log(`Built the app in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
	process.exit(code ?? 1);
});
