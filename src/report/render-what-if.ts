// `cchc explain UNIT --set CODE=VALUE`: the cells changed (points before and after), the unit's
// result before and after (points, total, max, index, rank, band), and the other units whose rank
// moves; as JSON, or for people (a table or Markdown).
import type { CriteriaSet } from '../criteria/model.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { WhatIf } from '../scoring/what-if.js';
import type { Lang } from './messages/index.js';
import { formatNumber, NOT_GIVEN, notGiven, type NumberFormat } from './ranking-rows.js';
import { toJsonNumber, jsonText } from './render-json.js';
import type { TextReport } from './render-sections.js';
import { textsOf } from './report-texts.js';

import type { Rational } from '../numbers/rational.js';
export type { WhatIfCell } from '../core/run-what-if.js';
import type { WhatIfCell } from '../core/run-what-if.js';

const WORDS = {
  vi: {
    changes: 'Giả định: các ô thay đổi', value: 'Giá trị mới', before: 'Trước', after: 'Sau', item: 'Mục',
    result: 'Kết quả của đơn vị', moved: 'Đơn vị khác đổi hạng', none: 'Không đơn vị nào khác đổi hạng.',
    appraisal: 'Điểm thẩm định', survey: 'Điểm điều tra XHH', bonus: 'Điểm thưởng', penalty: 'Điểm trừ', field: 'Lĩnh vực',
    up: (n: number) => `lên ${n} hạng`, down: (n: number) => `xuống ${n} hạng`,
    note: 'Đúng bằng kết quả chấm lại tệp điểm sau khi sửa các ô này; số liệu của các đơn vị khác giữ nguyên.',
  },
  en: {
    changes: 'What if: the cells changed', value: 'New value', before: 'Before', after: 'After', item: 'Item',
    result: "The unit's result", moved: 'Other units whose rank changes', none: 'No other unit changes rank.',
    appraisal: 'Appraisal points', survey: 'Survey points', bonus: 'Bonus', penalty: 'Penalty', field: 'Field',
    up: (n: number) => `up ${n}`, down: (n: number) => `down ${n}`,
    note: 'Exactly what scoring the sheet with these cells changed gives; the other units keep their data.',
  },
};

export function whatIfReport(criteria: CriteriaSet, w: WhatIf, cells: readonly WhatIfCell[], f: NumberFormat, lang: Lang): TextReport {
  const t = textsOf(lang);
  const words = WORDS[lang];
  const n = (r: Rational | undefined) => formatNumber(r, f);
  const signed = (a: Rational | undefined, b: Rational | undefined) => (a && b ? `${b.cmp(a) > 0 ? '+' : ''}${n(b.sub(a))}` : '');
  const rank = (u: RankedUnit) => (u.rank === undefined ? t('notRanked') : String(u.rank));
  const { before: b, after: a } = w;
  const rankMove = b.rank !== undefined && a.rank !== undefined && a.rank !== b.rank ? (a.rank < b.rank ? words.up(b.rank - a.rank) : words.down(a.rank - b.rank)) : '';
  // The fields the changed cells are in: their points before and after.
  const fields = criteria.fields.filter((fl) => !b.nodes.get(fl.code)?.points.eq(a.nodes.get(fl.code)?.points as Rational));
  const row = (label: string, x: Rational | undefined, y: Rational | undefined) => [label, n(x), n(y), signed(x, y)];
  return {
    title: `${b.unit}${b.name ? ` — ${b.name}` : ''}`,
    subtitle: `(${criteria.id}@${criteria.version})`,
    sections: [
      {
        heading: words.changes,
        header: [t('code'), t('title'), words.value, `${t('points')}: ${words.before}`, `${t('points')}: ${words.after}`],
        numeric: [false, false, false, true, true],
        clip: [0, 50],
        rows: cells.map((c) => [c.code, c.title || (c.code === 'bonus' || c.code === 'penalty' ? words[c.code] : ''), c.value, c.before ? n(c.before) : t('notApplicable'), c.after ? n(c.after) : t('notApplicable')]),
      },
      {
        heading: words.result,
        header: [words.item, words.before, words.after, t('change')],
        numeric: [false, true, true, true],
        rows: [
          ...fields.map((fl) => row(`${words.field} ${fl.code}`, b.nodes.get(fl.code)?.points, a.nodes.get(fl.code)?.points)),
          row(words.appraisal, b.appraisal, a.appraisal),
          notGiven(b) ? [words.survey, NOT_GIVEN, NOT_GIVEN, ''] : row(words.survey, b.survey, a.survey),
          row(words.bonus, b.bonus, a.bonus),
          row(words.penalty, b.penalty, a.penalty),
          row(t('total'), b.total, a.total),
          row(t('max'), b.max, a.max),
          row(t('index'), b.index, a.index),
          [t('rank'), rank(b), rank(a), rankMove],
          [t('band'), b.band ?? '', a.band ?? '', ''],
        ],
        note: words.note,
      },
      {
        heading: words.moved,
        header: w.moved.length ? [t('unit'), t('name'), t('rankBefore'), t('rankAfter')] : [],
        numeric: [false, false, true, true],
        fit: { shorten: [0, 1] },
        rows: w.moved.map((m) => [m.unit.unit, m.unit.name, m.rankBefore === undefined ? '' : String(m.rankBefore), m.rankAfter === undefined ? '' : String(m.rankAfter)]),
        ...(w.moved.length ? {} : { note: words.none }),
      },
    ],
  };
}

/** The unit's result as JSON numbers (rounded once to the set's precision). */
function resultJson(u: RankedUnit, p: number) {
  const n = (r: Rational | undefined) => toJsonNumber(r, p);
  return { appraisal: n(u.appraisal), survey: n(u.survey), bonus: n(u.bonus), penalty: n(u.penalty), total: n(u.total), max: n(u.max), index: n(u.index), rank: u.rank ?? null, band: u.band ?? null };
}

export function whatIfJsonDoc(criteria: CriteriaSet, w: WhatIf, cells: readonly WhatIfCell[]) {
  const p = criteria.precision;
  const doc = {
    unit: w.before.unit,
    name: w.before.name,
    changes: cells.map((c) => ({ code: c.code, title: c.title || null, value: c.value, before: toJsonNumber(c.before, p), after: toJsonNumber(c.after, p) })),
    before: resultJson(w.before, p),
    after: resultJson(w.after, p),
    moved: w.moved.map((m) => ({ unit: m.unit.unit, name: m.unit.name, rankBefore: m.rankBefore ?? null, rankAfter: m.rankAfter ?? null })),
  };
  return doc;
}

export const renderWhatIfJson = (...args: Parameters<typeof whatIfJsonDoc>): string => jsonText(whatIfJsonDoc(...args));
