/** Targets without a figure: 与经济增长同步 (relative) and 完成市下达任务 (qualitative). */
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
const QUAL_BY =
	'(?:完成|达到|控制在|实现|落实)(?:国家|省|市|州|县|区|上级|盟){0,3}(?:级|上|里)?(?:下达|确定|规定|分解)的?';
/** 节能减排约束性指标完成年度任务: the year's task, named before the verb */
const QUAL = new RegExp(
	`^(.{2,40}?)(?:${QUAL_BY}|(?:完成|实现)(?:年度|全年))(?:控制|减排|约束性)?(?:目标)?(?:任务|目标|指标)`
);
/** 完成上级下达的节能减排任务, 完成能耗强度降低和煤炭消费压减任务: the indicator named after the verb */
const QUAL_AFTER = new RegExp(
	`^(?:确保|全面)?(?:${QUAL_BY}|完成)([^，,；;。]{2,24}?)(?:目标)?(?:任务|目标|指标)$`
);
/** names that say nothing (完成各项目标任务, 完成全年任务) */
const NO_NAME = /^(?:各项|全年|年度|既定|全部|所有|各类|相关|上级|目标|任务|指标|工作)/;

/** A clause of a targets passage without a figure → its relative or qualitative items. */
export function parseClauseNoFigure(clause: string, place: RegExp | null = null): Measure[] {
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
	m = QUAL.exec(c) ?? QUAL_AFTER.exec(c);
	if (m) {
		const parts = m[1]!
			.replace(LEAD_FILLER, '')
			.split(/和|及|、|与/)
			.filter(
				(p) =>
					p.length >= 2 &&
					!/^(?:各项|年度|全年)?(?:目标|任务|指标|工作)/.test(p) &&
					!NO_NAME.test(p)
			);
		for (const p of parts)
			out.push(blank(resolveName(p, place), 'qualitative', '=', off, off + m[0].length, null));
	}
	return out;
}
