// Deterministic bench data: a ~60-leaf criteria set for province and national scale, and for any
// criteria set a wide scores sheet and raw survey answers (one row per form) that its rules read.
// Plain Node, seeded mulberry32: the same scale always gives the same bytes.
import { writeFileSync } from 'node:fs';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quarter = (x) => Math.round(x * 4) / 4;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/**
 * 7 appraised fields of 10 points (2 criteria × 4 leaves, the rule mix of a provincial set) and a
 * survey field of 30 points (5 leaves, 3 questions each): 56 + 5 = 61 leaves, 15 questions.
 */
export function makeCriteria() {
  const RULES = [
    { rule: { type: 'yesno' } },
    { rule: { type: 'steps', steps: [{ min: 100, points: 1.25 }, { min: 95, points: 1 }, { min: 90, points: 0.5 }, { min: 0, points: 0 }] } },
    { rule: { type: 'proportional', of: 100 } },
    { rule: { type: 'deduction', per: 0.25 } },
    {},
    { whenNotApplicable: 'exclude' },
    { rule: { type: 'levels', levels: { 'Hoàn thành xuất sắc': 1.25, 'Hoàn thành tốt': 1, 'Hoàn thành': 0.5, 'Không hoàn thành': 0 } } },
    { whenNotApplicable: 'full' },
  ];
  const fields = [];
  for (let f = 1; f <= 7; f++) {
    const children = [1, 2].map((c) => ({
      code: `${f}.${c}`, title: `Tiêu chí ${f}.${c}`, max: 5,
      children: [1, 2, 3, 4].map((l) => ({ code: `${f}.${c}.${l}`, title: `Tiêu chí thành phần ${f}.${c}.${l}`, max: 1.25, ...RULES[((c - 1) * 4 + l - 1 + f) % 8] })),
    }));
    fields.push({ code: String(f), title: `Lĩnh vực ${f}`, max: 10, children });
  }
  const surveyLeaves = [1, 2, 3, 4, 5].map((l) => ({ code: `8.${l}`, title: `Mức độ hài lòng ${l}`, max: 6 }));
  fields.push({ code: '8', title: 'Điều tra xã hội học', max: 30, source: 'survey', children: surveyLeaves });
  const questions = {};
  for (let q = 1; q <= 15; q++) questions[`Q${q}`] = `8.${Math.ceil(q / 3)}`;
  return {
    format: 'cchc-criteria/1',
    id: 'bench-tinh',
    version: '1',
    title: 'Bộ tiêu chí thử hiệu năng (61 tiêu chí thành phần)',
    source: 'Sinh tự động cho npm run bench; không phải văn bản của cơ quan nào. / Generated for npm run bench.',
    precision: 2,
    bands: [{ label: 'Xuất sắc', min: 90 }, { label: 'Tốt', min: 80 }, { label: 'Khá', min: 70 }, { label: 'Trung bình', min: 50 }, { label: 'Yếu', min: 0 }],
    ranking: { on: 'published', tieBreak: ['appraisal'] },
    adjustments: { bonusMax: 2, penaltyMax: 5 },
    survey: {
      answers: { A: 1, B: 0.6, C: 0.2, D: 0 },
      ignore: ['E', 'Không biết'],
      questions,
      groups: { HĐND: 0.3, 'Lãnh đạo': 0.3, Dân: 0.4 },
      whenNoAnswers: 'zero',
    },
    fields,
  };
}

/** Leaves in tree order, with their source (inherited) and rule (default points). */
export function leavesOf(criteria) {
  const out = [];
  const walk = (nodes, source, field) => {
    for (const n of nodes) {
      const src = n.source ?? source;
      if (n.children) walk(n.children, src, field ?? n.code);
      else out.push({ ...n, source: src, field: field ?? n.code, rule: n.rule ?? { type: 'points' } });
    }
  };
  walk(criteria.fields, 'appraisal', undefined);
  return out;
}

const PLACES = ['Sơn Hồng', 'Sơn Tiến', 'Phố Châu', 'Sơn Lâm', 'Sơn Phú', 'Kỳ Anh', 'Thạch Hà', 'Cẩm Xuyên', 'Đức Thọ', 'Vũ Quang', 'Nghi Xuân', 'Hồng Lĩnh'];
const KINDS = [['Xã', 0.8], ['Phường', 0.12], ['Thị trấn', 0.08]];

function cellFor(leaf, q, r) {
  const { rule, max } = leaf;
  if (leaf.whenNotApplicable && r() < 0.08) return '-';
  switch (rule.type) {
    case 'yesno':
      return r() < q ? 'có' : 'không';
    case 'steps':
      return String(clamp(Math.round((q * 100 + 8 + (r() - 0.5) * 14) * 10) / 10, 0, 100));
    case 'proportional':
      return String(clamp(Math.round((q * (rule.of ?? 100) + (r() - 0.5) * 20) * 10) / 10, 0, rule.of ?? 100));
    case 'deduction':
      return String(Math.floor(r() * (1 - q) * 6));
    case 'levels': {
      const labels = Object.keys(rule.levels);
      return labels[clamp(Math.floor((1 - q) * labels.length * 1.6 + r() * 1.2), 0, labels.length - 1)];
    }
    default:
      return String(clamp(quarter(max * (q + (r() - 0.5) * 0.3)), 0, max));
  }
}

/** Units with their appraisal quality and survey satisfaction. */
export function makeUnits(count, seed) {
  const r = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    let x = r();
    const kind = KINDS.find(([, p], k) => (x -= p) < 0 || k === KINDS.length - 1)[0];
    const q = 0.55 + r() * 0.43;
    return { code: `U${String(i + 1).padStart(5, '0')}`, name: `${kind} ${PLACES[i % PLACES.length]} ${i + 1}`, group: kind, q, s: clamp(q + (r() - 0.5) * 0.2, 0.3, 0.99) };
  });
}

export function writeScores(path, criteria, units, seed) {
  const r = mulberry32(seed);
  const leaves = leavesOf(criteria).filter((l) => l.source === 'appraisal');
  const lines = [['unit', 'name', 'group', ...leaves.map((l) => l.code), 'bonus', 'penalty'].join(',')];
  for (const u of units) {
    const cells = leaves.map((l) => cellFor(l, u.q, r));
    const bonus = r() < 0.3 ? String(quarter(r() * 2.5)) : '0';
    const penalty = r() < 0.1 ? String(quarter(r() * 1.5)) : '0';
    lines.push([u.code, u.name, u.group, ...cells, bonus, penalty].join(','));
  }
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
}

/** One row per form: unit, respondent, group, one answer per question (A–D, a few ignored or blank). */
export function writeSurvey(path, criteria, units, formsPerUnit, seed) {
  const r = mulberry32(seed);
  const questions = Object.keys(criteria.survey.questions);
  const groups = Object.keys(criteria.survey.groups ?? { '': 1 }).map((g) => (/[,"]/.test(g) ? `"${g}"` : g));
  const ignore = criteria.survey.ignore ?? [];
  const chunks = [['unit', 'respondent', 'group', ...questions].join(',')];
  for (const u of units) {
    for (let k = 1; k <= formsPerUnit; k++) {
      const row = [u.code, String(k), groups[Math.floor(r() * groups.length)]];
      for (let qi = 0; qi < questions.length; qi++) {
        const x = r();
        if (x < 0.02) row.push('');
        else if (x < 0.05 && ignore.length > 0) row.push(ignore[0]);
        else {
          const y = r();
          row.push(y < u.s * 0.75 ? 'A' : y < u.s * 0.75 + 0.2 ? 'B' : y < u.s * 0.75 + 0.3 ? 'C' : 'D');
        }
      }
      chunks.push(row.join(','));
    }
  }
  writeFileSync(path, `${chunks.join('\r\n')}\r\n`);
}
