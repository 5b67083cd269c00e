import { resolve } from 'node:path';
import type { Db } from '../db';
import { users } from '../db/schema';
import { seedFromDirectory } from '../seed';
import { ITEM_FIELDS, META_FIELDS, type ReviewModel } from './model';

/** The form a browser posts for this review, untouched: what the editor sees, accepted as proposed. */
export function formOfReview(review: ReviewModel): FormData {
	const form = new FormData();
	form.set('text', review.text.replace(/\n/g, '\r\n'));
	for (const f of META_FIELDS) form.set(f, review.meta[f]);
	form.set('regionCode', review.regionCode);
	for (const item of review.items) {
		form.append('item', item.id);
		if (item.accept) form.set(`${item.id}.accept`, 'true');
		if (item.matches.length) form.set(`${item.id}.matched`, 'true');
		for (const f of ITEM_FIELDS) {
			if (f === 'headline' && item.values.headline !== 'true') continue;
			form.set(`${item.id}.${f}`, item.values[f]);
		}
	}
	return form;
}

/**
 * The five seed reports (not the later bulletins, so that 昭化区 2023 still waits for its
 * results) with their commitments and outcomes, and an editor to act as.
 */
export function seedWithEditor(db: Db): number {
	seedFromDirectory(db, resolve('seeds'), (file) => /^\d{6}-\d{4}\.txt$/.test(file));
	return db
		.insert(users)
		.values({ username: 'editor1', passwordHash: 'unused', role: 'editor' })
		.returning()
		.get().id;
}

export const WUHUA_2025 = `2025年昆明市五华区人民政府工作报告

——2025年1月8日在五华区第十八届人民代表大会第五次会议上

一、2024年工作回顾

预计全年地区生产总值增长4.5%，规模以上工业增加值增长6.2%，一般公共预算收入完成52.3亿元、增长2.4%，城镇新增就业1.2万人。

二、2025年工作安排

2025年经济社会发展的主要预期目标是：地区生产总值增长5%左右；规模以上工业增加值增长7%；一般公共预算收入增长3%；城镇新增就业1.3万人以上；城镇调查失业率控制在5.5%以内。
`;

export const ZHAOHUA_BULLETIN_2023 = `广元市昭化区2023年国民经济和社会发展统计公报

广元市昭化区统计局
2024年4月10日

初步核算，2023年全区地区生产总值87.9亿元，按可比价格计算，比上年增长6.0%。其中，第一产业增加值19.6亿元，增长4.1%。
`;

/** Last year's results (matching 昭化区's stored 2023 targets) and this year's target. */
export const ZHAOHUA_WORK_REPORT_2024 = `2024年广元市昭化区人民政府工作报告

一、2023年工作回顾

预计全年地区生产总值增长9%，规模以上工业增加值增长10%。

二、2024年主要目标

地区生产总值增长7%左右。
`;
