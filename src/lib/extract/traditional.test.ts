import { describe, it, expect } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { TRADITIONAL } from './traditional';

describe('the table of traditional characters', () => {
	it('is the characters OpenCC changes on their own', () => {
		const convert = OpenCC.Converter({ from: 't', to: 'cn' });
		const chars: string[] = [];
		for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
		for (let c = 0xf900; c <= 0xfaff; c++) chars.push(String.fromCharCode(c));
		const out = convert(chars.join('\n')).split('\n');
		const changed = chars.filter((c, i) => out[i] !== c).join('');
		expect(TRADITIONAL.length).toBe(changed.length);
		expect(TRADITIONAL).toBe(changed);
	});
});
