/**
 * How often each report is read, for the review queue's "most viewed first". Counted in
 * memory and written every few minutes: a write per page view would change the data version
 * that every public page's ETag is made of, and no cache would keep anything.
 */
import { sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from './db';

export const VIEWS_FLUSH_MS = 5 * 60_000;

export interface ViewCounter {
	count(reportId: number): void;
	/** Writes what was counted; returns how many views. */
	flush(): number;
}

export function viewCounter(db: () => DbOrTx, flushMs = VIEWS_FLUSH_MS): ViewCounter {
	const pending = new Map<number, number>();
	let timer: ReturnType<typeof setTimeout> | null = null;
	const flush = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		if (!pending.size) return 0;
		const counted = [...pending];
		pending.clear();
		db().transaction((tx) => {
			for (const [id, n] of counted)
				tx.run(sql`UPDATE reports SET views = views + ${n} WHERE id = ${id}`);
		});
		return counted.reduce((sum, [, n]) => sum + n, 0);
	};
	return {
		count(reportId) {
			pending.set(reportId, (pending.get(reportId) ?? 0) + 1);
			timer ??= setTimeout(flush, flushMs).unref();
		},
		flush
	};
}

let shared: ViewCounter | undefined;

/** The app's counter, written on its timer and when the process ends. */
export function reportViews(): ViewCounter {
	if (shared) return shared;
	const counter = viewCounter(getDb);
	process.once('exit', () => {
		try {
			counter.flush();
		} catch (e) {
			console.error('views: could not write the last counts', e);
		}
	});
	return (shared = counter);
}
