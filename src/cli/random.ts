/** mulberry32: a small, fast, deterministic generator of numbers in [0, 1) (a run can be repeated). */
export function mulberry32(seed: number): () => number {
	let x = seed >>> 0;
	return () => {
		x = (x + 0x6d2b79f5) >>> 0;
		let t = Math.imul(x ^ (x >>> 15), 1 | x);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
