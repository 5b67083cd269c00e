/**
 * Names that stand for several indicators at once, read with 分别 and a list of figures:
 * 城乡居民人均可支配收入, 城镇、农村居民人均可支配收入, 城镇和农村常住居民…, 存、贷款余额,
 * 一、二、三产业增加值, 粮食播种面积和产量. Returns the names in the order the figures follow.
 */
import { cleanForMatch, matchIndicator, subjectOf } from './indicators';

const JOINER = /、|以及|和|与|及|同/;
const JOINER_ALL = /、|以及|和|与|及|同/g;

/** words whose counterpart may stand alone after 和 (收入和支出) */
const COUNTERPART: Record<string, string> = {
	收入: '支出',
	支出: '收入',
	进口: '出口',
	出口: '进口',
	存款: '贷款',
	贷款: '存款'
};

export function expandPluralName(name: string): string[] | null {
	return expand(cleanForMatch(name));
}

function expand(s: string): string[] | null {
	let m = /^城乡(常住)?居民(?:人均)?(?:可支配)?收入$/.exec(s);
	if (m) {
		const c = m[1] ?? '';
		return [`城镇${c}居民人均可支配收入`, `农村${c}居民人均可支配收入`];
	}
	m =
		/^(?:银行业金融机构|金融机构|银行机构)?(?:本外币|人民币)?(?:各项|各类)?(?:年末|月末)?存贷款余额$/.exec(
			s
		);
	if (m) return ['金融机构存款余额', '金融机构贷款余额'];
	if (/^(第?一、?二、?三|一二三)(次)?产业?(增加值)?$/.test(s))
		return ['第一产业增加值', '第二产业增加值', '第三产业增加值'];
	if (/^(第?二、?三|二三)产业?(增加值)?$/.test(s)) return ['第二产业增加值', '第三产业增加值'];
	if (/^城乡(常住)?居民人均(生活)?消费支出$/.test(s))
		return ['城镇居民人均消费支出', '农村居民人均消费支出'];
	if (!JOINER.test(s)) return null;
	return splitList(s);
}

/**
 * A list of parallel names: heads sharing the tail of the last name (城镇、农村居民人均可支配收入),
 * full names (规上工业增加值和固定资产投资), or a full name and bare names sharing its subject
 * (粮食播种面积和产量). Null unless every part reads as a name.
 */
function splitList(s: string): string[] | null {
	const parts = s.split(JOINER_ALL);
	if (parts.length < 2 || parts.some((p) => p.length === 0)) return null;
	const last = parts[parts.length - 1]!;
	const firstCode = matchIndicator(parts[0]!)?.code;
	const out: string[] = [];
	let coded = 0;
	let heads = 0;
	for (let i = 0; i < parts.length; i++) {
		const p = parts[i]!;
		if (matchIndicator(p)) {
			out.push(p);
			coded++;
			continue;
		}
		if (i < parts.length - 1) {
			// a head completed by the tail of the last name: 城镇 + 居民人均可支配收入
			const cand = completeHead(p, last);
			if (cand) {
				out.push(cand);
				coded++;
				continue;
			}
			// parallel heads of equal form: the tail after a head as long as this one
			if (p.length <= 3 && last.length > p.length + 1) {
				out.push(p + last.slice(p.length));
				heads++;
				continue;
			}
		} else {
			// a bare last name sharing the subject of the first: 粮食播种面积和产量, 规上工业产值和增加值
			const subj = firstCode ? subjectOf(firstCode) : null;
			if (subj && matchIndicator(subj + p)) {
				out.push(subj + p);
				coded++;
				continue;
			}
			const completed = firstCode && p.length <= 4 ? completeWithHead(parts[0]!, p) : null;
			if (completed) {
				out.push(completed);
				coded++;
				continue;
			}
			// the counterpart of the first name's last word: 一般公共预算收入和支出
			const first = parts[0]!;
			if (parts.length === 2 && firstCode && COUNTERPART[first.slice(-2)] === p) {
				out.push(first.slice(0, -2) + p);
				continue;
			}
		}
		// a full name of its own (城镇登记失业率、居民消费价格涨幅和人口自然增长率)
		if (p.length >= 4) {
			out.push(p);
			continue;
		}
		return null;
	}
	// names that are all uncatalogued full names may be one name with 和 inside
	return coded > 0 || heads > 0 ? out : null;
}

function completeHead(head: string, last: string): string | null {
	for (let k = 1; k < last.length - 1; k++) {
		const cand = head + last.slice(k);
		if (matchIndicator(cand)) return cand;
	}
	return null;
}

/** 规上工业产值 and 增加值 → 规上工业增加值: the head of the first name completed by a bare last one. */
function completeWithHead(first: string, bare: string): string | null {
	for (let k = first.length - 1; k >= 2; k--) {
		const cand = first.slice(0, k) + bare;
		if (matchIndicator(cand)) return cand;
	}
	return null;
}
