// Query strings for links. These build and change URLSearchParams as plain temporaries, outside
// components, where svelte/reactivity's reactive versions have nothing to track.

/** A query string (without the "?") of the values that are set, in the order given. */
export function queryOf(values: Record<string, string | null | undefined>): string {
	return new URLSearchParams(
		Object.entries(values).filter((entry): entry is [string, string] => !!entry[1])
	).toString();
}

/**
 * `params` with `changes` set, each replacing any values of its key (as URLSearchParams.set
 * does); a null change removes the key.
 */
export function withParams(
	params: URLSearchParams,
	changes: Record<string, string | null>
): string {
	const next = new URLSearchParams(params);
	for (const [key, value] of Object.entries(changes)) {
		if (value === null) next.delete(key);
		else next.set(key, value);
	}
	return next.toString();
}
