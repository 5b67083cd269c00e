/**
 * The soak's memory checks: the server's RSS sampled while one client streams a whole export
 * and while many clients load it, and whether it stayed flat.
 */
import type { Server } from './bench-server';

export interface Watch {
	/** RSS in MB, one sample per interval */
	rss: number[];
	stop(): number[];
}

/** Samples the server's RSS every `everyMs` until stopped. */
export function watchMemory(server: Server, everyMs = 500): Watch {
	const rss: number[] = [];
	const sample = () => {
		const m = server.memory();
		if (m) rss.push(m.rssMb);
	};
	sample();
	const timer = setInterval(sample, everyMs);
	return {
		rss,
		stop() {
			clearInterval(timer);
			sample();
			return rss;
		}
	};
}

export interface Flatness {
	ok: boolean;
	firstMb: number;
	peakMb: number;
	lastMb: number;
	/** the peak of the last third above the peak of the first third */
	growthMb: number;
}

/**
 * Memory is flat when the peak of the last third of the samples is at most `slackMb` above the
 * peak of the first third: a server that keeps what it served grows through the whole run,
 * while one that warms up (caches, JIT, the page cache's share of RSS) levels off early.
 */
export function flatness(rss: number[], slackMb: number): Flatness {
	// fewer samples than that: the server stopped (memory() reads nothing once it has exited)
	if (rss.length < 3) return { ok: false, firstMb: NaN, peakMb: NaN, lastMb: NaN, growthMb: NaN };
	const third = Math.max(1, Math.floor(rss.length / 3));
	const first = Math.max(...rss.slice(0, third));
	const last = Math.max(...rss.slice(-third));
	const growthMb = last - first;
	return {
		ok: growthMb <= slackMb,
		firstMb: rss[0]!,
		peakMb: Math.max(...rss),
		lastMb: rss.at(-1)!,
		growthMb
	};
}

/** Reads a whole answer as it arrives, keeping nothing: its status, bytes, lines and time. */
export async function streamDownload(url: string, headers: Record<string, string>) {
	const started = performance.now();
	const res = await fetch(url, { headers, redirect: 'manual' });
	let bytes = 0;
	let lines = 0;
	const reader = res.body?.getReader();
	for (;;) {
		const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
		if (chunk.done) break;
		bytes += chunk.value.length;
		for (const byte of chunk.value) if (byte === 10) lines++;
	}
	return { status: res.status, bytes, lines, ms: performance.now() - started };
}
