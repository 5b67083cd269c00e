import type { IssueCode } from './issues';

/** What a message may name: the field, what was typed, what was expected, a limit. */
export interface Detail {
	field: string;
	input: string;
	expected: string | null;
	limit?: unknown;
}

/** The words for a field, by the last part of its name (`t0.unit` is a `unit`). */
const LABELS: Record<string, string> = {
	indicator: '指标',
	name: '名称',
	scope: '范围',
	metric: '指标类型',
	comparator: '比较方式',
	value: '数值',
	stretch: '力争值',
	unit: '单位',
	year: '年份',
	kind: '预计数或最终数',
	bound: '界限',
	sourceUrl: '网址',
	sourceQuote: '原文摘录',
	quote: '原文摘录',
	sourceDate: '出处日期',
	note: '备注',
	title: '报告标题',
	date: '发布日期',
	reason: '理由',
	status: '判断',
	binding: '性质'
};

const baseOf = (field: string) => field.slice(field.lastIndexOf('.') + 1);
const labelOf = (field: string) => LABELS[baseOf(field)] ?? '这一项';

/** Messages that read better in a field's own words. */
const BY_FIELD: Partial<Record<IssueCode, Record<string, string>>> = {
	required: {
		indicator: '请选择指标',
		sourceQuote: '请摘录出处中给出这个数字的原文',
		sourceUrl: '请填写出处网址',
		relativeTo: '相对目标须选择参照指标',
		quote: '原文摘录缺失，请重新导入',
		regionCode: '请选择地区，或输入 6 位地区代码',
		reason: '请写明判断的理由（至少 4 个字）',
		text: '报告原文丢失，请重新导入'
	},
	too_long: { text: '报告原文超过 5 MB' },
	too_short: { reason: '请写明判断的理由（至少 4 个字）' },
	metric_without_figure: { value: '定性目标没有数值，请作出判断' },
	not_a_choice: {
		kind: '请选择预计数或最终数',
		metric: '请选择指标类型',
		comparator: '请选择比较方式',
		bound: '界限只能是“≤”或“≥”',
		status: '请选择达成或未达成',
		binding: '性质只能是预期性或约束性'
	}
};

const UNIT_MISMATCH: Record<string, string> = {
	'%': '增速须以 % 表示',
	rate: '比率须以 % 或 ‰ 表示',
	pp: '百分点变化须以“个百分点”表示',
	level: '总量不能以 % 或百分点表示，请改选增速、比率或百分点变化'
};

type Words = (d: Detail) => string;

/** The Chinese message of a code for a field: clear, and short enough to sit beside it. */
export const messageOf = (code: IssueCode, d: Detail): string =>
	BY_FIELD[code]?.[baseOf(d.field)] ?? MESSAGES[code](d);

const MESSAGES: Record<IssueCode, Words> = {
	required: (d) => `请填写${labelOf(d.field)}`,
	not_a_choice: (d) => `请从列表中选择${labelOf(d.field)}`,
	too_long: (d) =>
		`${labelOf(d.field)}不超过 ${String(d.limit)} 个${/url$/i.test(d.field) ? '字符' : '字'}`,
	too_short: (d) => `${labelOf(d.field)}至少 ${String(d.limit)} 个字`,
	not_a_number: (d) => `“${d.input}”不是数字`,
	bad_separator: (d) => `“${d.input}”的逗号位置不对：只能每三位一个，如 1,262,635`,
	too_many_digits: (d) => `“${d.input}”超过 15 位有效数字，无法精确保存`,
	out_of_range: (d) => `${labelOf(d.field)}超出合理范围：${d.expected ?? ''}`,
	not_a_year: () => '年份须为 4 位数字，如 2025',
	year_out_of_range: (d) => `${d.input}年不在合理范围内`,
	future_year: (d) => `${d.input}年尚未到来，不能记录实际数据`,
	not_a_date: () => '日期格式为 2025-01-08',
	future_date: (d) => `${labelOf(d.field)}不能在未来`,
	not_a_url: () => '网址须以 http:// 或 https:// 开头',
	unknown_indicator: (d) => `未知的指标“${d.input}”`,
	unknown_region: (d) => `没有代码为 ${d.input} 的地区`,
	not_a_region_code: (d) => `地区代码是 6 位数字，“${d.input}”不是`,
	metric_without_figure: () => '实际数据只能是增速、总量、比率或百分点变化',
	unit_mismatch: (d) => UNIT_MISMATCH[d.expected ?? 'level'] ?? UNIT_MISMATCH.level!,
	unit_incomparable: (d) => `单位“${d.input}”无法与目标单位“${d.expected ?? ''}”比较`,
	source_missing: () => '请注明出处：选择报告或填写网址',
	unknown_report: () => '请选择一份已保存的报告',
	quote_not_in_report: () => '这段原文不在所选报告中',
	quote_without_figure: (d) => `原文摘录中没有 ${d.expected ?? ''} 这个数`,
	quote_moved: () => '原文位置与摘录不符，请重新导入',
	bad_span: () => '原文位置无效，请重新导入',
	not_judgeable: () => '只有定性目标或无法判断的目标才能人工判断',
	field_count: (d) => `这一行的值与表头的列数不同${d.expected ? `（${d.expected}）` : ''}`,
	duplicate_row: (d) => `与第 ${d.expected ?? '?'} 行重复`,
	too_many_scopes: () => '同一统计的范围（scope）种类过多，请检查 scope 列是否填错',
	last_admin: () => '至少要保留一名可用的管理员',
	own_account: () => '不能停用自己的账号，也不能撤销自己的管理员角色',
	unknown_user: () => '没有这个用户',
	changed_meanwhile: () => '在你编辑期间，这个目标已被修改（见上方），请核对后再保存'
};
