#!/usr/bin/env node
// Writes the synthetic Hương Sơn 2021 sample (samples/huong-son-2021/*.csv) for the bundled
// ha-tinh-xa 2021 set, then scores it independently of src/ and checks that the ranking agrees
// with the public report: Phố Châu, Sơn Kim 1, Sơn Kim 2, Sơn Trường, Sơn Ninh on top.
// Plain Node, no dependencies, deterministic (seeded mulberry32, one stream per purpose).
// Floating point is fine here: this is a generator and a sanity check, not the engine.
//
//   node scripts/make-sample.mjs            write the files and print the ranking
//   node scripts/make-sample.mjs --check    only compute and print, write nothing
//   node scripts/make-sample.mjs --check --md   print the ranking as a Markdown table (for samples/README.md)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 2021;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const set = JSON.parse(readFileSync(join(root, 'criteria/ha-tinh-xa-2021.json'), 'utf8'));
const outDir = join(root, 'samples/huong-son-2021');
const writeFiles = !process.argv.includes('--check');

// ---------- deterministic randomness ----------
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h;
}
/** An independent stream per label, so changing one part leaves the others' numbers alone. */
const stream = (label) => mulberry32(fnv1a(`${SEED}/${label}`));
/** Roughly standard normal (sum of four uniforms). */
const normal = (r) => (r() + r() + r() + r() - 2) * Math.sqrt(3);
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const quarter = (x) => Math.round(x * 4) / 4;
const oneDecimal = (x) => String(Math.round(x * 10) / 10);

// ---------- the criteria tree ----------
const leaves = [];
(function walk(nodes, source) {
  for (const n of nodes) {
    const src = n.source ?? source;
    if (n.children) walk(n.children, src);
    else leaves.push({ ...n, source: src, rule: n.rule ?? { type: 'points' } });
  }
})(set.fields, 'appraisal');
const appraisalLeaves = leaves.filter((l) => l.source === 'appraisal');
const surveyLeaves = leaves.filter((l) => l.source === 'survey');
const questions = Object.keys(set.survey.questions);
const groupNames = Object.keys(set.survey.groups);

// ---------- the 25 units of Hương Sơn (2021) ----------
// q: quality of the unit's work (drives appraisal cells), s: how respondents see it (survey).
// The first five are the report's top five, in its order.
const units = [
  ['PHOCHAU', 'Thị trấn Phố Châu', 0.975, 0.93],
  ['SONKIM1', 'Sơn Kim 1', 0.95, 0.905],
  ['SONKIM2', 'Sơn Kim 2', 0.925, 0.885],
  ['SONTRUONG', 'Sơn Trường', 0.9, 0.86],
  ['SONNINH', 'Sơn Ninh', 0.875, 0.84],
  ['TAYSON', 'Thị trấn Tây Sơn', 0.82, 0.78],
  ['SONTAY', 'Sơn Tây', 0.77, 0.726],
  ['SONHONG', 'Sơn Hồng', 0.79, 0.74],
  ['SONLINH', 'Sơn Lĩnh', 0.743, 0.693],
  ['SONGIANG', 'Sơn Giang', 0.8, 0.752],
  ['SONLAM', 'Sơn Lâm', 0.782, 0.732],
  ['SONHAM', 'Sơn Hàm', 0.815, 0.758],
  ['SONPHU', 'Sơn Phú', 0.776, 0.726],
  ['SONTRUNG', 'Sơn Trung', 0.756, 0.713],
  ['SONBANG', 'Sơn Bằng', 0.789, 0.745],
  ['SONCHAU', 'Sơn Châu', 0.808, 0.765],
  ['SONLONG', 'Sơn Long', 0.763, 0.719],
  ['SONHA', 'Sơn Hà', 0.795, 0.739],
  ['SONMY', 'Sơn Mỹ', 0.73, 0.68],
  ['SONTIEN', 'Sơn Tiến', 0.769, 0.732],
  ['SONLE', 'Sơn Lễ', 0.8, 0.745],
  ['ANHOATHINH', 'An Hòa Thịnh', 0.808, 0.752],
  ['KIMHOA', 'Kim Hoa', 0.75, 0.706],
  ['QUANGDIEM', 'Quang Diệm', 0.756, 0.7],
  ['TANMYHA', 'Tân Mỹ Hà', 0.815, 0.771],
].map(([unit, name, q, s]) => ({ unit, name, q, s, group: name.startsWith('Thị trấn') ? 'Thị trấn' : 'Xã' }));
const EXPECTED_TOP = ['PHOCHAU', 'SONKIM1', 'SONKIM2', 'SONTRUONG', 'SONNINH'];

// Share of units for which a leaf with whenNotApplicable is marked `-` (nothing arose / no such task).
const NOT_APPLICABLE_SHARE = { '2.1': 0.35, '3.4': 0.3, '3.5': 0.25, '4.3': 0.4, '5.1.2': 0.3 };

// ---------- appraisal cells ----------
function appraisalRow(u) {
  const r = stream(`appraisal/${u.unit}`);
  const frac = () => clamp(u.q + 0.1 * normal(r), 0, 1);
  const yes = () => (r() < Math.min(1, 0.2 + 0.82 * u.q) ? 'có' : 'không');
  const cells = {};
  for (const leaf of appraisalLeaves) {
    const naShare = NOT_APPLICABLE_SHARE[leaf.code];
    if (naShare !== undefined && r() < naShare) { cells[leaf.code] = '-'; continue; }
    switch (leaf.code) {
      case '3.2.1': // dossiers resolved on time
        cells[leaf.code] = r() < u.q ** 3 ? '100' : oneDecimal(clamp(100 - Math.abs(normal(r)) * (1.2 - u.q) * 15, 82, 99.9));
        continue;
      case '3.2.2': // apology letters: only when some dossier was late
        cells[leaf.code] = cells['3.2.1'] === '100' ? '-' : yes();
        continue;
      case '7.2.1': // dossiers received and resolved online
        cells[leaf.code] = oneDecimal(clamp(15 + 70 * (u.q - 0.6) + 10 * normal(r), 2, 95));
        continue;
      case '7.2.2': // online payment
        cells[leaf.code] = oneDecimal(clamp(10 + 60 * (u.q - 0.6) + 8 * normal(r), 0, 100));
        continue;
      case '1.2': // late or missing reports
        cells[leaf.code] = String(Math.floor(Math.abs(normal(r)) * (1 - u.q) * 4));
        continue;
      case '5.3': // breaches of administrative discipline
        cells[leaf.code] = String(r() < (1 - u.q) * 0.8 ? (r() < 0.2 ? 2 : 1) : 0);
        continue;
    }
    switch (leaf.rule.type) {
      case 'yesno': cells[leaf.code] = yes(); break;
      case 'levels': {
        const f = frac();
        cells[leaf.code] = f >= 0.92 ? 'Hoàn thành xuất sắc' : f >= 0.7 ? 'Hoàn thành tốt' : f >= 0.4 ? 'Hoàn thành' : 'Không hoàn thành';
        break;
      }
      case 'points': cells[leaf.code] = String(quarter(leaf.max * frac())); break;
      default: throw new Error(`no generator for ${leaf.code} (${leaf.rule.type})`);
    }
  }
  const bonus = clamp(quarter((u.q - 0.78) * 8 + 0.4 * normal(r)), 0, 2);
  const penalty = r() < 0.12 ? (r() < 0.5 ? 0.5 : 1) : 0;
  let note = '';
  if (penalty > 0) note = 'Trừ điểm: chậm thực hiện nhiệm vụ được giao';
  else if (r() < 0.12) note = 'Đã bổ sung hồ sơ kiểm chứng sau thẩm định lần 1';
  return { cells, bonus, penalty, note };
}

// The unit's own scores: the appraisal lowered some of them, so raise about a third back.
function selfAssessmentRow(u, appraised) {
  const r = stream(`self/${u.unit}`);
  const cells = { ...appraised.cells };
  for (const leaf of appraisalLeaves) {
    const v = cells[leaf.code];
    if (v === '-' || r() >= 0.35) continue;
    const type = leaf.rule.type;
    if (type === 'points') cells[leaf.code] = String(Math.min(leaf.max, Number(v) + 0.25 * (1 + Math.floor(r() * 3))));
    else if (type === 'yesno') cells[leaf.code] = 'có';
    else if (type === 'deduction') cells[leaf.code] = String(Math.max(0, Number(v) - 1));
    else if (type === 'levels') {
      const order = Object.entries(leaf.rule.levels).sort((a, b) => b[1] - a[1]).map(([k]) => k);
      cells[leaf.code] = order[Math.max(0, order.indexOf(v) - 1)];
    } else if (leaf.code === '3.2.1') cells[leaf.code] = '100';
    else cells[leaf.code] = oneDecimal(Math.min(100, Number(v) + 2 + r() * 8));
  }
  if (cells['3.2.1'] === '100') cells['3.2.2'] = '-';
  const bonus = Math.min(2, appraised.bonus + (r() < 0.4 ? 0.5 : 0));
  return { cells, bonus, penalty: 0, note: '' };
}

// ---------- survey forms ----------
const GROUP_OFFSET = { 'Đại biểu HĐND': 0.03, 'Lãnh đạo cơ quan, đơn vị': 0.05, 'Người dân, tổ chức': -0.02 };
function surveyForms(u) {
  const r = stream(`survey/${u.unit}`);
  const count = 20 + Math.floor(r() * 21);
  const hdnd = 4 + Math.floor(r() * 4);
  const leaders = 4 + Math.floor(r() * 4);
  const groups = Array.from({ length: count }, (_, i) => (i < hdnd ? groupNames[0] : i < hdnd + leaders ? groupNames[1] : groupNames[2]));
  for (let i = groups.length - 1; i > 0; i--) { // forms arrive mixed, not sorted by group
    const j = Math.floor(r() * (i + 1));
    [groups[i], groups[j]] = [groups[j], groups[i]];
  }
  return groups.map((group, i) => {
    const bias = 0.08 * normal(r) + (GROUP_OFFSET[group] ?? 0);
    const answers = questions.map(() => {
      const u0 = r();
      if (u0 < 0.025) return 'E';
      if (u0 < 0.04) return 'Không biết';
      if (u0 < 0.055) return '';
      const z = u.s + bias + 0.22 * normal(r);
      return z >= 0.78 ? 'A' : z >= 0.5 ? 'B' : z >= 0.25 ? 'C' : 'D';
    });
    return { unit: u.unit, respondent: `${u.unit}-${String(i + 1).padStart(2, '0')}`, group, answers };
  });
}

// ---------- scoring, following contract.md independently of src/ ----------
const NOT_APPLICABLE = new Set(['-', 'n/a', 'kad', 'không áp dụng']);
const YES = new Set(['có', 'đạt', 'x', 'yes', '1']);
const NO = new Set(['không', 'không đạt', '', 'no', '0']);

function leafPoints(leaf, raw) {
  const cell = raw.trim().normalize('NFC').toLowerCase();
  if (NOT_APPLICABLE.has(cell)) {
    if (leaf.whenNotApplicable === 'exclude') return { points: 0, max: 0 };
    if (leaf.whenNotApplicable === 'full') return { points: leaf.max, max: leaf.max };
    if (leaf.whenNotApplicable === 'zero') return { points: 0, max: leaf.max };
    throw new Error(`${leaf.code}: not applicable is not allowed`);
  }
  const rule = leaf.rule;
  const num = () => {
    const n = Number(cell.replace('%', '').replace(',', '.'));
    if (!Number.isFinite(n)) throw new Error(`${leaf.code}: not a number: ${raw}`);
    return n;
  };
  let points;
  switch (rule.type) {
    case 'points': points = num(); if (points < (rule.min ?? 0) || points > leaf.max) throw new Error(`${leaf.code}: ${raw} out of range`); break;
    case 'yesno': if (YES.has(cell)) points = leaf.max; else if (NO.has(cell)) points = 0; else throw new Error(`${leaf.code}: ${raw}`); break;
    case 'steps': { const v = num(); points = rule.steps.find((s) => v >= s.min)?.points ?? 0; break; }
    case 'proportional': points = clamp((leaf.max * num()) / (rule.of ?? 100), 0, leaf.max); break;
    case 'deduction': points = Math.max(rule.floor ?? 0, leaf.max - rule.per * num()); break;
    case 'levels': {
      const hit = Object.entries(rule.levels).find(([k]) => k.normalize('NFC').toLowerCase() === cell);
      if (!hit) throw new Error(`${leaf.code}: unknown level ${raw}`);
      points = hit[1];
      break;
    }
    default: throw new Error(`unknown rule ${rule.type}`);
  }
  return { points, max: leaf.max };
}

function surveyPoints(forms) {
  const weights = set.survey.answers;
  const ignore = new Set(set.survey.ignore.map((a) => a.normalize('NFC').toLowerCase()));
  let points = 0;
  let max = 0;
  for (const leaf of surveyLeaves) {
    const byGroup = new Map(); // group → [sum of weights, count]
    for (const form of forms) {
      questions.forEach((q, i) => {
        if (set.survey.questions[q] !== leaf.code) return;
        const a = form.answers[i].trim();
        if (a === '' || ignore.has(a.normalize('NFC').toLowerCase())) return;
        if (!(a in weights)) throw new Error(`unknown answer ${a}`);
        const acc = byGroup.get(form.group) ?? [0, 0];
        acc[0] += weights[a];
        acc[1] += 1;
        byGroup.set(form.group, acc);
      });
    }
    let share = 0;
    let mean = 0;
    for (const [g, [sum, n]] of byGroup) { share += set.survey.groups[g]; mean += set.survey.groups[g] * (sum / n); }
    max += leaf.max;
    if (share > 0) points += leaf.max * (mean / share); // whenNoAnswers "zero": nothing added
  }
  return { points, max };
}

function scoreUnit(row, forms) {
  let appraisal = 0;
  let max = 0;
  for (const leaf of appraisalLeaves) {
    const p = leafPoints(leaf, row.cells[leaf.code]);
    appraisal += p.points;
    max += p.max;
  }
  const survey = forms ? surveyPoints(forms) : { points: 0, max: 0 };
  const bonus = Math.min(row.bonus, set.adjustments.bonusMax);
  const penalty = Math.min(row.penalty, set.adjustments.penaltyMax);
  const total = appraisal + survey.points + bonus - penalty;
  const unitMax = max + survey.max;
  return { appraisal, survey: survey.points, bonus, penalty, total, max: unitMax, index: (total / unitMax) * 100 };
}

const round2 = (x) => Math.sign(x) * (Math.round(Math.abs(x) * 100 + 1e-9) / 100);
const bandOf = (index) => set.bands.find((b) => round2(index) >= b.min)?.label ?? '';

// ---------- CSV ----------
const csvField = (v) => {
  const s = String(v).normalize('NFC');
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const toCsv = (rows) => rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
const scoresCsv = (rows) => toCsv([
  ['unit', 'name', 'group', ...appraisalLeaves.map((l) => l.code), 'bonus', 'penalty', 'note'],
  ...units.map((u) => {
    const row = rows.get(u.unit);
    return [u.unit, u.name, u.group, ...appraisalLeaves.map((l) => row.cells[l.code]), row.bonus, row.penalty, row.note];
  }),
]);

// ---------- run ----------
const appraised = new Map(units.map((u) => [u.unit, appraisalRow(u)]));
const selfScored = new Map(units.map((u) => [u.unit, selfAssessmentRow(u, appraised.get(u.unit))]));
const forms = new Map(units.map((u) => [u.unit, surveyForms(u)]));

const results = units.map((u) => {
  const res = scoreUnit(appraised.get(u.unit), forms.get(u.unit));
  const self = scoreUnit(selfScored.get(u.unit), null);
  return { ...u, ...res, selfAppraisal: self.appraisal };
});
results.sort((a, b) => b.index - a.index || a.unit.localeCompare(b.unit));

const fmt = (x, w) => x.toFixed(2).padStart(w);
if (process.argv.includes('--md')) {
  console.log('| rank | unit | name | appraisal | survey | bonus | penalty | total | max | index | band |');
  console.log('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
  results.forEach((r, i) => {
    const n = [r.appraisal, r.survey, r.bonus, r.penalty, r.total, r.max, round2(r.index)].map((x) => round2(x).toFixed(2));
    console.log(`| ${i + 1} | ${r.unit} | ${r.name} | ${n.join(' | ')} | ${bandOf(r.index)} |`);
  });
} else console.log('rank  unit        name                 appraisal  survey  bonus  penalty   total     max   index  band        self-appraisal');
if (!process.argv.includes('--md')) results.forEach((r, i) => {
  console.log(
    `${String(i + 1).padStart(4)}  ${r.unit.padEnd(11)} ${r.name.padEnd(20)} ${fmt(r.appraisal, 9)} ${fmt(r.survey, 7)} ${fmt(r.bonus, 6)} ${fmt(r.penalty, 8)} ${fmt(r.total, 7)} ${fmt(r.max, 7)} ${fmt(round2(r.index), 7)}  ${bandOf(r.index).padEnd(11)} ${fmt(r.selfAppraisal, 8)}`,
  );
});

// ---------- checks ----------
const problems = [];
const top = results.slice(0, EXPECTED_TOP.length).map((r) => r.unit);
if (top.join() !== EXPECTED_TOP.join()) problems.push(`top five is ${top.join(', ')}, expected ${EXPECTED_TOP.join(', ')}`);
for (let i = 0; i < 5; i++) {
  const gap = round2(results[i].index) - round2(results[i + 1].index);
  if (gap < 0.3 - 1e-9) problems.push(`gap between ranks ${i + 1} and ${i + 2} is ${gap.toFixed(2)} (< 0.30)`);
}
const published = results.map((r) => round2(r.index).toFixed(2));
if (new Set(published).size !== published.length) problems.push('two units share a published index');
const lo = results.at(-1).index;
const hi = results[0].index;
if (hi < 90 || hi > 95 || lo < 65 || lo > 75) problems.push(`index range ${lo.toFixed(2)}–${hi.toFixed(2)} is not roughly 70–93`);
if (new Set(results.map((r) => bandOf(r.index))).size < 3) problems.push('fewer than three bands occur');
for (const r of results) if (r.selfAppraisal < r.appraisal - 1e-9) problems.push(`${r.unit}: self-assessment below appraisal`);
// Floating point must not decide a published digit: keep every value clear of a rounding half-way point,
// so the engine's exact arithmetic publishes the same two decimals as this script.
for (const r of results) {
  for (const key of ['appraisal', 'survey', 'total', 'index']) {
    const frac = Math.abs(r[key] * 100) % 1;
    if (Math.abs(frac - 0.5) < 1e-6) problems.push(`${r.unit}: ${key} ${r[key]} is too close to a rounding boundary`);
  }
}
const formCount = [...forms.values()].reduce((n, f) => n + f.length, 0);
console.log(`\n${units.length} units, ${appraisalLeaves.length} appraisal leaves, ${formCount} survey forms`);
if (problems.length) {
  for (const p of problems) console.error(`make-sample: ${p}`);
  process.exit(1);
}

if (writeFiles) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'scores.csv'), scoresCsv(appraised));
  writeFileSync(join(outDir, 'self-assessment.csv'), scoresCsv(selfScored));
  writeFileSync(join(outDir, 'survey.csv'), toCsv([
    ['unit', 'respondent', 'group', ...questions],
    ...units.flatMap((u) => forms.get(u.unit).map((f) => [f.unit, f.respondent, f.group, ...f.answers])),
  ]));
  console.log(`wrote ${join('samples', 'huong-son-2021')}/{scores,self-assessment,survey}.csv`);
}
