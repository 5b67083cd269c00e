/**
 * Failed sign-in attempts per key (client address + username) in a sliding window, kept in
 * memory: enough to slow down password guessing against one process.
 */
export class FailureThrottle {
	private failures = new Map<string, number[]>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number
	) {}

	/** Seconds until the key may try again, or 0 when it may now. */
	retryAfter(key: string, now = Date.now()): number {
		const recent = this.recent(key, now);
		if (recent.length < this.limit) return 0;
		return Math.ceil((recent[0]! + this.windowMs - now) / 1000);
	}

	fail(key: string, now = Date.now()): void {
		this.failures.set(key, [...this.recent(key, now), now]);
	}

	reset(key: string): void {
		this.failures.delete(key);
	}

	private recent(key: string, now: number): number[] {
		const kept = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
		if (kept.length) this.failures.set(key, kept);
		else this.failures.delete(key);
		return kept;
	}
}

export const signInThrottle = new FailureThrottle(10, 15 * 60 * 1000);
