/**
 * What `npm run bench` and `npm run bench:soak` share: the built server started exactly as
 * `npm run serve` starts it (its node flags, src/cli/serve.js, PORT and DATABASE_PATH, no
 * ORIGIN) on 127.0.0.1, the machine and dataset a result was measured on, and bench/results.md.
 */
import Database from 'better-sqlite3';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { mulberry32 } from './random';
import { serveArguments } from './serve-command';

export const RESULTS_FILE = resolve('bench/results.md');
const RESULTS_HEADER = `# Benchmarks

Sections appended by \`npm run bench\` and \`npm run bench:soak\` (newest last), each with the
machine, date, commit and dataset it was measured on. See README, “Benchmarks”.
`;

export interface Server {
	url: string;
	pid: number;
	child: ChildProcess;
	/** what the server printed (the last 200 lines) */
	output: string[];
	/** resolves when the process has exited, with its code or signal */
	exited: Promise<string>;
	alive(): boolean;
	/** VmRSS and VmHWM of the server process, in MB (null once it has exited) */
	memory(): { rssMb: number; peakMb: number } | null;
	stop(): Promise<void>;
}

export interface StartOptions {
	db: string;
	port: number;
	/** node's own flags before the script (--cpu-prof…) */
	nodeArgs?: string[];
	env?: Record<string, string>;
	/** how long to wait for /healthz */
	timeoutMs?: number;
}

/** Starts the built app as `npm run serve` does and waits until /healthz answers 200. */
export async function startServer(options: StartOptions): Promise<Server> {
	if (!existsSync(resolve('build/handler.js')))
		throw new Error('no build: run `npm run build` first');
	// a server left from an earlier run would answer /healthz in place of this one
	const taken = await fetch(`http://127.0.0.1:${options.port}/healthz`).then(
		() => true,
		() => false
	);
	if (taken) throw new Error(`port ${options.port} is in use: stop what listens there, or --port`);
	const env: Record<string, string | undefined> = {
		...process.env,
		...options.env,
		PORT: String(options.port),
		HOST: '127.0.0.1',
		DATABASE_PATH: resolve(options.db)
	};
	delete env.ORIGIN;
	const child = spawn(process.execPath, serveArguments(process.cwd(), options.nodeArgs), {
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// never outlive the run, even when it stops on an error
	process.once('exit', () => child.kill('SIGTERM'));
	const output: string[] = [];
	const keep = (chunk: Buffer) => {
		output.push(...chunk.toString().split('\n').filter(Boolean));
		if (output.length > 200) output.splice(0, output.length - 200);
	};
	child.stdout!.on('data', keep);
	child.stderr!.on('data', keep);
	let done = false;
	const exited = new Promise<string>((resolveExit) =>
		child.once('exit', (code, signal) => {
			done = true;
			resolveExit(signal ?? String(code));
		})
	);
	const url = `http://127.0.0.1:${options.port}`;
	const server: Server = {
		url,
		pid: child.pid!,
		child,
		output,
		exited,
		alive: () => !done,
		memory: () => processMemory(child.pid!),
		async stop() {
			if (done) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(timer);
		}
	};
	const deadline = Date.now() + (options.timeoutMs ?? 180_000);
	for (;;) {
		if (done) throw new Error(`the server stopped while starting:\n${output.join('\n')}`);
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) return server;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await server.stop();
			throw new Error(`the server did not answer /healthz in time:\n${output.join('\n')}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
}

/** VmRSS and VmHWM from /proc/<pid>/status, in MB. */
export function processMemory(pid: number): { rssMb: number; peakMb: number } | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
		return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
	} catch {
		return null;
	}
}

/** The load average now (the machine may be shared with other work). */
export function loadAverage(): string {
	try {
		return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
	} catch {
		return '?';
	}
}

/** The machine: cores, model and memory (from /proc where there is one). */
export function machine(): string {
	let model = cpus()[0]?.model ?? '?';
	let memKb = totalmem() / 1024;
	try {
		model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
		memKb = Number(/^MemTotal:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]);
	} catch {
		// not Linux: os gives the same, less exactly
	}
	return `${cpus().length} CPUs (${model}), ${(memKb / 1024 / 1024).toFixed(1)} GB RAM, Node ${process.version}`;
}

/** The commit measured, with "+changes" when the work tree differs from it. */
export function gitCommit(): string {
	try {
		const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'])
			.toString()
			.trim();
		const branch = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD']).toString().trim();
		return `${sha} (${branch})${dirty ? ' +changes' : ''}`;
	} catch {
		return '?';
	}
}

const DATASET_TABLES = [
	'regions',
	'reports',
	'commitments',
	'outcomes',
	'assessments',
	'fulfilment_counts',
	'region_years',
	'users'
];

/** Rows per table and the file's size: what a result was measured on. */
export function dataset(path: string): string {
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		const rows = DATASET_TABLES.map((t) => {
			const n = db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number;
			return `${t} ${n.toLocaleString('en-US')}`;
		});
		const mb = statSync(path).size / 1e6;
		return `${path} (${mb.toFixed(0)} MB): ${rows.join(', ')}`;
	} finally {
		db.close();
	}
}

/** Appends a section to bench/results.md (creating it with its header). */
export function appendResults(section: string, file = RESULTS_FILE): void {
	if (!existsSync(file)) writeFileSync(file, RESULTS_HEADER);
	appendFileSync(file, `\n${section.trim()}\n`);
}

/** A markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
	const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Milliseconds as a table shows them. */
export function msText(ms: number): string {
	if (!Number.isFinite(ms)) return '—';
	if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
	return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

/** Bytes as a table shows them. */
export function bytesText(bytes: number): string {
	if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
	if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
	return `${bytes} B`;
}

/** A pseudo-random generator for picking regions (seeded: a run can be repeated). */
export function picker(seed: number) {
	const next = mulberry32(seed);
	return {
		next,
		pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
		sample<T>(list: readonly T[], n: number): T[] {
			const copy = [...list];
			for (let i = 0; i < Math.min(n, copy.length); i++) {
				const j = i + Math.floor(next() * (copy.length - i));
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy.slice(0, n);
		}
	};
}
