import { addressKey } from './address';

/**
 * Failed sign-in attempts, kept in memory: enough to slow password guessing against one
 * process. After `free` failures each further one makes the key wait twice as long as the
 * last, up to `maxMs`; a key with no failure for `forgetMs` starts afresh.
 */
export interface ThrottlePolicy {
	free: number;
	baseMs: number;
	maxMs: number;
	forgetMs: number;
	/** Most keys kept; beyond it the key that failed least recently is dropped. */
	maxKeys: number;
}

interface Entry {
	failures: number;
	last: number;
	until: number;
}

export class FailureThrottle {
	// Insertion order is the order of last failure, so the stalest keys are always first.
	private entries = new Map<string, Entry>();
	private swept = -Infinity;

	constructor(private readonly policy: ThrottlePolicy) {}

	get size(): number {
		return this.entries.size;
	}

	/** Seconds until the key may try again, or 0 when it may now. */
	retryAfter(key: string, now = Date.now()): number {
		const entry = this.live(key, now);
		return entry ? Math.max(0, Math.ceil((entry.until - now) / 1000)) : 0;
	}

	/** Records a failure; returns the seconds the key must now wait (0 while still free). */
	fail(key: string, now = Date.now()): number {
		this.sweep(now);
		const failures = (this.live(key, now)?.failures ?? 0) + 1;
		const waitMs = this.waitMs(failures);
		this.entries.delete(key);
		this.entries.set(key, { failures, last: now, until: now + waitMs });
		if (this.entries.size > this.policy.maxKeys) this.evict();
		return Math.ceil(waitMs / 1000);
	}

	/** Takes back one failure recorded in advance, for an attempt that turned out right. */
	refund(key: string, now = Date.now()): void {
		const entry = this.live(key, now);
		if (!entry) return;
		if (entry.failures <= 1) return this.reset(key);
		entry.failures -= 1;
		entry.until = entry.last + this.waitMs(entry.failures);
	}

	reset(key: string): void {
		this.entries.delete(key);
	}

	private waitMs(failures: number): number {
		const { free, baseMs, maxMs } = this.policy;
		return failures > free ? Math.min(maxMs, baseMs * 2 ** (failures - free - 1)) : 0;
	}

	private live(key: string, now: number): Entry | undefined {
		const entry = this.entries.get(key);
		return entry && now - entry.last < this.policy.forgetMs ? entry : undefined;
	}

	/** Drops the forgotten keys, at most once a second; they are at the front. */
	private sweep(now: number): void {
		if (now - this.swept < 1000) return;
		this.swept = now;
		for (const [key, entry] of this.entries) {
			if (now - entry.last < this.policy.forgetMs) return;
			this.entries.delete(key);
		}
	}

	// A tenth at a time: deleting from the front of a Map one key per call costs a scan each.
	private evict(): void {
		let drop = this.entries.size - Math.floor(this.policy.maxKeys * 0.9);
		for (const key of this.entries.keys()) {
			if (drop-- <= 0) return;
			this.entries.delete(key);
		}
	}
}

const MINUTE = 60 * 1000;

/**
 * Two throttles: per client address, which slows spraying many names from one place, and
 * per address and name, which slows guessing one account sooner.
 */
export class SignInThrottle {
	constructor(
		private readonly byAddress: FailureThrottle,
		private readonly byAccount: FailureThrottle
	) {}

	retryAfter(address: string, username: string, now = Date.now()): number {
		const where = addressKey(address);
		return Math.max(
			this.byAddress.retryAfter(where, now),
			this.byAccount.retryAfter(`${where}|${username}`, now)
		);
	}

	/**
	 * Counts an attempt as failed before its password is checked, so that many attempts sent at
	 * once cannot all pass `retryAfter` while the first is hashing; returns the wait that
	 * applies if it was wrong.
	 */
	charge(address: string, username: string, now = Date.now()): number {
		const where = addressKey(address);
		return Math.max(
			this.byAddress.fail(where, now),
			this.byAccount.fail(`${where}|${username}`, now)
		);
	}

	/** A right password: the account's count is cleared, the address's only loses this attempt. */
	succeed(address: string, username: string, now = Date.now()): void {
		const where = addressKey(address);
		this.byAddress.refund(where, now);
		this.byAccount.reset(`${where}|${username}`);
	}
}

export const signInThrottle = new SignInThrottle(
	new FailureThrottle({
		free: 10,
		baseMs: 1000,
		maxMs: 15 * MINUTE,
		forgetMs: 60 * MINUTE,
		maxKeys: 10_000
	}),
	new FailureThrottle({
		free: 5,
		baseMs: 1000,
		maxMs: 15 * MINUTE,
		forgetMs: 60 * MINUTE,
		maxKeys: 10_000
	})
);

/** “8 秒” or “3 分钟”, for the message beside the form. */
export function waitText(seconds: number): string {
	return seconds < 90 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}
