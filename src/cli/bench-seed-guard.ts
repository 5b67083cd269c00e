/** The guard of `npm run bench:seed`: it never writes to the app's own database. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DATABASE_PATH } from '../lib/server/db';

/** Why the seed must not write to `path` (null: it may). */
export function refusal(
	path: string | undefined,
	force: boolean,
	env: NodeJS.ProcessEnv = process.env
): string | null {
	if (!path) return 'say where: --db FILE (a new file, never the app database)';
	const target = resolve(path);
	const protectedPaths = [resolve(DEFAULT_DATABASE_PATH)];
	if (env.DATABASE_PATH) protectedPaths.push(resolve(env.DATABASE_PATH));
	if (protectedPaths.includes(target))
		return `${path} is the app's database (${target}); choose another file`;
	if (existsSync(target) && !force) return `${path} exists; add --force to replace it`;
	return null;
}
