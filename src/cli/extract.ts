/** CLI: npm run --silent extract -- <report.txt> → the contract JSON on stdout. */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { extractReport, NotAReportError, toContractJson } from '../lib/extract/index';

function fail(reason: string): never {
	process.stderr.write(reason.replace(/\s+/g, ' ').trim() + '\n');
	process.exit(1);
}

/** UTF-8 (BOM stripped); a file that is not valid UTF-8 is tried as GB18030 before giving up. */
export function decode(buf: Buffer): string {
	if (buf.includes(0)) fail('binary file, not a text report');
	// (isUtf8 and toString are native and fast; a fatal TextDecoder on megabytes is not)
	if (isUtf8(buf)) {
		const s = buf.toString('utf8');
		return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
	} catch {
		try {
			return new TextDecoder('gb18030', { fatal: true }).decode(buf);
		} catch {
			fail('not valid UTF-8 text');
		}
	}
}

const file = process.argv[2];
if (!file) fail('usage: extract <report.txt>');
let buf: Buffer;
try {
	buf = readFileSync(file);
} catch (e) {
	fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
}
const text = decode(buf);
try {
	const x = extractReport(text);
	process.stdout.write(JSON.stringify(toContractJson(x), null, 2) + '\n');
} catch (e) {
	if (e instanceof NotAReportError) fail(`not a report: ${e.message}`);
	fail(`extraction failed: ${(e as Error).message}`);
}
