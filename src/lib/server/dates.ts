/** A real calendar day written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDay(text: string): boolean {
	return (
		/^\d{4}-\d{2}-\d{2}$/.test(text) &&
		!Number.isNaN(Date.parse(text)) &&
		new Date(text).toISOString().startsWith(text)
	);
}

// The reports and their readers are in China: "today" and "this year" are Beijing's.
const CHINA_DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Shanghai',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** Today in Beijing, YYYY-MM-DD. */
export function todayInChina(now = new Date()): string {
	return CHINA_DAY.format(now);
}

export function yearInChina(now = new Date()): number {
	return Number(todayInChina(now).slice(0, 4));
}
