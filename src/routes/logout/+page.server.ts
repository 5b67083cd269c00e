import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user) redirect(303, '/');
};

export const actions: Actions = {
	default: async (event) => {
		if (event.locals.session) auth.invalidateSession(getDb(), event.locals.session.id);
		auth.deleteSessionTokenCookie(event);
		redirect(303, '/');
	}
};
