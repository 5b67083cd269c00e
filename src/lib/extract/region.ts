/** The reporting region named in a report's title or heading, and the parent it names. */
import { mostNamedCounty } from './places';

const SUFFIXES = [
	'自治区',
	'自治州',
	'自治县',
	'自治旗',
	'特别行政区',
	'地区',
	'林区',
	'特区',
	'新区',
	'省',
	'市',
	'州',
	'盟',
	'县',
	'区',
	'旗'
];
const LOWEST = /(?:自治县|自治旗|县|区|市|旗|特区|林区)$/;
/** words before a name: 关于…, 在…, 现将…, 印发/下达…, 向大会报告…, 第十八届… */
const NOISE_PREFIX = /^(?:.*?(?:关于|在|向|年|：|:|代表|我|本|现将|下达|印发|转发|批转|报告|届))+/;
/** a one-character county (叶县, 莒县): not a word that refers to a county (全县, 该县, 两县) */
const SINGLE_COUNTY =
	/^[^全该本我各每此其某一二三四五六七八九十两百千几多邻外附省市州区县乡镇村城]县$/;
const CJK_RUN_BEFORE = /[\u4e00-\u9fff]+$/;
const PROVINCE =
	/^(?:河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)(?:省|(?:壮族|回族|维吾尔)?自治区)?/;
/** words that refer to a region without naming it (全县地区…, 末全县…, 该区) */
const NOT_A_NAME = /^(?:[全该本我各每此其末底]|年末|年底)|全[县区市旗州]/;

/** Split a run of characters into administrative units (广元市昭化区 → 广元市, 昭化区), or null. */
export function splitUnits(run: string): string[] | null {
	const units: string[] = [];
	let rest = run;
	while (rest.length > 0) {
		let cut = -1;
		for (let i = 2; i <= Math.min(rest.length, 16) && cut < 0; i++) {
			for (const suf of SUFFIXES) {
				const start = i - suf.length;
				if (
					(start >= 2 || (start === 1 && SINGLE_COUNTY.test(rest.slice(0, i)))) &&
					rest.slice(start, i) === suf
				) {
					// 杭州市: a 州 directly before 市/县/区 belongs to the name
					cut = suf === '州' && /^[市县区]/.test(rest.slice(i)) ? i + 1 : i;
					break;
				}
			}
		}
		if (cut < 0) return null;
		units.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	return units.length ? units : null;
}

export interface RegionResult {
	region: string | null;
	parentRegion: string | null;
	/** the region was not written out but read from the place the text names most: the names it might be */
	guessed?: string[];
}

/** anchors in order of trust: a title, then the government, then an office */
const ANCHORS = [
	/(?:\d{4}年)?(?:度)?(?:国民经济和社会发展|政府工作报告|统计公报)/g,
	/(?:\d{4}年)?(?:人民政府|第[一二三四五六七八九十]+届\s*人民代表大会|人民代表大会)/g,
	/(?:发展和改革|统计局)/g
];

function fromRun(run: string): RegionResult | null {
	let r = run.replace(NOISE_PREFIX, '');
	// 山东巨野县: a province named without 省 before the county
	const p = PROVINCE.exec(r);
	if (
		p &&
		/^[\u4e00-\u9fff]{2,}(?:县|区|旗|市)$/.test(r.slice(p[0].length)) &&
		splitUnits(r.slice(p[0].length))?.length === 1
	)
		r = r.slice(p[0].length);
	for (let start = 0; start < r.length - 1; start++) {
		const units = splitUnits(r.slice(start));
		if (
			units &&
			(LOWEST.test(units[units.length - 1]!) || /(?:省|自治区)$/.test(units[units.length - 1]!))
		) {
			const region = units[units.length - 1]!;
			const parent = units.length >= 2 ? units[units.length - 2]! : null;
			if (region.length < 2 || NOT_A_NAME.test(region)) continue;
			return { region, parentRegion: parent };
		}
	}
	return null;
}

export function findRegion(text: string): RegionResult {
	const head = text.slice(0, 3000);
	for (const re of ANCHORS) {
		for (const m of head.matchAll(re)) {
			const before = head.slice(Math.max(0, m.index - 30), m.index);
			const run = CJK_RUN_BEFORE.exec(before);
			if (!run) continue;
			// 2019年1月29日保定市徐水区…: the 日 of a date is not the start of a name
			const dated = /\d$/.test(before.slice(0, run.index)) && /^[日月]/.test(run[0]);
			const res = fromRun(dated ? run[0].slice(1) : run[0]);
			if (res) return res;
		}
	}
	// 2019—2023年昭化区地区生产总值, 来源:广元市昭化区发展和改革局
	for (const m of head.matchAll(/(?:\d{4}年|来源[:：])([\u4e00-\u9fff]{2,20})/g)) {
		const s = m[1]!.replace(NOISE_PREFIX, '');
		for (let e = s.length; e >= 2; e--) {
			const units = splitUnits(s.slice(0, e));
			if (
				units &&
				LOWEST.test(units[units.length - 1]!) &&
				!NOT_A_NAME.test(units[units.length - 1]!)
			) {
				return {
					region: units[units.length - 1]!,
					parentRegion: units.length >= 2 ? units[units.length - 2]! : null
				};
			}
		}
	}
	// a text without title, session line or signature: the county it names most
	const county = mostNamedCounty(text);
	if (county)
		return { region: county.region, parentRegion: county.parentRegion, guessed: county.candidates };
	return { region: null, parentRegion: null };
}
