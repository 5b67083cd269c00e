import { describe, it, expect } from 'vitest';
import { extract } from './index';
import { docOf } from './doc';
import { detectMeta, findParts, nextTrigger } from './sections';
import { findHeadline, findTasks } from './targets';
import { findOutcomes } from './outcomes';

const report = (region: string, body: string) => `${region}2025年政府工作报告
——2025年1月9日在${region}第十届人民代表大会第四次会议上
一、2024年工作回顾
过去一年，${body}
二、2025年工作安排
今年全县经济社会发展的主要预期目标是：
1.地区生产总值增长6%左右；
2.规模以上工业增加值增长8%以上；
3.一般公共预算收入增长3%。
重点抓好以下工作：新建农村公路120公里。`;

// 荔城地区生产总值 is 荔城区's own indicator; in a report of 青禾县 it is another region's figure
const A = report('荔城区', '荔城地区生产总值增长5.2%，社会消费品零售总额增长4.8%。');
const B = report('青禾县', '荔城地区生产总值增长7.1%，青禾地区生产总值增长3.3%。');

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('two extractions cannot see each other', () => {
	it('reads a region’s own indicators only in its own report, whatever was read before', () => {
		const aAlone = plain(extract(A));
		const bAlone = plain(extract(B));
		expect(aAlone.outcomes.map((o: { value: number }) => o.value)).toEqual([5.2, 4.8]);
		expect(bAlone.outcomes.map((o: { value: number }) => o.value)).toEqual([3.3]);
		// one after the other, in both orders and repeated
		for (const order of [
			[A, B, A],
			[B, A, B]
		])
			for (const text of order) expect(plain(extract(text))).toEqual(text === A ? aAlone : bAlone);
	});

	it('gives the same readings when the steps of two texts are interleaved', () => {
		const steps = (text: string, region: string) => {
			const doc = docOf(text, region);
			return {
				meta: () => detectMeta(doc),
				parts: (m: ReturnType<typeof detectMeta>) => findParts(doc, m),
				trigger: () => nextTrigger(doc, 0),
				headline: (p: ReturnType<typeof findParts>) => findHeadline(doc, p.planStart!, p.planEnd),
				tasks: (p: ReturnType<typeof findParts>) => findTasks(doc, p, 2025, null),
				outcomes: (p: ReturnType<typeof findParts>) =>
					findOutcomes(doc, p.reviewStart, p.reviewEnd, 2024)
			};
		};
		const run = (s: ReturnType<typeof steps>) => {
			const m = s.meta();
			const p = s.parts(m);
			return [m, p, s.trigger(), s.headline(p), s.tasks(p), s.outcomes(p)];
		};
		const a = steps(A, '荔城区');
		const b = steps(B, '青禾县');
		const aAlone = plain(run(steps(A, '荔城区')));
		const bAlone = plain(run(steps(B, '青禾县')));
		const ma = a.meta();
		const mb = b.meta();
		const pa = a.parts(ma);
		const pb = b.parts(mb);
		const ta = a.trigger();
		const tb = b.trigger();
		const hb = b.headline(pb);
		const ha = a.headline(pa);
		const oa = a.outcomes(pa);
		const ob = b.outcomes(pb);
		const kb = b.tasks(pb);
		const ka = a.tasks(pa);
		expect(plain([ma, pa, ta, ha, ka, oa])).toEqual(aAlone);
		expect(plain([mb, pb, tb, hb, kb, ob])).toEqual(bAlone);
	});
});
