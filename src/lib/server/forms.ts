import { error } from '@sveltejs/kit';
import { readPosted } from './http/body';

/**
 * The posted form; a body that is too large is a 413 and one that is not a form a 400, each
 * with a reason, not a server error.
 */
export async function readForm(request: Request): Promise<FormData> {
	const posted = await readPosted(request);
	if ('form' in posted) return posted.form;
	error(posted.status, posted.message);
}
