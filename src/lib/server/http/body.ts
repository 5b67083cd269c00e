import { json, type Handle } from '@sveltejs/kit';

const UNITS: Record<string, number> = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** The largest request body adapter-node accepts: BODY_SIZE_LIMIT read as it reads it. */
export function bodySizeLimit(value = process.env.BODY_SIZE_LIMIT ?? '512K'): number {
	const multiplier = UNITS[value.at(-1)?.toUpperCase() ?? ''];
	return multiplier ? Number(value.slice(0, -1)) * multiplier : Number(value);
}

/** “6 MB”, “512 KB”. */
export function sizeText(bytes: number): string {
	if (bytes >= 1024 ** 2) return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;
	if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
	return `${bytes} 字节`;
}

export function tooLargeMessage(limit = bodySizeLimit()): string {
	return `提交的内容超过了 ${sizeText(limit)} 的上限，没有保存任何内容：请缩小文件或分批提交`;
}

/** adapter-node fails the body's stream with a 413 error once it passes the limit. */
export function isTooLarge(e: unknown): boolean {
	for (let cause = e, depth = 0; cause && depth < 5; depth++) {
		if (typeof cause !== 'object') return false;
		if ((cause as { status?: unknown }).status === 413) return true;
		cause = (cause as { cause?: unknown }).cause;
	}
	return false;
}

export type Posted = { form: FormData } | { status: 400 | 413; message: string };

/** The posted form, or why it could not be read: too large (413) or not a form (400). */
export async function readPosted(request: Request): Promise<Posted> {
	try {
		return { form: await request.formData() };
	} catch (e) {
		if (isTooLarge(e)) return { status: 413, message: tooLargeMessage() };
		return { status: 400, message: '无法读取提交的表单：请从页面上重新提交' };
	}
}

/** The JSON routes answer a body over the limit in JSON, before reading any of it. */
export const jsonBodyLimit: Handle = ({ event, resolve }) => {
	const { pathname } = event.url;
	const declared = Number(event.request.headers.get('content-length'));
	if ((pathname.startsWith('/api/') || pathname === '/healthz') && declared > bodySizeLimit()) {
		return json({ error: tooLargeMessage() }, { status: 413 });
	}
	return resolve(event);
};
