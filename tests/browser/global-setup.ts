import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		databasePath: string;
		passwords: { admin: string; editor: string; viewer: string };
	}
}

const root = resolve(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function run(args: string[], env: NodeJS.ProcessEnv): void {
	const result = spawnSync(tsx, args, { cwd: root, env, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
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

	const server = await startServer(env.DATABASE_PATH);
	const baseUrl = server.url('/').replace(/\/$/, '');

	project.provide('baseUrl', baseUrl);
	project.provide('databasePath', env.DATABASE_PATH);
	project.provide('passwords', passwords);

	return async () => {
		server.process.kill();
		await server.exited;
		rmSync(dir, { recursive: true, force: true });
	};
}
