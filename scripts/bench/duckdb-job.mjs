// The yardstick: the same job as `cchc score -f csv`, as one DuckDB SQL query built from the
// criteria JSON (leaf rules as CASE expressions; the survey read, unpivoted, weighted, averaged
// per unit, leaf and group, combined by group shares). Floating point, no diagnostics: a
// baseline for speed, not a second implementation of the contract.
//   node scripts/bench/duckdb-job.mjs <criteria.json> <scores.csv> <survey.csv> <out.csv>
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { leavesOf } from './make-data.mjs';

const [criteriaPath, scoresPath, surveyPath, outPath] = process.argv.slice(2);
const criteria = JSON.parse(readFileSync(criteriaPath, 'utf8').replace(/^\ufeff/, ''));
const leaves = leavesOf(criteria);
const str = (s) => `'${String(s).replace(/'/g, "''")}'`;
const id = (s) => `"${String(s).replace(/"/g, '""')}"`;
const num = (col) => `TRY_CAST(replace(${col}, '%', '') AS DOUBLE)`;
const NA = ['-', 'n/a', 'na', 'kad', 'không áp dụng'];
const YES = ['có', 'co', 'đạt', 'x', 'yes', '1'];

/** Points and applicable max of an appraisal leaf, as SQL over the scores table `s`. */
function leafSql(leaf) {
  const col = `s.${id(leaf.code)}`;
  // list_contains, not IN: DuckDB plans a long IN list as a join per leaf.
  const isNa = `list_contains([${NA.map(str).join(', ')}], lower(trim(${col})))`;
  const { rule, max } = leaf;
  let pts;
  switch (rule.type) {
    case 'yesno':
      pts = `CASE WHEN list_contains([${YES.map(str).join(', ')}], lower(trim(${col}))) THEN ${max} ELSE 0 END`;
      break;
    case 'steps':
      pts = `CASE ${rule.steps.map((st) => `WHEN ${num(col)} >= ${st.min} THEN ${st.points}`).join(' ')} ELSE 0 END`;
      break;
    case 'proportional':
      pts = `least(${max}, greatest(0, ${max} * ${num(col)} / ${rule.of ?? 100}))`;
      break;
    case 'deduction':
      pts = `greatest(${rule.floor ?? 0}, ${max} - ${rule.per} * ${num(col)})`;
      break;
    case 'levels':
      pts = `CASE ${Object.entries(rule.levels).map(([k, v]) => `WHEN lower(trim(${col})) = ${str(k.toLowerCase())} THEN ${v}`).join(' ')} ELSE 0 END`;
      break;
    default:
      pts = num(col);
  }
  const naPts = leaf.whenNotApplicable === 'full' ? max : 0;
  const naMax = leaf.whenNotApplicable === 'exclude' ? 0 : max;
  return { pts: `CASE WHEN ${isNa} THEN ${naPts} ELSE ${pts} END`, max: `CASE WHEN ${isNa} THEN ${naMax} ELSE ${max} END` };
}

const survey = criteria.survey;
const surveyLeaves = leaves.filter((l) => l.source === 'survey');
const appraisal = leaves.filter((l) => l.source === 'appraisal');
const questions = Object.keys(survey.questions);
const groups = survey.groups ?? {};
const values = (rows) => rows.map((r) => `(${r.join(', ')})`).join(', ');

const sql = `
CREATE TEMP TABLE weights AS SELECT * FROM (VALUES ${values(Object.entries(survey.answers).map(([a, w]) => [str(a.toLowerCase()), w]))}) t(answer, weight);
CREATE TEMP TABLE qmap AS SELECT * FROM (VALUES ${values(Object.entries(survey.questions).map(([q, c]) => [str(q), str(c)]))}) t(q, leaf);
CREATE TEMP TABLE shares AS SELECT * FROM (VALUES ${values(Object.entries(groups).map(([g, s]) => [str(g.toLowerCase()), s]))}) t(grp, share);
COPY (
WITH answers AS (
  UNPIVOT (SELECT unit, lower(trim("group")) AS grp, ${questions.map(id).join(', ')}
           FROM read_csv(${str(surveyPath)}, header = true, all_varchar = true))
  ON ${questions.map(id).join(', ')} INTO NAME q VALUE answer
), group_means AS (
  SELECT a.unit, m.leaf, a.grp, avg(w.weight) AS mean
  FROM answers a JOIN qmap m USING (q) JOIN weights w ON w.answer = lower(trim(a.answer))
  GROUP BY ALL
), leaf_means AS (
  SELECT g.unit, g.leaf, sum(s.share * g.mean) / sum(s.share) AS mean
  FROM group_means g JOIN shares s USING (grp) GROUP BY ALL
), survey_points AS (
  PIVOT leaf_means ON leaf IN (${surveyLeaves.map((l) => str(l.code)).join(', ')}) USING first(mean) GROUP BY unit
), leaf_points AS MATERIALIZED (
  SELECT s.unit, s.name, s."group",
    ${appraisal.map((l, i) => { const x = leafSql(l); return `${x.pts} AS p${i}, ${x.max} AS m${i}`; }).join(',\n    ')},
    ${surveyLeaves.map((l, i) => `${l.max} * coalesce(v.${id(l.code)}, 0) AS sp${i}`).join(', ')},
    least(coalesce(${num('s.bonus')}, 0), ${criteria.adjustments?.bonusMax ?? 0}) AS bonus,
    least(coalesce(${num('s.penalty')}, 0), ${criteria.adjustments?.penaltyMax ?? 0}) AS penalty
  FROM read_csv(${str(scoresPath)}, header = true, all_varchar = true) s LEFT JOIN survey_points v USING (unit)
), totals AS MATERIALIZED (
  SELECT *,
    ${appraisal.map((_, i) => `p${i}`).join(' + ')} AS appraisal,
    ${surveyLeaves.map((_, i) => `sp${i}`).join(' + ')} AS survey,
    ${appraisal.map((_, i) => `m${i}`).join(' + ')} + ${surveyLeaves.reduce((a, l) => a + l.max, 0)} AS max
  FROM leaf_points
), indexed AS MATERIALIZED (
  SELECT *, appraisal + survey + bonus - penalty AS total, (appraisal + survey + bonus - penalty) / max * 100 AS idx FROM totals
)
SELECT rank() OVER (ORDER BY round(idx, ${criteria.precision ?? 2}) DESC, round(appraisal, ${criteria.precision ?? 2}) DESC) AS rank,
  unit, name, "group", round(appraisal, 2) AS appraisal, round(survey, 2) AS survey, round(bonus, 2) AS bonus, round(penalty, 2) AS penalty,
  round(total, 2) AS total, round(max, 2) AS max, round(idx, 2) AS "index",
  CASE ${(criteria.bands ?? []).map((b) => `WHEN round(idx, 2) >= ${b.min} THEN ${str(b.label)}`).join(' ')} END AS band,
  ${criteria.fields.map((f) => {
    const parts = leaves.map((l, i) => [l, i]).filter(([l]) => l.field === f.code);
    const terms = parts.map(([l]) => (l.source === 'survey' ? `sp${surveyLeaves.indexOf(l)}` : `p${appraisal.indexOf(l)}`));
    return `round(${terms.join(' + ')}, 2) AS ${id(f.code)}`;
  }).join(', ')}
FROM indexed ORDER BY rank, unit
) TO ${str(outPath)} (HEADER, DELIMITER ',');
`;

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
await con.run(sql);
con.closeSync?.();
