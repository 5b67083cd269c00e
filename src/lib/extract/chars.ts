/** A lookup of code units, 1 for each of `chars` (a Set per character is slow on megabytes). */
export function charTable(chars: string): Uint8Array {
	const t = new Uint8Array(0x10000);
	for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
	return t;
}
