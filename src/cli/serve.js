/**
 * Serves the built app (build/handler.js) — `npm run serve`, the last step of `npm start`.
 *
 * adapter-node's own server (`node build`) takes every request for https unless ORIGIN is set,
 * so on plain http a browser's form posts fail SvelteKit's same-origin check. Here, unless
 * ORIGIN or PROTOCOL_HEADER say otherwise, a request's origin is the protocol it really came
 * over and the Host it asked for: sign-in works at http://localhost:3000, http://127.0.0.1:3000
 * or a LAN address alike. Behind a proxy, set ORIGIN (or PROTOCOL_HEADER and HOST_HEADER).
 *
 * It listens first and loads the app after, so that what the app prints while it starts (the
 * admin's first password) is the last thing on the console.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const PROTOCOL_SEEN = 'x-duixian-protocol-seen';
const env = process.env;
env.BODY_SIZE_LIMIT ||= '6M';
const ownProtocol = !env.ORIGIN && !env.PROTOCOL_HEADER;
if (ownProtocol) env.PROTOCOL_HEADER = PROTOCOL_SEEN;

const port = Number(env.PORT || 3000);
// Every interface: the site is public and read-only for visitors, and a container or a
// newsroom's intranet reaches it from outside. HOST=127.0.0.1 keeps it on this machine.
const host = env.HOST || '0.0.0.0';

/** @type {((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | undefined} */
let handler;
const ready = import(fileURLToPath(new URL('../../build/handler.js', import.meta.url))).then(
	(module) => (handler = module.handler)
);

const server = createServer((req, res) => {
	// This server speaks plain http; whatever a client sent under this name is replaced.
	if (ownProtocol) req.headers[PROTOCOL_SEEN] = 'http';
	if (handler) handler(req, res);
	else ready.then((loaded) => loaded(req, res));
});

server.listen(port, host, () => {
	const where = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`Duixian is listening on http://${where}:${port} (bound to ${host})`);
});

ready.catch((error) => {
	console.error(`Could not load the built app (run \`npm run build\` first): ${error.message}`);
	process.exit(1);
});

function stop() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
