// `cchc criteria show`: a criteria set as a clerk reads it. For people (terminal or Markdown): the
// overview (source, total, rounding, ranking, bonus and penalty), the tree with each leaf's rule in
// words and its not-applicable policy, the survey (weights, ignored answers, groups and shares, the
// formula, questions → criteria) and the bands. As JSON: the same, structured.
import { jsonText } from './render-json.js';
import type { CriteriaNode, CriteriaSet } from '../criteria/model.js';
import { Rational } from '../numbers/rational.js';
import { criteriaWords } from './criteria-words.js';
import type { Lang } from './messages/index.js';
import type { TextReport, TextSection } from './render-sections.js';
import { naInWords, numberText, ruleInWords } from './rule-words.js';

const walk = (nodes: readonly CriteriaNode[]): CriteriaNode[] => nodes.flatMap((n) => [n, ...walk(n.children)]);
const surveyMax = (c: CriteriaSet): Rational => c.leaves.filter((l) => l.source === 'survey').reduce((s, l) => s.add(l.max), Rational.ZERO);
const percent = (r: Rational, lang: Lang): string => `${numberText(r.mul(Rational.HUNDRED), lang)}%`;

function overview(c: CriteriaSet, lang: Lang): TextSection {
  const w = criteriaWords(lang);
  const n = (r: Rational) => numberText(r, lang);
  const survey = surveyMax(c);
  const ties = c.ranking.tieBreak.map((k) => (k === 'appraisal' ? w.tieAppraisal : w.tieNode(k))).join(', ');
  const ranking = `${w.rankOn(c.ranking.on === 'exact', c.precision)}${ties ? w.tieBreak(ties) : w.tiesShare}${c.ranking.byGroup ? w.byGroup : ''}`;
  const { bonusMax, penaltyMax } = c.adjustments;
  const rows = [
    ...(c.source ? [[w.source, c.source]] : []),
    [w.total, w.totalSplit(n(c.total), n(c.total.sub(survey)), n(survey))],
    [w.index, w.indexText],
    [w.rounding, w.roundingText(c.precision)],
    [w.ranking, ranking],
    [w.adjustments, w.adjustmentsText(bonusMax && n(bonusMax), penaltyMax && n(penaltyMax))],
  ];
  return { heading: w.overview, header: [w.item, w.content], rows, numeric: [false, false], wrap: [0, 72] };
}

function tree(c: CriteriaSet, lang: Lang, indent: (depth: number) => string): TextSection {
  const w = criteriaWords(lang);
  const rows = walk(c.fields).map((node) => {
    const leaf = node.children.length === 0;
    const title = node.description ? `${node.title} (${node.description})` : node.title;
    const rule = leaf ? ruleInWords(c, node, lang) : node.source === 'survey' ? w.fromSurvey : w.sumOfChildren;
    const na = leaf && node.source === 'appraisal' ? naInWords(node, lang) || w.naDefault : '';
    return [`${indent(node.depth)}${node.code}`, title, numberText(node.max, lang), rule, na];
  });
  // On a narrow terminal the not-applicable column goes first; code, title, max and rule stay.
  return { heading: w.tree, header: [w.code, w.title, w.max, w.rule, w.notApplicable], rows, numeric: [false, false, true, false, false], wrap: [0, 40, 0, 44, 22], fit: { priority: [0, 2, 3, 1, 4], essential: 4 } };
}

function surveySections(c: CriteriaSet, lang: Lang): TextSection[] {
  const spec = c.survey;
  if (!spec) return [];
  const w = criteriaWords(lang);
  const groups = spec.groups ? [...spec.groups.values()].map((g) => `${g.label} ${percent(g.share, lang)}`).join('; ') : w.noGroups;
  const rows = [
    [w.answers, [...spec.answers.values()].map((a) => `${a.label} = ${percent(a.weight, lang)}`).join('; ')],
    [w.ignored, [...spec.ignoreLabels, w.blank].join('; ')],
    [w.groups, groups],
    [w.noAnswers, w.noAnswersText[spec.whenNoAnswers]],
    [w.formula, spec.groups ? w.formulaGroups : w.formulaPooled],
  ];
  const questions = spec.questions.map((q) => {
    const node = c.nodes.get(q.code);
    return [q.header, q.code, node?.title ?? '', node ? numberText(node.max, lang) : ''];
  });
  return [
    { heading: w.survey, header: [w.item, w.content], rows, numeric: [false, false], wrap: [0, 72] },
    { heading: w.questions, header: [w.question, w.code, w.title, w.max], rows: questions, numeric: [false, false, false, true], wrap: [0, 0, 50, 0] },
  ];
}

function bands(c: CriteriaSet, lang: Lang): TextSection {
  const w = criteriaWords(lang);
  if (c.bands.length === 0) return { heading: w.bands, header: [], rows: [], numeric: [], note: w.bandsNone };
  const rows = c.bands.map((b, i) => [b.label, w.bandRange(numberText(b.min, lang), i > 0 ? numberText((c.bands[i - 1] as (typeof c.bands)[number]).min, lang) : undefined)]);
  return { heading: w.bands, header: [w.band, w.index], rows, numeric: [false, false] };
}

/** The set for people: its title, then the overview, the tree, the survey and the bands. */
export function criteriaReport(c: CriteriaSet, lang: Lang, indent: (depth: number) => string): TextReport {
  return { title: c.title, subtitle: `(${c.id}@${c.version})`, sections: [overview(c, lang), tree(c, lang, indent), ...surveySections(c, lang), bands(c, lang)] };
}

const json = (r: Rational | undefined): number | null => (r ? Number(r.toString()) : null);

/** The set as JSON: every node with its rule and policy in words (in `lang`), the survey and ranking rules as data. */
export function criteriaJsonDoc(c: CriteriaSet, lang: Lang) {
  const survey = surveyMax(c);
  const spec = c.survey;
  const doc = {
    id: c.id,
    version: c.version,
    title: c.title,
    source: c.source ?? null,
    precision: c.precision,
    total: json(c.total),
    appraisal: json(c.total.sub(survey)),
    survey: json(survey),
    ranking: { on: c.ranking.on, tieBreak: c.ranking.tieBreak, by: c.ranking.byGroup ? 'group' : null },
    adjustments: { bonusMax: json(c.adjustments.bonusMax), penaltyMax: json(c.adjustments.penaltyMax) },
    bands: c.bands.map((b) => ({ label: b.label, min: json(b.min) })),
    nodes: walk(c.fields).map((n) => ({
      code: n.code,
      title: n.title,
      depth: n.depth,
      max: json(n.max),
      source: n.source,
      leaf: n.children.length === 0,
      rule: n.children.length === 0 && n.source === 'appraisal' ? n.rule.type : null,
      unit: n.unit ?? null,
      whenNotApplicable: n.whenNotApplicable ?? null,
      words: n.children.length === 0 ? ruleInWords(c, n, lang) : null,
    })),
    surveyRules: spec
      ? {
          answers: [...spec.answers.values()].map((a) => ({ answer: a.label, weight: json(a.weight) })),
          ignore: spec.ignoreLabels,
          groups: spec.groups ? [...spec.groups.values()].map((g) => ({ group: g.label, share: json(g.share) })) : null,
          whenNoAnswers: spec.whenNoAnswers,
          questions: spec.questions.map((q) => ({ question: q.header, code: q.code })),
        }
      : null,
  };
  return doc;
}

export const renderCriteriaJson = (...args: Parameters<typeof criteriaJsonDoc>): string => jsonText(criteriaJsonDoc(...args));
