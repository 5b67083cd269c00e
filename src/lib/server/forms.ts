import { error } from '@sveltejs/kit';

/** The posted form; a body that is not one is a 400 with a reason, not a server error. */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		error(400, '无法读取提交的表单：请从页面上重新提交');
	}
}
