import { describe, expect, it } from 'vitest';
import { currentEtag, isPrivatePath, matchesEtag } from './caching';

describe('ETags of the data version', () => {
	it('differ when the version does and are weak', () => {
		expect(currentEtag('7.120')).toBe(currentEtag('7.120'));
		expect(currentEtag('7.121')).not.toBe(currentEtag('7.120'));
		expect(currentEtag('8.120')).not.toBe(currentEtag('7.120'));
		expect(currentEtag('7.120')).toMatch(/^W\/"[\w-]{22}"$/);
		// one tag per coding the answer goes out in
		expect(currentEtag('7.120', 'br')).toBe(currentEtag('7.120').replace(/"$/, '-br"'));
		expect(currentEtag('7.120', 'gzip')).not.toBe(currentEtag('7.120', 'br'));
	});

	it('match If-None-Match lists, weak or strong, but not *', () => {
		const tag = currentEtag('1.1');
		expect(matchesEtag(tag, tag)).toBe(true);
		expect(matchesEtag(tag.slice(2), tag)).toBe(true);
		expect(matchesEtag(`W/"old", ${tag}`, tag)).toBe(true);
		expect(matchesEtag('W/"old"', tag)).toBe(false);
		expect(matchesEtag('*', tag)).toBe(false);
		expect(matchesEtag(null, tag)).toBe(false);
	});
});

describe('private paths', () => {
	it('are sign-in, admin, import, export and health, with everything under them', () => {
		for (const p of [
			'/login',
			'/logout',
			'/admin/users',
			'/import',
			'/outcomes/import',
			'/outcomes/export/outcomes',
			'/healthz'
		])
			expect(isPrivatePath(p), p).toBe(true);
		for (const p of ['/', '/regions/500242', '/api/outcomes', '/compare', '/imports', '/loginx'])
			expect(isPrivatePath(p), p).toBe(false);
	});
});
