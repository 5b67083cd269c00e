import { error } from '@sveltejs/kit';
import type { Role } from '../db/schema';
import type { SessionUser } from './session';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** True when the user holds the role or a higher one (admin ⊃ editor ⊃ viewer). */
export function hasRole(user: SessionUser | null, role: Role): user is SessionUser {
	return user !== null && RANK[user.role] >= RANK[role];
}

/** Guards a mutating action or API route: 401 when signed out, 403 when the role is too low. */
export function requireRole(locals: App.Locals, role: Role): SessionUser {
	if (!locals.user) error(401, '请先登录');
	if (!hasRole(locals.user, role)) error(403, '没有权限执行此操作');
	return locals.user;
}
