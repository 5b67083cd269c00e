import { describe, expect, it } from 'vitest';
import { addressKey } from './address';
import { FailureThrottle, SignInThrottle, waitText } from './throttle';

const MINUTE = 60_000;
const policy = { free: 3, baseMs: 1000, maxMs: 60_000, forgetMs: 10 * MINUTE, maxKeys: 1000 };

describe('FailureThrottle', () => {
	it('lets the first failures through, then doubles the wait up to the cap', () => {
		const t = new FailureThrottle(policy);
		const waits = Array.from({ length: 10 }, () => t.fail('k', 0));
		expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 60]);
		expect(t.retryAfter('k', 0)).toBe(60);
		expect(t.retryAfter('k', 59_001)).toBe(1);
		expect(t.retryAfter('k', 60_000)).toBe(0);
	});

	it('forgets a key that has not failed for forgetMs', () => {
		const t = new FailureThrottle(policy);
		for (let i = 0; i < 5; i++) t.fail('k', 0);
		expect(t.retryAfter('k', 1000)).toBeGreaterThan(0);
		expect(t.fail('k', 10 * MINUTE)).toBe(0);
	});

	it('takes back one failure for a right attempt, and resets a key', () => {
		const t = new FailureThrottle(policy);
		for (let i = 0; i < 4; i++) t.fail('k', 0);
		expect(t.retryAfter('k', 0)).toBe(1);
		t.refund('k', 0);
		expect(t.retryAfter('k', 0)).toBe(0);
		expect(t.fail('k', 0)).toBe(1);
		t.reset('k');
		expect(t.retryAfter('k', 0)).toBe(0);
		expect(t.size).toBe(0);
	});

	it('stays bounded when 100,000 distinct keys fail, dropping the stalest first', () => {
		const t = new FailureThrottle({ ...policy, maxKeys: 10_000 });
		for (let i = 0; i < 100_000; i++) t.fail(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, i);
		expect(t.size).toBeLessThanOrEqual(10_000);
		expect(t.size).toBeGreaterThanOrEqual(9_000);
		// the 99,999th is still there with its failure: three more and it waits
		for (let i = 0; i < 3; i++) t.fail('10.1.134.158', 100_000);
		expect(t.retryAfter('10.1.134.158', 100_000)).toBe(1);
		// the very first key was dropped: it starts afresh
		expect(t.fail('10.0.0.0', 100_000)).toBe(0);
	});

	it('sweeps expired keys even when they are never tried again', () => {
		const t = new FailureThrottle(policy);
		for (let i = 0; i < 500; i++) t.fail(`a${i}`, 0);
		expect(t.size).toBe(500);
		t.fail('late', 10 * MINUTE);
		expect(t.size).toBe(1);
	});
});

describe('SignInThrottle', () => {
	const throttle = () =>
		new SignInThrottle(
			new FailureThrottle({ ...policy, free: 10 }),
			new FailureThrottle({ ...policy, free: 5 })
		);

	it('slows spraying many names from one address, with growing waits', () => {
		const t = throttle();
		const names = Array.from({ length: 40 }, (_, i) => `user${i}`);
		let now = 0;
		const waits: number[] = [];
		let refused = 0;
		for (let round = 0; round < 4; round++) {
			for (const name of names) {
				const wait = t.retryAfter('203.0.113.7', name, now);
				if (wait > 0) {
					refused++;
					waits.push(wait);
					now += wait * 1000; // an attacker who waits as told
				}
				t.charge('203.0.113.7', name, now);
			}
		}
		expect(refused).toBeGreaterThan(100);
		expect(waits.slice(0, 6)).toEqual([1, 2, 4, 8, 16, 32]);
		expect(Math.max(...waits)).toBe(60);
		// another address is not held up
		expect(t.retryAfter('198.51.100.1', 'user0', now)).toBe(0);
	});

	it('slows guessing one account sooner than the address limit', () => {
		const t = throttle();
		for (let i = 0; i < 5; i++) expect(t.charge('203.0.113.7', 'admin', 0)).toBe(0);
		expect(t.charge('203.0.113.7', 'admin', 0)).toBe(1);
		expect(t.retryAfter('203.0.113.7', 'admin', 0)).toBe(1);
		expect(t.retryAfter('203.0.113.7', 'editor1', 0)).toBe(0);
	});

	it('counts attempts sent at once before any password is checked', () => {
		const t = throttle();
		let checked = 0;
		for (let i = 0; i < 50; i++) {
			if (t.retryAfter('203.0.113.7', `n${i}`, 0) > 0) continue;
			t.charge('203.0.113.7', `n${i}`, 0);
			checked++;
		}
		expect(checked).toBe(11);
	});

	it("a right password clears the account's count but not the address's failures", () => {
		const t = throttle();
		for (let i = 0; i < 9; i++) t.charge('203.0.113.7', `spray${i}`, 0);
		for (let i = 0; i < 4; i++) t.charge('203.0.113.7', 'editor1', 0);
		t.charge('203.0.113.7', 'editor1', 0);
		t.succeed('203.0.113.7', 'editor1', 0);
		expect(t.retryAfter('203.0.113.7', 'editor1', 0)).toBe(4); // 13 failures from the address
		expect(t.charge('203.0.113.7', 'editor1', 5000)).toBe(8);
	});

	it('treats a whole IPv6 /64 as one client', () => {
		const t = throttle();
		for (let i = 0; i < 11; i++) t.charge(`2001:db8:1:2::${i.toString(16)}`, `n${i}`, 0);
		expect(t.retryAfter('2001:db8:1:2:ffff::1', 'someone', 0)).toBeGreaterThan(0);
		expect(t.retryAfter('2001:db8:1:3::1', 'someone', 0)).toBe(0);
	});
});

describe('addressKey', () => {
	it('keeps IPv4 addresses, unwraps IPv4-mapped ones and cuts IPv6 to the /64', () => {
		expect(addressKey('127.0.0.1')).toBe('127.0.0.1');
		expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
		expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
		expect(addressKey('2001:0DB8:0000:0000:1:2:3:4')).toBe('2001:db8:0:0::/64');
		expect(addressKey('[2001:db8:a:b::5]')).toBe('2001:db8:a:b::/64');
		expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
		expect(addressKey('::1')).toBe('0:0:0:0::/64');
	});
});

describe('waitText', () => {
	it('says seconds for short waits and minutes for long ones', () => {
		expect(waitText(8)).toBe('8 秒');
		expect(waitText(600)).toBe('10 分钟');
	});
});
