/** A shallow copy of `object` without the given keys, e.g. a row without its large text column. */
export function omit<T extends object, K extends keyof T>(object: T, ...keys: K[]): Omit<T, K> {
	const dropped = new Set<PropertyKey>(keys);
	return Object.fromEntries(Object.entries(object).filter(([key]) => !dropped.has(key))) as Omit<
		T,
		K
	>;
}
