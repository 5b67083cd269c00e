/** Names as written before a figure: filler words, the catalogue reading, generic names. */
import { cleanForMatch, matchIndicator } from './indicators';

export type Resolved = { name: string; indicator: string; scope: string | null };

/** list marks before a clause: ——, 1., （1）, ①, 一是 */
export const LIST_PREFIX = /^(?:[\s—\-–•·●○]+|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]+是)+/;
/** words before a name that qualify nothing (years, 其中, 全年, verbs of effort) */
export const LEAD_FILLER =
	/^(?:(?:19|20)\d{2}年(?:度|末|底|全年)?|年末|年底|其中[:：]?|同时|另外|并且|并|全年|年内|今年|当年|力争|争取|确保|努力|预计|预估|初步核算|实现|完成|达到|累计|共|总计|合计|全力|积极|加快|持续|进一步|重点|稳定|保持|继续|全面|大力|着力|切实|不断)+/;

/** verbs of delivery that open a task's name (新建, 完成…) */
const ACTION_WORDS =
	/^(?:实施|建设|建成|新建|完成|推进|推动|打造|开展|组织|举办|启动|加快|培育|引进|创建|争创|改造|新增|提升|发展|形成|开工|投入|建好|确保|力争|争取|实现|达到|达|改扩建|提档升级|提质|改造提升|改造升级)+/;
const GENERIC_NAME = /^(?:项目|工程|总投资|投资|完成(?:年度)?投资|年度投资|计划投资)$/;
/** The name without its opening verbs, when something is left. */
export function stripAction(s: string): string {
	const r = s.replace(ACTION_WORDS, '');
	return r.length >= 2 ? r : s;
}
/** A name that says nothing by itself (项目, 总投资, 新建). */
export function isGeneric(name: string): boolean {
	const n = name.replace(LEAD_FILLER, '');
	return GENERIC_NAME.test(n) || n.replace(ACTION_WORDS, '').replace(/[^\u4e00-\u9fff]/g, '').length < 2;
}

/** The display name, catalogue code and scope of a name as written. */
export function resolveName(raw: string): Resolved {
	const display = raw.replace(/^[“"'‘]+|[”"'’]+$/g, '').replace(LEAD_FILLER, '') || raw;
	let m = matchIndicator(display);
	if (!m) {
		const inner = display.replace(/(?<=.)(?:实现|完成|达到|达)(?=.)/g, '');
		if (inner !== display) m = matchIndicator(inner);
	}
	if (m) {
		let name = cleanForMatch(display);
		if (m.scope && name.startsWith(m.scope)) name = name.slice(m.scope.length).replace(/^的/, '');
		return { name, indicator: m.code, scope: m.scope };
	}
	return { name: display, indicator: 'other', scope: null };
}
