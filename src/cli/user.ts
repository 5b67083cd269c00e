import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { getDb } from '../lib/server/db';
import { ensureReferenceData } from '../lib/server/bootstrap';
import {
	checkPassword,
	checkUsername,
	createUser,
	getUserByUsername,
	isRole,
	listUsers,
	setUserPassword
} from '../lib/server/users';

const USAGE = `usage:
  npm run user -- add NAME --role admin|editor|viewer   (password from DUIXIAN_PASSWORD or a prompt)
  npm run user -- passwd NAME                           (same password sources)
  npm run user -- list`;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** Reads a password without echoing it. */
async function promptPassword(): Promise<string> {
	if (!process.stdin.isTTY) fail('No DUIXIAN_PASSWORD given and no terminal to ask on.');
	let muted = false;
	const output = new Writable({
		write(chunk, _enc, done) {
			if (!muted) process.stdout.write(chunk);
			done();
		}
	});
	const rl = createInterface({ input: process.stdin, output, terminal: true });
	const question = rl.question('Password: ');
	muted = true;
	const answer = await question;
	rl.close();
	process.stdout.write('\n');
	return answer;
}

async function readPassword(): Promise<string> {
	const password = process.env.DUIXIAN_PASSWORD ?? (await promptPassword());
	const problem = checkPassword(password);
	if (problem) fail(problem);
	return password;
}

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { role: { type: 'string' } }
});
const [command, name] = positionals;
const db = getDb();
ensureReferenceData(db);

if (command === 'add' && name) {
	const problem = checkUsername(name);
	if (problem) fail(problem);
	if (!isRole(values.role)) fail(`--role must be admin, editor or viewer\n${USAGE}`);
	if (getUserByUsername(db, name)) fail(`User "${name}" already exists.`);
	const user = await createUser(
		db,
		{ username: name, password: await readPassword(), role: values.role },
		null
	);
	console.log(`Created ${user.role} "${user.username}".`);
} else if (command === 'passwd' && name) {
	const user = getUserByUsername(db, name) ?? fail(`No user "${name}".`);
	await setUserPassword(db, user.id, await readPassword(), null);
	console.log(`Password of "${name}" changed; their sessions were signed out.`);
} else if (command === 'list') {
	for (const u of listUsers(db))
		console.log(`${u.username}\t${u.role}${u.disabled ? '\tdisabled' : ''}`);
} else {
	fail(USAGE);
}
