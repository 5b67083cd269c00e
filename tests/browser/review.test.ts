import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, signIn, url } from './browser';

/** A long report's page is too tall to look at whole: with SCREENSHOTS=1, also the first screen. */
async function firstScreen(page: Page, name: string): Promise<void> {
	if (!process.env.SCREENSHOTS) return;
	const dir = resolve(import.meta.dirname, '../.tmp/screenshots');
	mkdirSync(dir, { recursive: true });
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: join(dir, `${name}-${width}.png`) });
	}
}

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const passwords = inject('passwords');

interface Queued {
	href: string;
	waiting: number;
}

/** Each report of the queue's page: the path of its own link and how many items wait in it. */
async function queue(page: Page): Promise<Queued[]> {
	await page.goto(url('/review'));
	// the path the link leads to, not its attribute: the server writes links relative to the page
	// (./reports/14) and the page's script, once it has taken over, writes them from the root
	// (/reports/14); `goto` returns at the load event, which may come before or after that
	return page.locator('tbody tr').evaluateAll((rows) =>
		rows.map((row) => {
			const [commitments, outcomes] = [...row.querySelectorAll('td.num')].map((td) =>
				Number(td.textContent)
			);
			return {
				// the report's own link: the review link is shown to editors only
				href: `${(row.querySelector('td a') as HTMLAnchorElement).pathname}/review`,
				waiting: (commitments ?? NaN) + (outcomes ?? NaN)
			};
		})
	);
}

/** The first report of the review queue: its review link and how many items wait in it. */
async function firstQueued(page: Page): Promise<Queued> {
	const [first] = await queue(page);
	if (!first) throw new Error('the review queue is empty');
	return first;
}

/** How many items of the report wait in the queue, or null when it is not in the queue's page. */
async function waitingIn(page: Page, href: string): Promise<number | null> {
	return (await queue(page)).find((q) => q.href === href)?.waiting ?? null;
}

/** What the page shows of the queue, for the message of a failed check. */
async function queueShown(page: Page): Promise<string> {
	const reports = await page
		.locator('tbody tr td:first-child a')
		.evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
	return `${page.url()} shows ${reports.join(', ') || 'no report'} first`;
}

const items = (page: Page) => page.locator('section.machine li.item');
const currentId = (page: Page) =>
	page.locator('section.machine li.item[aria-current="true"]').getAttribute('id');

describe('reviewing machine-read items', () => {
	it('is for editors: signed out goes to sign-in, a viewer is refused', async () => {
		const anonymous = await browser.newPage();
		const { href } = await firstQueued(anonymous);
		expect(href).toMatch(/^\/reports\/\d+\/review$/);
		await anonymous.goto(url(href));
		expect(new URL(anonymous.url()).pathname).toBe('/login');
		await anonymous.close();
		const context = await browser.newContext();
		const viewer = await context.newPage();
		await signIn(viewer, 'viewer1', passwords.viewer);
		expect((await viewer.goto(url(href)))?.status()).toBe(403);
		await context.close();
	});

	it('j moves, a accepts, r rejects; the queue counts go down; a bad correction is refused', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await signIn(page, 'editor1', passwords.editor);
		const { href, waiting } = await firstQueued(page);
		expect(waiting).toBeGreaterThan(3);
		await page.goto(url(href));
		await page.waitForSelector('section.machine li.item');
		// the keys work once the page's script has taken over the server's HTML
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		const shown = await items(page).count();
		expect(shown).toBe(waiting);
		const ids = await items(page).evaluateAll((els) => els.map((e) => e.id));
		await screenshot(page, 'machine-review');
		await firstScreen(page, 'machine-review-top');
		await page.setViewportSize({ width: 1280, height: 900 });

		await page.keyboard.press('j');
		expect(await currentId(page)).toBe(ids[1]);
		await page.keyboard.press('a');
		await page.waitForFunction(
			(n) => document.querySelectorAll('section.machine li.item').length === n,
			shown - 1
		);
		expect(await page.locator('section.machine [role=status]').innerText()).toContain('已接受');
		expect(await page.locator(`#${ids[1]}`).count()).toBe(0);

		// the next item is current now: reject it
		expect(await currentId(page)).toBe(ids[2]);
		await page.keyboard.press('r');
		await page.waitForFunction(
			(n) => document.querySelectorAll('section.machine li.item').length === n,
			shown - 2
		);
		expect(await page.locator('section.machine [role=status]').innerText()).toContain('已驳回');
		expect(await page.locator(`#${ids[2]}`).count()).toBe(0);

		// keys typed into a field are the field's
		const first = page.locator(`#${ids[0]}`);
		await first.locator('details.correct > summary').click();
		await first.locator('input[name$=".value"]').fill('abc');
		await first.locator('input[name$=".value"]').press('a');
		expect(await items(page).count()).toBe(shown - 2);
		await first.locator('button:has-text("保存更正")').click();
		await page.waitForSelector(`#${ids[0]} .error[data-code="not_a_number"]`);
		expect(await items(page).count()).toBe(shown - 2);
		await first.scrollIntoViewIfNeeded();
		await firstScreen(page, 'machine-review-error');
		await page.setViewportSize({ width: 1280, height: 900 });

		const left = await waitingIn(page, href);
		expect(left, await queueShown(page)).toBe(waiting - 2);

		// accept all the rest: the report is reviewed and leaves the queue
		await page.goto(url(href));
		await page.click('button:has-text("全部接受其余")');
		await page.waitForSelector('p.reviewed');
		await screenshot(page, 'machine-review-done');
		expect(await waitingIn(page, href)).toBeNull();
		await context.close();
	});
});
