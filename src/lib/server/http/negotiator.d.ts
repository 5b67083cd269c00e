// negotiator 1.x ships no types (@types/negotiator describes 0.6, without `preferred`): the part used
declare module 'negotiator' {
	export default class Negotiator {
		constructor(request: { headers: Record<string, string | undefined> });
		encoding(
			available: readonly string[],
			options?: { preferred?: readonly string[] }
		): string | undefined;
	}
}
