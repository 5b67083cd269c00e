/**
 * Exact decimal arithmetic on the figures as written (6.7, 88.3, 0.5), so that
 * 10 − 6.7 is 3.3 and a tolerance edge (6.5 − 0.5 = 6.0) is compared exactly.
 * A value is m / 10^e with e ≥ 0, normalised (no trailing zero digits when e > 0).
 */
export interface Dec {
	readonly m: bigint;
	readonly e: number;
}

const NUM = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

function pow10(n: number): bigint {
	return 10n ** BigInt(n);
}

function norm(m: bigint, e: number): Dec {
	while (e > 0 && m % 10n === 0n) {
		m /= 10n;
		e--;
	}
	return { m, e };
}

/** The decimal a JS number denotes in its shortest round-trip form (String(x)). */
export function dec(x: number): Dec {
	if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
	const match = NUM.exec(String(x));
	if (!match) throw new RangeError(`cannot read number: ${x}`);
	const [, sign, int = '0', frac = '', exp = '0'] = match;
	let m = BigInt(int + frac);
	let e = frac.length - Number(exp);
	if (e < 0) {
		m *= pow10(-e);
		e = 0;
	}
	return norm(sign === '-' ? -m : m, e);
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
	const e = Math.max(a.e, b.e);
	return [a.m * pow10(e - a.e), b.m * pow10(e - b.e), e];
}

export function add(a: Dec, b: Dec): Dec {
	const [x, y, e] = align(a, b);
	return norm(x + y, e);
}

export function sub(a: Dec, b: Dec): Dec {
	const [x, y, e] = align(a, b);
	return norm(x - y, e);
}

export function mul(a: Dec, b: Dec): Dec {
	return norm(a.m * b.m, a.e + b.e);
}

export function neg(a: Dec): Dec {
	return { m: -a.m, e: a.e };
}

export function abs(a: Dec): Dec {
	return a.m < 0n ? neg(a) : a;
}

/** -1, 0 or 1 */
export function cmp(a: Dec, b: Dec): -1 | 0 | 1 {
	const [x, y] = align(a, b);
	return x < y ? -1 : x > y ? 1 : 0;
}

export function sign(a: Dec): -1 | 0 | 1 {
	return a.m < 0n ? -1 : a.m > 0n ? 1 : 0;
}

/** a / b rounded half away from zero to `places` decimals. */
export function div(a: Dec, b: Dec, places: number): Dec {
	if (b.m === 0n) throw new RangeError('division by zero');
	const num = a.m * pow10(b.e + places);
	const den = b.m * pow10(a.e);
	const negative = num < 0n !== den < 0n;
	const n = num < 0n ? -num : num;
	const d = den < 0n ? -den : den;
	const q = (2n * n + d) / (2n * d);
	return norm(negative ? -q : q, places);
}

export function toString(a: Dec): string {
	const negative = a.m < 0n;
	const digits = (negative ? -a.m : a.m).toString().padStart(a.e + 1, '0');
	const int = digits.slice(0, digits.length - a.e);
	const frac = digits.slice(digits.length - a.e);
	const body = frac ? `${int}.${frac}` : int;
	return negative && a.m !== 0n ? `-${body}` : body;
}

export function toNumber(a: Dec): number {
	return Number(toString(a));
}
