import Database from 'better-sqlite3';
const db = new Database('/tmp/national.db', { readonly: true });
const sets = []; const all = db.prepare("SELECT DISTINCT region_code FROM region_years WHERE commitments>0 AND region_code NOT LIKE '%00' ORDER BY region_code LIMIT 1000 OFFSET 500").pluck().all();
for (let i = 0; i < 100; i++) sets.push(all.slice(i * 10, i * 10 + 10));
const mk = (idx) => `SELECT c.id, c.source_quote, a.reason, o.source_quote, r.title FROM assessments a ${idx} JOIN commitments c ON c.id = a.commitment_id LEFT JOIN outcomes o ON o.id = a.outcome_id LEFT JOIN reports r ON r.id = o.source_report_id WHERE a.region_code IN (${'?,'.repeat(9)}?) AND a.indicator = ? AND a.year >= ? AND a.year <= ? ORDER BY a.year DESC, a.headline DESC, a.commitment_id`;
for (const idx of ['', 'INDEXED BY assessments_region_indicator_idx', '']) {
  const st = db.prepare(mk(idx));
  for (let r = 0; r < 2; r++) { const t = performance.now(); let n = 0; for (const s of sets) n += st.raw().all(...s, 'gdp', 2011, 2025).length; if (r) console.log(idx || 'planner', ((performance.now() - t) / 100).toFixed(2), 'ms', n / 100); }
}
