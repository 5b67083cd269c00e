import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		databasePath: string;
		passwords: { admin: string; editor: string; viewer: string };
	}
}

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function freePort(): Promise<number> {
	return new Promise((done, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : reject()));
		});
	});
}

function run(args: string[], env: NodeJS.ProcessEnv): void {
	const result = spawnSync(tsx, args, { cwd: root, env, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
}

async function waitForServer(url: string, server: ChildProcess, log: () => string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (server.exitCode !== null) throw new Error(`The app exited early:\n${log()}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The app did not answer at ${url}:\n${log()}`);
}

/** Seeds a temporary database, starts the built app on a free port, and stops it afterwards. */
export default async function setup(project: TestProject) {
	if (!existsSync(join(root, 'build/index.js'))) {
		throw new Error('Browser tests run against the built app: run `npm run build` first.');
	}
	const dir = mkdtempSync(join(tmpdir(), 'duixian-e2e-'));
	const passwords = {
		admin: 'admin-pass-e2e',
		editor: 'editor-pass-e2e',
		viewer: 'viewer-pass-e2e'
	};
	const env = {
		...process.env,
		DATABASE_PATH: join(dir, 'e2e.db')
	};
	run(['src/cli/seed.ts'], env);
	run(['src/cli/user.ts', 'add', 'admin', '--role', 'admin'], {
		...env,
		DUIXIAN_PASSWORD: passwords.admin
	});
	run(['src/cli/user.ts', 'add', 'editor1', '--role', 'editor'], {
		...env,
		DUIXIAN_PASSWORD: passwords.editor
	});
	run(['src/cli/user.ts', 'add', 'viewer1', '--role', 'viewer'], {
		...env,
		DUIXIAN_PASSWORD: passwords.viewer
	});

	const port = await freePort();
	const baseUrl = `http://localhost:${port}`;
	let output = '';
	// started as `npm run serve` starts it: no ORIGIN, the origin is what the browser asked for
	const server = spawn(process.execPath, ['src/cli/serve.js'], {
		cwd: root,
		env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (d) => (output += d));
	server.stderr?.on('data', (d) => (output += d));
	await waitForServer(baseUrl, server, () => output);

	project.provide('baseUrl', baseUrl);
	project.provide('databasePath', env.DATABASE_PATH);
	project.provide('passwords', passwords);

	return async () => {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	};
}
