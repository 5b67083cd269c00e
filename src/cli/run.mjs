/**
 * node src/cli/run.mjs NAME [ARGS…]: runs src/cli/NAME.ts without a transpiler (npm run extract,
 * npm run bench:extract). The tool is bundled with esbuild (installed with vite and tsx) into
 * node_modules/.cache/duixian/, and bundled again whenever one of the files it was built from is
 * newer than the bundle; without esbuild it runs through tsx.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const name = process.argv[2] ?? '';
if (!/^[a-z][a-z-]*$/.test(name)) {
	process.stderr.write('usage: node src/cli/run.mjs NAME [ARGS…] (runs src/cli/NAME.ts)\n');
	process.exit(2);
}
// the tool sees its own arguments where it would under tsx: argv[2] on
process.argv.splice(2, 1);
const entry = join(root, `src/cli/${name}.ts`);
const dir = join(root, 'node_modules/.cache/duixian');
const bundle = join(dir, `${name}.mjs`);
const inputs = join(dir, `${name}.inputs.json`);

const mtime = (f) => {
	try {
		return statSync(f).mtimeMs;
	} catch {
		return Infinity;
	}
};

/** The bundle is current when it exists and none of the files it was built from changed since. */
function current() {
	const built = mtime(bundle);
	if (built === Infinity) return false;
	try {
		const files = JSON.parse(readFileSync(inputs, 'utf8'));
		return files.every((f) => mtime(join(root, f)) <= built);
	} catch {
		return false;
	}
}

async function build() {
	const esbuild = await import('esbuild');
	mkdirSync(dir, { recursive: true });
	// built beside the bundle and renamed onto it, so that a run started meanwhile never reads half a file
	const tmp = `${bundle}.${process.pid}.tmp`;
	const result = await esbuild.build({
		absWorkingDir: root,
		entryPoints: [entry],
		outfile: tmp,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		metafile: true,
		logLevel: 'error',
		legalComments: 'none'
	});
	writeFileSync(
		`${inputs}.${process.pid}.tmp`,
		JSON.stringify(Object.keys(result.metafile.inputs))
	);
	renameSync(`${inputs}.${process.pid}.tmp`, inputs);
	renameSync(tmp, bundle);
}

try {
	if (!current()) await build();
	await import(pathToFileURL(bundle).href);
} catch (e) {
	if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('esbuild')) throw e;
	// no esbuild: the TypeScript source through tsx
	const { register } = await import('tsx/esm/api');
	register();
	await import(pathToFileURL(entry).href);
}
