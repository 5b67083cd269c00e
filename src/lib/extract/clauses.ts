/**
 * Targets without a figure, in a targets passage: 与经济增长同步 (relative), 完成市下达任务,
 * 保持稳定 / 只增不减 / 持续改善, 增速高于全省平均 (qualitative: compared with another region, not
 * another indicator). One item per indicator named.
 */
import { blank, type Measure } from './reading';
import { LEAD_FILLER, LIST_PREFIX, resolveName } from './names';
import { expandPluralName } from './lists';

const REL_TARGET =
	'(?:经济增长|经济发展|经济增速|GDP增长|GDP增速|地区生产总值增长|地区生产总值增速|生产总值增长)';
const REL_EQ = new RegExp(
	`^(.{2,30}?)(?:增长|增速)?(?:要|应|力争)?(?:与|和|同)(?:${REL_TARGET}(?:基本)?(?:保持)?|经济(?:发展)?(?:基本)?保持)(?:基本)?(?:同步|相适应|相协调|相匹配)`
);
const REL_GT = new RegExp(
	`^(.{2,30}?)(?:增长|增速)?(?:要|应|力争)?(?:高于|快于|超过|跑赢)${REL_TARGET}`
);
/** whose task it is: 市下达, 省定、市定, 省市, 国家, 市核, 核定 */
const AUTHORITY = '(?:国家|省|市|州|县|区|上级|盟)';
const ASSIGNED = `(?:${AUTHORITY}{1,3}(?:级|上|里)?(?:下达|确定|规定|分解|核定|定|核)?[、和与及]?)*(?:下达|确定|规定|分解|核定)?的?`;
const QUAL_BY = `(?:完成|达到|控制在|实现|落实)${ASSIGNED}`;
/** 节能减排约束性指标完成年度任务, 能耗及排放等约束指标完成市定任务: the task, named before the verb */
const QUAL = new RegExp(
	`^(.{2,40}?)(?:${QUAL_BY}|(?:完成|实现)(?:年度|全年))(?:控制|减排|约束性)?(?:目标)?(?:任务|目标|指标)`
);
/** 节能减排相关约束性指标达到核定标准, 达到市核标准: a standard set from above */
const QUAL_STANDARD = new RegExp(`^(.{2,40}?)达到${AUTHORITY}{0,3}核定?的?标准`);
/** 完成上级下达的节能减排任务, 按照国家要求完成节能减排降碳任务: the indicator named after the verb */
const QUAL_AFTER = new RegExp(
	`^(?:按照?${AUTHORITY}{0,3}(?:的)?要求)?(?:确保|全面)?(?:${QUAL_BY}|完成)([^，,；;。]{2,24}?)(?:目标)?(?:任务|目标|指标)$`
);
/** 确保完成市定任务 after a clause of names: the task of the indicators named before it */
const QUAL_BARE = new RegExp(
	`^(?:均|要|都)?(?:确保|全面|力争)?${QUAL_BY}(?:控制|减排|约束性)?(?:目标)?(?:任务|目标|指标)$`
);
/** 粮食产量保持稳定, 粮食产量只增不减, 生态环境质量持续改善, 外贸保持正增长, 农民收入稳步提高 */
const QUAL_STATE =
	/^(.{2,24}?)(?:增长|增速)?(?:要|应|力争|继续|总体)?(?:保持|实现)?(?:稳定|基本稳定|总体稳定|稳中有升|稳中有增|正增长|只增不减|稳步(?:提升|提高|增长|改善)|持续(?:改善|提升|提高|好转|增长)|明显(?:改善|提升|提高)|不断(?:提高|提升|改善)|进一步(?:提高|提升|改善))$/;
/** 增速高于全省平均水平, 税收收入、社会消费品零售总额增速均快于全省平均: compared with another region */
const QUAL_COMPARE =
	/^(.{2,30}?)(?:增长|增速|增幅)?(?:均|要|力争|继续)?(?:高于|快于|好于|超过|跑赢|不低于)(?:全国|全省|全市|全区|全州|省|市)(?:平均)?(?:水平)?(?:增速|增幅)?$/;
/** a name that measures something (粮食产量, 生态环境质量, 居民收入…): a state of it is a target */
const MEASURED =
	/(?:产量|质量|收入|增速|总量|水平|比重|率|面积|指数|规模|总额|增加值|产值|投资|消费|就业|人数|进出口|外贸|税收)$/;
/** names that say nothing (完成各项目标任务, 完成全年任务) */
const NO_NAME = /^(?:各项|全年|年度|既定|全部|所有|各类|相关|上级|目标|任务|指标|工作)/;
/** words of effort after a name (其他约束性指标确保完成…) */
const TRAILING = /(?:确保|力争|努力|要|均|都|全面|切实|争取|不折不扣|坚决|务必)+$/;

/** The names of a list (单位GDP能耗和二氧化碳排放下降率, 税收收入、社会消费品零售总额). */
function namesOf(raw: string): string[] {
	const name = raw.replace(LEAD_FILLER, '').replace(TRAILING, '');
	// 能耗及排放等约束性指标, 反映资源节约和环境质量的各项约束性指标: one group, not a list
	const group =
		/等[^、和及与]{0,6}(?:指标|任务|目标)$/.test(name) || /[和及与、][^和及与、]*的/.test(name);
	const parts = group ? [name] : name.split(/和|及|、|与|以及/);
	return parts.filter(
		(p) =>
			p.length >= 2 && !/^(?:各项|年度|全年)?(?:目标|任务|指标|工作)/.test(p) && !NO_NAME.test(p)
	);
}

/**
 * A clause of a targets passage without a figure → its relative or qualitative items. `before`:
 * the clause before it in the sentence, when that one only names indicators (实际利用外资、外贸进出口
 * 和其他约束性指标，确保完成市定任务).
 */
export function parseClauseNoFigure(
	clause: string,
	place: RegExp | null = null,
	before: string | null = null
): Measure[] {
	const out: Measure[] = [];
	const lp = LIST_PREFIX.exec(clause);
	const c = lp ? clause.slice(lp[0].length) : clause;
	const off = clause.length - c.length;
	let m = REL_EQ.exec(c) ?? REL_GT.exec(c);
	if (m) {
		const gt = !REL_EQ.test(c);
		const raw = m[1]!.replace(LEAD_FILLER, '');
		const names = (expandPluralName(raw) ?? [raw]).map((n) => resolveName(n, place));
		for (const r of names)
			out.push(blank(r, 'relative', gt ? '>' : '=', off, off + m[0].length, 'gdp'));
		return out;
	}
	// a state of something measured (粮食产量保持稳定), not of anything (经济结构持续优化)
	const states = (names: string[], end: number) => {
		for (const p of names) {
			const r = resolveName(p, place);
			if (r.indicator !== 'other' || MEASURED.test(r.name))
				out.push(blank(r, 'qualitative', '=', off, end, null));
		}
		return out;
	};
	if (before !== null && QUAL_BARE.test(c)) {
		const names = namesOf(before);
		for (const p of names)
			out.push(
				blank(resolveName(p, place), 'qualitative', '=', -before.length - 1, clause.length, null)
			);
		return out;
	}
	m = QUAL.exec(c) ?? QUAL_STANDARD.exec(c) ?? QUAL_AFTER.exec(c);
	if (m) {
		for (const p of namesOf(m[1]!))
			out.push(blank(resolveName(p, place), 'qualitative', '=', off, off + m[0].length, null));
		return out;
	}
	m = QUAL_STATE.exec(c) ?? QUAL_COMPARE.exec(c);
	if (m) return states(namesOf(m[1]!), off + m[0].length);
	return out;
}
