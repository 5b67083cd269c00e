/** Chinese labels for the words the data uses, shared by every page. */
export const REPORT_KIND_NAMES = {
	plan_report: '计划执行情况及计划草案报告',
	work_report: '政府工作报告',
	statistical_bulletin: '统计公报',
	other: '其他'
} as const;

export const ROLE_NAMES = { admin: '管理员', editor: '编辑', viewer: '查看者' } as const;

export const LEVEL_NAMES = { province: '省级', prefecture: '地级', county: '县级' } as const;

export const METRIC_NAMES = {
	growth: '增速',
	level: '总量',
	rate: '比率',
	change_pp: '变化（百分点）',
	relative: '相对目标',
	qualitative: '定性'
} as const;

export const BINDING_NAMES = { expected: '预期性', binding: '约束性' } as const;

export const STATUS_NAMES = {
	met: '达成',
	exceeded: '超额达成',
	missed: '未达成',
	pending: '待定',
	unassessable: '无法判断'
} as const;
