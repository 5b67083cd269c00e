/** Names as written before a figure: filler words, the catalogue reading, generic names. */
import { cleanForMatch, matchIndicator } from './indicators';

export type Resolved = {
	name: string;
	indicator: string;
	scope: string | null;
	/** the name is read as another indicator (see IndicatorMatch.note) */
	note?: string;
};

/** list marks before a clause: ——, 1., （1）, ①, 一是 */
export const LIST_PREFIX =
	/^(?:[\s—\-–•·●○]+|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]+是)+/;
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
	return (
		GENERIC_NAME.test(n) || n.replace(ACTION_WORDS, '').replace(/[^\u4e00-\u9fff]/g, '').length < 2
	);
}

/** last characters of 预期目标, 目标任务, 目标值, 计划数, 预期, 计划 */
const TARGET_END = new Set(['标', '务', '值', '数', '期', '划']);
export const RUN_IN_LABEL =
	/^(?:国民经济|综合|人口|就业|物价|价格|农业|粮食|畜牧|工业|建筑业|投资|固定资产投资|消费|国内贸易|对外经济|财政|金融|人民生活|居民收入)(?=.{3})/;

/**
 * The reporting region's own name and its stem (荔城区, 荔城) at the head of a name: names opened
 * by it (荔城地区生产总值) are the region's indicators. Null without a region.
 */
export function placeHeadOf(region: string | null): RegExp | null {
	if (!region || region.length < 2) return null;
	const stem = region.replace(/(?:自治县|自治旗|县|区|市|旗)$/, '');
	const names = stem.length >= 2 && stem !== region ? [region, stem] : [region];
	return new RegExp(`^(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
}

/**
 * Whether `s` starts or ends with one of `chars`: a test that costs nothing before a pattern that
 * trims both ends (whose end-anchored half is tried at every position).
 */
export function opensOrClosesWith(s: string, chars: string): boolean {
	return s.length > 0 && (chars.includes(s.charAt(0)) || chars.includes(s.charAt(s.length - 1)));
}

/** The display name, catalogue code and scope of a name as written (`place`: see placeHeadOf). */
export function resolveName(raw: string, place: RegExp | null = null): Resolved {
	const unquoted = opensOrClosesWith(raw, `“”"'‘’`) ? raw.replace(/^[“"'‘]+|[”"'’]+$/g, '') : raw;
	let display = unquoted.replace(LEAD_FILLER, '') || raw;
	let m = matchIndicator(display);
	// 荔城地区生产总值, 特克斯县全年实现地区生产总值: the region's own indicator
	if (!m && place?.test(display)) {
		const own = display.replace(place, '').replace(LEAD_FILLER, '');
		const hit = own ? matchIndicator(own) : null;
		if (hit) {
			display = own;
			m = hit;
		}
	}
	if (!m && /实现|完成|达/.test(display)) {
		const inner = display.replace(/(?<=.)(?:实现|完成|达到|达)(?=.)/g, '');
		if (inner !== display) m = matchIndicator(inner);
	}
	// （一）…经济实力稳步增强全年地区生产总值完成…: a heading run into the sentence before 全年/全县
	if (!m && /全|年内/.test(display)) {
		const run = /^.{2,}(?:全年|全县|全区|全市|全省|年内)(?=.{2})/.exec(display);
		const rest = run ? display.slice(run[0].length).replace(LEAD_FILLER, '') : '';
		const hit = rest ? matchIndicator(rest) : null;
		if (hit) {
			display = rest;
			m = hit;
		}
	}
	// 国民经济全年实现地区生产总值(GDP)…: a bulletin's run-in section label before the indicator
	if (!m && RUN_IN_LABEL.test(display)) {
		const rest = display.replace(RUN_IN_LABEL, '').replace(LEAD_FILLER, '');
		const hit = rest ? matchIndicator(rest) : null;
		if (hit) {
			display = rest;
			m = hit;
		}
	}
	// 地区生产总值预期目标(增长6.5%), 固定资产投资计划(完成365亿元): the indicator's target
	if (!m && display.length > 3 && TARGET_END.has(display.charAt(display.length - 1))) {
		const bare = display.replace(
			/(?<=.{2})(?:全年|年度)?(?:预期目标|目标任务|目标值|计划数|预期|目标|计划)$/,
			''
		);
		if (bare !== display && (m = matchIndicator(bare))) display = bare;
	}
	if (m) {
		let name = cleanForMatch(display);
		if (m.scope && name.startsWith(m.scope)) name = name.slice(m.scope.length).replace(/^的/, '');
		return m.note
			? { name, indicator: m.code, scope: m.scope, note: m.note }
			: { name, indicator: m.code, scope: m.scope };
	}
	return { name: display, indicator: 'other', scope: null };
}
