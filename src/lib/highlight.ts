export interface Highlight {
	start: number;
	end: number;
	kind: 'target' | 'outcome';
	label: string;
}

export interface Segment {
	text: string;
	start: number;
	/** the highlights covering this piece; empty for plain text */
	marks: Highlight[];
	/** highlights that begin exactly here, for anchors */
	starts: Highlight[];
}

/**
 * Cuts a text into pieces at every highlight boundary, so overlapping quotes (a level inside
 * the clause that also gives its growth) can each be marked.
 */
export function segment(text: string, highlights: Highlight[]): Segment[] {
	const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
	const cuts = new Set([0, text.length]);
	for (const h of valid) cuts.add(h.start).add(h.end);
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i]!;
		const end = points[i + 1]!;
		segments.push({
			text: text.slice(start, end),
			start,
			marks: valid.filter((h) => h.start <= start && h.end >= end),
			starts: valid.filter((h) => h.start === start)
		});
	}
	return segments;
}
