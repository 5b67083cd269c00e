import Big from 'big.js';

const FULL_WIDTH_DIGIT = /[０-９．，]/g;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** Decimal places of a number as written ("6.0" → 1, "1,262,635" → 0). */
function placesOf(written: string): number {
	const dot = written.indexOf('.');
	return dot < 0 ? 0 : written.length - dot - 1;
}

/**
 * The decimal places the quote writes `value` with (增长6.0% → 1), or the places the number
 * itself has when the quote does not state it (a figure typed on a form).
 */
export function writtenDecimals(quote: string | null | undefined, value: number): number {
	const own = placesOf(new Big(value).abs().toFixed());
	if (!quote) return own;
	const text = quote.replace(FULL_WIDTH_DIGIT, (c) =>
		String.fromCharCode(c.charCodeAt(0) - 0xfee0)
	);
	const size = Math.abs(value);
	for (const [written] of text.matchAll(NUMBER)) {
		if (Number(written.replace(/,/g, '')) === size) return placesOf(written);
	}
	return own;
}

/**
 * The places to show an actual with in the target's unit: as it was written. An actual
 * converted into a larger unit (129136.05吨 → 万吨) gains places the reader never saw: it
 * keeps at most two more than the target's. `shift` is the power of ten the conversion
 * multiplies by (吨 → 万吨: −4).
 */
export function actualDecimals(targetPlaces: number, actualPlaces: number, shift: number): number {
	if (shift === 0) return actualPlaces;
	const converted = Math.max(0, actualPlaces - shift);
	return Math.min(converted, Math.max(targetPlaces + 2, 0));
}

/** The figure at `places` decimals, half away from zero ("12.91", "6.0"). */
export function toPlaces(value: number | Big, places: number): string {
	const big = typeof value === 'number' ? new Big(value) : value;
	const fixed = big.round(places, Big.roundHalfUp).toFixed(places);
	return /^-0(?:\.0+)?$/.test(fixed) ? fixed.slice(1) : fixed;
}
