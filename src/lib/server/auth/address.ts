/**
 * The part of a client address that one client controls: an IPv4 address, or the /64 of an
 * IPv6 address (one household or server gets a whole /64, so a key per address is no limit).
 */
export function addressKey(address: string): string {
	const ip = address
		.trim()
		.toLowerCase()
		.replace(/^\[|\]$/g, '')
		.replace(/%.*$/, '');
	const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
	if (v4) return v4[1]!;
	if (!ip.includes(':')) return ip;
	const groups = (part: string) =>
		part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : [];
	const [head = '', tail] = ip.split('::');
	const left = groups(head);
	const right = tail === undefined ? [] : groups(tail);
	const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
	const prefix = [...left, ...zeros, ...right].slice(0, 4);
	return `${prefix.map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}
