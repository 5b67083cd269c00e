/** A shallow copy of `object` without the given keys, e.g. a row without its large text column. */
export function omit<T extends object, K extends keyof T>(object: T, ...keys: K[]): Omit<T, K> {
	const dropped = new Set<PropertyKey>(keys);
	return Object.fromEntries(Object.entries(object).filter(([key]) => !dropped.has(key))) as Omit<
		T,
		K
	>;
}

/** A shallow copy of `object` with only the given keys, e.g. the columns a page shows. */
export function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
	return Object.fromEntries(keys.map((key) => [key, object[key]])) as Pick<T, K>;
}
