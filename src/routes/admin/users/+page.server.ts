import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/forms';
import { hasRole, requireRole } from '$lib/server/auth/guard';
import {
	checkPassword,
	checkUsername,
	createUser,
	getUserByUsername,
	isRole,
	listUsers,
	setUserDisabled,
	setUserPassword,
	setUserRole,
	type UpdateResult
} from '$lib/server/users';
import { issue } from '$lib/server/fields/issues';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!hasRole(locals.user, 'admin')) error(403, '只有管理员可以管理用户');
	return { users: listUsers(getDb()), me: locals.user.id };
};

function userIdOf(form: FormData): number | null {
	const id = Number(form.get('id'));
	return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** A refused change: 404 for no such user, 409 for the last-admin rule. */
function refused(id: number, result: Extract<UpdateResult, { ok: false }>) {
	const status = result.code === 'unknown_user' ? 404 : 409;
	const { code, message } = issue('id', result.code);
	return fail(status, { row: { id, code, message } });
}

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const actor = requireRole(locals, 'admin');
		const form = await readForm(request);
		const username = String(form.get('username') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const role = form.get('role');
		const values = { username, role: typeof role === 'string' ? role : 'viewer' };
		const errors: Record<string, string> = {};
		const usernameProblem = checkUsername(username);
		if (usernameProblem) errors.username = usernameProblem;
		else if (getUserByUsername(getDb(), username)) errors.username = '这个用户名已被使用';
		const passwordProblem = checkPassword(password);
		if (passwordProblem) errors.password = passwordProblem;
		if (!isRole(role)) errors.role = '请选择角色';
		if (Object.keys(errors).length || !isRole(role))
			return fail(400, { create: { values, errors } });
		await createUser(getDb(), { username, password, role }, actor.id);
		return { create: { created: username } };
	},

	setRole: async ({ locals, request }) => {
		const actor = requireRole(locals, 'admin');
		const form = await readForm(request);
		const id = userIdOf(form);
		const role = form.get('role');
		if (!id || !isRole(role)) return fail(400, { row: { id, message: '无效的用户或角色' } });
		const result = setUserRole(getDb(), id, role, actor.id);
		if (!result.ok) return refused(id, result);
		return { row: { id, message: '角色已更新' } };
	},

	setDisabled: async ({ locals, request }) => {
		const actor = requireRole(locals, 'admin');
		const form = await readForm(request);
		const id = userIdOf(form);
		const disabled = form.get('disabled') === 'true';
		if (!id) return fail(400, { row: { id, message: '无效的用户' } });
		const result = setUserDisabled(getDb(), id, disabled, actor.id);
		if (!result.ok) return refused(id, result);
		return { row: { id, message: disabled ? '账号已停用，已退出所有登录' : '账号已启用' } };
	},

	setPassword: async ({ locals, request }) => {
		const actor = requireRole(locals, 'admin');
		const form = await readForm(request);
		const id = userIdOf(form);
		const password = String(form.get('password') ?? '');
		const problem = checkPassword(password);
		if (!id || problem) return fail(400, { row: { id, message: problem ?? '无效的用户' } });
		const result = await setUserPassword(getDb(), id, password, actor.id);
		if (!result.ok) return refused(id, result);
		return { row: { id, message: '密码已重设，该用户需重新登录' } };
	}
};
