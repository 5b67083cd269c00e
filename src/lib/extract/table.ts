/**
 * A table of targets (and results) laid out one cell per line or tab-separated:
 * 序号 / 指标 / 属性 / 预期目标 / 完成. Yields headline targets of the table's year and, when
 * there is a results column, the outcomes of that year.
 */
import type { Binding, Comparator, Metric } from './types';
import { matchIndicator, cleanForMatch } from './indicators';

export interface TableRow {
	name: string;
	indicator: string;
	scope: string | null;
	/** see IndicatorMatch.note */
	note?: string;
	metric: Metric;
	unit: string | null;
	binding: Binding;
	target: { value: number | null; comparator: Comparator; end: number } | null;
	result: { value: number; bound: '<=' | '>=' | null; end: number } | null;
	/** a growth column beside a level target (2024年目标 亿元 | 增长%) */
	growthTarget: { value: number; comparator: Comparator; end: number } | null;
	start: number;
}

export interface Table {
	/** the year of the targets column (in its header, else the table's title) */
	year: number | null;
	/** the year of the results column, when its header names one (2023年预计完成 beside 2024年目标) */
	resultYear: number | null;
	/** the results column says 预计 */
	estimated: boolean;
	start: number;
	end: number;
	rows: TableRow[];
}

interface Cell {
	text: string;
	start: number;
	end: number;
}

function cellsOf(t: string, from: number, to: number): Cell[] {
	const out: Cell[] = [];
	const re = /[^\t\n|｜]+/g;
	re.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = re.exec(t)) && m.index < to) {
		// cells separated by two or more spaces on one line
		const parts = m[0].split(/ {2,}|\u3000+/);
		let off = m.index;
		for (const p of parts) {
			const idx = t.indexOf(p, off);
			const trimmed = p.trim();
			if (trimmed)
				out.push({
					text: trimmed,
					start: idx + p.indexOf(trimmed),
					end: idx + p.indexOf(trimmed) + trimmed.length
				});
			off = idx + p.length;
		}
	}
	return out;
}

const VALUE =
	/^([≥≤<>]|不低于|不高于|不超过)?\s*(-?\d+(?:\.\d+)?)\s*(%|个百分点)?\s*(以上|以下|以内|左右)?$/;
const QUALITATIVE =
	/^(?:确保)?(?:完成|达到|控制在|实现)(?:国家|省|市|州|县|区|上级|盟){0,3}(?:级|上)?(?:下达|确定|规定|分解)/;
const GROWTH_HEAD = /^(?:(?:19|20)\d{2}年)?(?:比上年|同比)?(?:增长|增速|增幅)/;
const HEADER_START = /^(?:序号|编号|指标(?:名称)?|主要(?:经济)?指标)$/;

export function findTables(t: string): Table[] {
	const tables: Table[] = [];
	const re = /(?:^|\n)[ \t|｜]*(?:序号|编号)[ \t]*(?=\n|\t| {2}|[|｜])/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(t))) {
		const start = m.index + (m[0].startsWith('\n') ? 1 : 0);
		const cells = cellsOf(t, start, Math.min(t.length, start + 6000));
		const table = parseCells(t, cells, start);
		if (table) {
			tables.push(table);
			re.lastIndex = table.end;
		}
	}
	return tables;
}

function parseCells(t: string, cells: Cell[], start: number): Table | null {
	// header: up to the cell "1"
	let h = 0;
	while (h < cells.length && h < 20 && cells[h]!.text !== '1') h++;
	if (h >= cells.length || h >= 20) return null;
	const header = cells
		.slice(0, h)
		.map((c) => c.text)
		.join('');
	if (!HEADER_START.test(cells[0]!.text)) return null;
	if (!/指标|项目|名称/.test(header)) return null;
	const tIdx = header.search(/目标|预期|计划/);
	const rIdx = header.search(/完成|实际|执行|实绩/);
	if (tIdx < 0) return null;
	const targetFirst = rIdx < 0 || tIdx < rIdx;
	const growth = /增幅|增长|增速|%/.test(header);
	// the year: in the header or the title line(s) just above
	const above = t.slice(Math.max(0, start - 120), start);
	const ym = /((?:19|20)\d{2})年/.exec(header) ?? /((?:19|20)\d{2})年[^\n]*\n?[^\n]*$/.exec(above);
	const tableYear = ym ? +ym[1]! : null;
	const heads = cells.slice(0, h);
	const yearOf = (c: Cell | undefined) => (c ? /((?:19|20)\d{2})年/.exec(c.text) : null);
	const tHead = heads.find((c) => /目标|预期(?!性)|计划/.test(c.text));
	const rHead = heads.find((c) => /完成|实际|执行|实绩/.test(c.text) && c !== tHead);
	const ty = yearOf(tHead);
	const ry = yearOf(rHead);
	const year = ty ? +ty[1]! : tableYear;
	const resultYear = ry ? +ry[1]! : null;
	const estimated = !!rHead && /预计|预估/.test(rHead.text);
	// a growth column after the targets: its figure is the target's growth
	const gHead =
		tHead && heads.indexOf(tHead) < heads.length - 1
			? heads.slice(heads.indexOf(tHead) + 1).find((c) => c !== rHead && GROWTH_HEAD.test(c.text))
			: undefined;
	const valueColumns = (rHead ? 1 : 0) + 1 + (gHead ? 1 : 0);
	const rows: TableRow[] = [];
	let i = h;
	let expect = 1;
	let end = cells[h]!.end;
	while (i < cells.length && cells[i]!.text === String(expect)) {
		let j = i + 1;
		const rowCells: Cell[] = [];
		while (j < cells.length && cells[j]!.text !== String(expect + 1)) {
			const c = cells[j]!;
			if (c.text.length > 30 || /[。，]/.test(c.text)) break;
			rowCells.push(c);
			j++;
		}
		if (rowCells.length === 0) break;
		const nameCell = rowCells.find(
			(c) =>
				/[\u4e00-\u9fff]/.test(c.text) && !VALUE.test(c.text) && !/^(预期性|约束性)$/.test(c.text)
		);
		if (!nameCell) break;
		const bindCell = rowCells.find((c) => /^(预期性|约束性)$/.test(c.text));
		const unitCell = rowCells.find(
			(c) =>
				c !== nameCell &&
				c !== bindCell &&
				/^(%|亿元|万元|元|万人|人|万吨|吨|万亩|亩|个百分点|万人次)$/.test(c.text)
		);
		const values = rowCells.filter((c) => VALUE.test(c.text));
		const tv = targetFirst ? values[0] : values[1];
		const rv = rIdx < 0 ? undefined : targetFirst ? values[1] : values[0];
		const unitInName = /[（(]([^）)]{1,6})[）)]\s*$/.exec(nameCell.text)?.[1] ?? null;
		const growthName = /(增速|增长率?|增幅)\s*(?:[（(][^）)]*[）)])?\s*$/.test(nameCell.text);
		const bareName = nameCell.text
			.replace(/\s*[（(][^）)]*[）)]\s*$/, '')
			.replace(/(增速|增长率?|增幅)$/, '');
		const match = matchIndicator(bareName);
		const indicator = match?.code ?? 'other';
		const pct =
			unitInName === '%' ||
			unitCell?.text === '%' ||
			values.some((v) => /%/.test(v.text)) ||
			(growth && !unitInName && !unitCell);
		let metric: Metric = 'level';
		let unit: string | null = unitCell?.text ?? unitInName;
		if (unit === '个百分点' || /百分点/.test(nameCell.text)) {
			metric = 'change_pp';
			unit = 'pp';
		} else if (growthName || (indicator === 'cpi' && pct)) {
			metric = 'growth';
			unit = '%';
		} else if (/率$/.test(cleanForMatch(bareName))) {
			metric = 'rate';
			unit = '%';
		} else if (pct) {
			metric = 'growth';
			unit = '%';
		}
		const parse = (c: Cell | undefined) => {
			if (!c) return null;
			const v = VALUE.exec(c.text)!;
			const neg = /下降|降低|减少/.test(nameCell.text) && metric === 'growth';
			let value = +v[2]!;
			if (neg && value > 0) value = -value;
			const word = v[1] ?? '';
			const suffix = v[4] ?? '';
			let cmp: Comparator = '=';
			if (suffix === '以上' || /≥|不低于/.test(word)) cmp = '>=';
			else if (suffix === '以下' || suffix === '以内' || /≤|不高于|不超过/.test(word)) cmp = '<=';
			else if (suffix === '左右') cmp = '~';
			else if (word === '>') cmp = '>';
			return { value, cmp, end: c.end };
		};
		const tp = parse(tv);
		const rp = parse(rv);
		const gv =
			gHead && metric === 'level' && values.length === valueColumns
				? values[valueColumns - 1]
				: undefined;
		const gp = gv ? VALUE.exec(gv.text)! : null;
		const growthTarget =
			gp && gv
				? {
						value: +gp[2]!,
						comparator: (gp[4] === '以上' ? '>=' : gp[4] === '左右' ? '~' : '=') as Comparator,
						end: gv.end
					}
				: null;
		// 完成市下达任务 in the target column: a target without a figure
		const qual = !tv ? rowCells.find((c) => c !== nameCell && QUALITATIVE.test(c.text)) : undefined;
		rows.push({
			name: bareName,
			indicator,
			scope: match?.scope ?? null,
			note: match?.note,
			metric: qual ? 'qualitative' : metric,
			unit: qual ? null : unit,
			binding: bindCell ? (bindCell.text === '约束性' ? 'binding' : 'expected') : null,
			target: tp
				? { value: tp.value, comparator: tp.cmp, end: tp.end }
				: qual
					? { value: null, comparator: '=', end: qual.end }
					: null,
			result: rp
				? {
						value: rp.value,
						bound: rp.cmp === '<=' ? '<=' : rp.cmp === '>=' ? '>=' : null,
						end: rp.end
					}
				: null,
			growthTarget,
			start: nameCell.start
		});
		end = rowCells[rowCells.length - 1]!.end;
		i = j;
		expect++;
	}
	if (rows.length < 2) return null;
	return { year, resultYear, estimated, start, end, rows };
}
