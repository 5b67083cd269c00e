import { cleanText } from '../text-files';
import { ITEM_FIELDS, META_FIELDS, type ItemDraft, type ReviewDraft } from './model';

const field = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
};

/** The review form as posted; missing fields read as empty, unchecked boxes as false. */
export function readReviewForm(form: FormData): ReviewDraft {
	const ids = [
		...new Set(
			form
				.getAll('item')
				.filter((v): v is string => typeof v === 'string' && /^[to]\d{1,4}$/.test(v))
		)
	];
	const items: ItemDraft[] = ids.map((id) => {
		const values = Object.fromEntries(
			ITEM_FIELDS.map((f) => [f, field(form, `${id}.${f}`)])
		) as ItemDraft['values'];
		values.headline = values.headline === 'true' ? 'true' : 'false';
		values.estimated = values.estimated === 'true' ? 'true' : 'false';
		return {
			id,
			kind: id.startsWith('t') ? 'target' : 'outcome',
			accept: field(form, `${id}.accept`) === 'true',
			values
		};
	});
	const meta = Object.fromEntries(
		META_FIELDS.map((f) => [f, field(form, f)])
	) as ReviewDraft['meta'];
	const regionCode = field(form, 'regionOther').trim() || field(form, 'regionCode').trim();
	return { text: cleanText(field(form, 'text')), meta, regionCode, items };
}

/** With "accept the matching items", those the editor saw as matching are accepted too. */
export function acceptShownMatches(draft: ReviewDraft, form: FormData): void {
	for (const item of draft.items)
		if (field(form, `${item.id}.matched`) === 'true') item.accept = true;
}
