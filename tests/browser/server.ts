import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { serveArguments } from '../../src/cli/serve-command';

const root = resolve(import.meta.dirname, '../..');

export interface RunningServer {
	url: (path: string) => string;
	process: ChildProcess;
	/** Resolves when the process has ended, however it ended. */
	exited: Promise<void>;
	log: () => string;
}

function freePort(): Promise<number> {
	return new Promise((done, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : reject()));
		});
	});
}

/**
 * The built app on a free port and its own database, started as `npm run serve` starts it (its
 * node flags; no ORIGIN: the origin is what the browser asks for).
 */
export async function startServer(
	databasePath: string,
	env: NodeJS.ProcessEnv = {}
): Promise<RunningServer> {
	const port = await freePort();
	const base = `http://localhost:${port}`;
	let output = '';
	const child = spawn(process.execPath, serveArguments(root), {
		cwd: root,
		env: {
			...process.env,
			...env,
			DATABASE_PATH: databasePath,
			PORT: String(port),
			HOST: '127.0.0.1'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const server = {
		url: (path: string) => new URL(path, base).href,
		process: child,
		exited,
		log: () => output
	};
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`The app exited early:\n${output}`);
		try {
			if ((await fetch(server.url('/healthz'))).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`The app did not answer at ${base}:\n${output}`);
}
