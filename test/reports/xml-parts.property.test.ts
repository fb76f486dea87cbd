// Every XML part of every file cchc writes is well formed, whatever the text: hostile text (C0
// and C1 controls, U+FFFE/U+FFFF, lone surrogates, bidirectional overrides, markup, `_xHHHH_`
// escapes) in every field that reaches a part — unit codes, names and groups, the set's title and
// source, every criterion's title, band, level, answer and group labels, --title, --issuer,
// --signer, --signer-name, --decision, --place, the remarks and their evidence — and each part of
// the Word annex (with and without --with-findings) and of the ranking, reconcile, compare,
// explain and template workbooks parses with a strict XML parser (test/helpers/xml-parts.ts).
// In-process, on the renderers; test/reports/xml-parts.test.ts runs the built binary.
// `npm run fuzz` runs these with many more cases (CCHC_FUZZ=1).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import { Rational } from '../../src/numbers/rational.js';
import { renderDocx } from '../../src/report/docx/render-docx.js';
import { explainReport } from '../../src/report/render-explain.js';
import { renderCompareXlsx, renderRankingXlsx, renderReconcileXlsx, renderSectionsXlsx, renderTemplateXlsx } from '../../src/report/render-xlsx.js';
import type { ReportSettings } from '../../src/report/report-settings.js';
import { compareRankings, type RankingEntry } from '../../src/scoring/compare-rankings.js';
import { explainUnit } from '../../src/scoring/explain-unit.js';
import type { RankedUnit } from '../../src/scoring/rank-units.js';
import { reconcileUnit } from '../../src/scoring/reconcile-units.js';
import { FINDING_KINDS, groupFindings, type Finding } from '../../src/sheets/finding.js';
import { fuzzRuns } from '../helpers/fuzz-runs.js';
import { scoreJob } from '../helpers/pipeline.js';
import { badXmlParts } from '../helpers/xml-parts.js';

const NASTY = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\ufffe', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\u202a', '\u202b', '\u202d', '\u202e', '\u2066', '\u2069', '&', '<', '>', '"', "'", ']]>', '<!--', '&amp;', '<w:p>', '\r', '\n', '\r\n', '\t', ' ', 'Xã Sơn', '=1+1', '😀', '_x0001_', '_x005F_', '\u00a0', '\u2028'];
/** Text as hostile as a file or an argument can be. */
export const hostileText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

const BASE = JSON.parse(readFileSync('criteria/ha-tinh-xa-2021.json', 'utf8')) as Record<string, unknown>;
const CLEAN = parseCriteria(JSON.stringify(BASE), 'criteria/ha-tinh-xa-2021.json').criteria as CriteriaSet;
const scored = await scoreJob('criteria/ha-tinh-xa-2021.json', readFileSync('samples/huong-son-2021/scores.csv', 'utf8'), readFileSync('samples/huong-son-2021/survey.csv', 'utf8'));
const UNITS = (scored.job?.units ?? []).slice(0, 6);

/** The bundled set with hostile text in every text it has: titles, source, labels (a suffix keeps labels distinct). */
function hostileCriteria(texts: string[]): CriteriaSet {
  let k = 0;
  const next = () => texts[k++ % texts.length] as string;
  const relabel = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([key, v], i) => [`${next()}${key}${i}`, v]));
  const walk = (node: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...node, title: next() };
    const rule = node['rule'] as Record<string, unknown> | undefined;
    if (rule?.['type'] === 'levels') out['rule'] = { ...rule, levels: relabel(rule['levels'] as Record<string, unknown>) };
    if (Array.isArray(node['children'])) out['children'] = (node['children'] as Record<string, unknown>[]).map(walk);
    return out;
  };
  const survey = BASE['survey'] as Record<string, unknown>;
  const json = {
    ...BASE,
    title: next(),
    source: next(),
    bands: (BASE['bands'] as { label: string; min: number }[]).map((b, i) => ({ ...b, label: `${next()}${i}` })),
    survey: { ...survey, answers: relabel(survey['answers'] as Record<string, unknown>), ignore: [`${next()}~`], groups: relabel(survey['groups'] as Record<string, unknown>) },
    fields: (BASE['fields'] as Record<string, unknown>[]).map(walk),
  };
  const { criteria, diagnostics } = parseCriteria(JSON.stringify(json), 'hostile.json');
  if (!criteria) throw new Error(`the hostile set did not parse: ${diagnostics.map((d) => d.code).join(', ')}`);
  return criteria;
}

/** The sample's first units, renamed: code, name and group hostile. */
const hostileUnits = (texts: string[]): RankedUnit[] => UNITS.map((u, i) => ({ ...u, unit: `${texts[i % texts.length]}${i}`, name: texts[(i + 1) % texts.length] as string, group: texts[(i + 2) % texts.length] as string }));

function hostileFindings(units: readonly RankedUnit[], texts: string[]) {
  const findings: Finding[] = units.slice(0, 4).flatMap((u, i) =>
    [undefined, '1', '1.1.1', '8.2'].map((code, j): Finding => ({ unit: u.unit, ...(code ? { code } : {}), kind: FINDING_KINDS[(i + j) % FINDING_KINDS.length] as Finding['kind'], note: texts[(i + j) % texts.length] as string, evidence: texts[(i + j + 1) % texts.length] as string, file: 'f.csv', line: 2 + i * 4 + j })),
  );
  return { list: findings, findings: groupFindings(findings, true) };
}

const settingsOf = (t: string[]): ReportSettings => ({
  date: { year: 2021, month: 11, day: 26 },
  year: 2021,
  title: t[0] as string,
  issuer: [t[1] as string, t[2] as string],
  signerLines: [t[3] as string, t[4] as string, t[0] as string],
  signerName: t[1] as string,
  decision: t[2] as string,
  place: t[3] as string,
  version: '0.1.0',
});

const texts = fc.array(hostileText, { minLength: 5, maxLength: 9 });
const expectWellFormed = (bytes: Uint8Array) => expect(badXmlParts(bytes)).toEqual({});
const inputs = [{ role: 'scores', file: 'a.csv', sha256: '0'.repeat(64) }];

describe('every XML part of every written file is well formed, whatever the text', () => {
  it('the Word annex, with and without --with-findings', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const criteria = hostileCriteria(t);
        const units = hostileUnits(t);
        const { findings } = hostileFindings(units, t);
        const f = { precision: 2, mark: ',' as const };
        expectWellFormed(await renderDocx({ criteria, units, settings: settingsOf(t) }, f));
        expectWellFormed(await renderDocx({ criteria, units, settings: settingsOf(t), findings }, f));
      }),
      { numRuns: fuzzRuns(12, 300) },
    );
  });

  it('the ranking, reconcile, compare, explain and template workbooks', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('vi' as const, 'en' as const), (t, lang) => {
        const criteria = hostileCriteria(t);
        const units = hostileUnits(t);
        const { list, findings } = hostileFindings(units, t);
        const o = { lang, inputs: [...inputs, { role: t[0] as string, file: t[1] as string, sha256: t[2] as string }], date: '2021-11-26' };
        expectWellFormed(renderRankingXlsx(criteria, units, o));
        const reconciled = units.slice(1).map((u, i) => ({ ...reconcileUnit(criteria, units[i] as RankedUnit, u), unit: u.unit, name: u.name }));
        expectWellFormed(renderReconcileXlsx(criteria, reconciled, o, findings));
        const entry = (u: RankedUnit, i: number): RankingEntry => ({ unit: u.unit, name: u.name, rank: i + 1, index: Rational.parse('93.64') ?? Rational.ZERO, places: 2, line: i + 2 });
        expectWellFormed(renderCompareXlsx(compareRankings(units.map(entry), units.slice(1).map(entry)).rows, 2, o));
        const report = explainReport(criteria, explainUnit(criteria, units, units[0] as RankedUnit), { precision: 2, mark: '.' }, lang, () => '', list.filter((x) => x.unit === units[0]?.unit));
        expectWellFormed(renderSectionsXlsx({ ...report, title: t[4] as string }, o, criteria));
        expectWellFormed(renderTemplateXlsx(criteria, lang, false));
        expectWellFormed(renderTemplateXlsx(criteria, lang, true));
      }),
      { numRuns: fuzzRuns(40, 1500) },
    );
  });
});
