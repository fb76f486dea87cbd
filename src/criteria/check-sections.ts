// Checks of the sections around the tree: bands, ranking tie-breaks, the survey mapping. Numbers
// are read exactly as written, labels from the file as written (record-at.ts).
import { diag, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { foldKey } from '../text/normalize.js';
import { columnOf } from './column-names.js';
import { locationAt, type JsonSource, type PathSegment } from './json-source.js';
import { isLeaf, type CriteriaNode, type CriteriaSet, type SurveySpec } from './model.js';
import type { CriteriaInput } from './schema.js';
import { numbersAt, stringsAt } from './record-at.js';

type At = (path: readonly PathSegment[]) => Location;

export function checkBands(input: CriteriaInput, src: JsonSource, out: Diagnostic[]): CriteriaSet['bands'] {
  const at: At = (path) => locationAt(src, path);
  const bands = (input.bands ?? []).map((b, i) => ({ label: b.label, min: src.rational(['bands', i, 'min'], b.min) }));
  const labels = new Set<string>();
  bands.forEach((b, i) => {
    const prev = bands[i - 1];
    const s = b.min.toString();
    if (prev && b.min.cmp(prev.min) >= 0) out.push(diag('CRITERIA_BANDS_ORDER', 'error', at(['bands', i, 'min']), { label: b.label, min: s, previousMin: prev.min.toString() }));
    if (b.min.sign() < 0 || b.min.cmp(Rational.HUNDRED) > 0) out.push(diag('CRITERIA_BANDS_RANGE', 'warning', at(['bands', i, 'min']), { label: b.label, min: s }));
    if (labels.has(foldKey(b.label))) out.push(diag('CRITERIA_BANDS_DUPLICATE_LABEL', 'error', at(['bands', i, 'label']), { label: b.label }));
    labels.add(foldKey(b.label));
  });
  const last = bands.at(-1);
  if (last && last.min.sign() > 0) out.push(diag('CRITERIA_BANDS_NO_FLOOR', 'warning', at(['bands', bands.length - 1, 'min']), { label: last.label, min: last.min.toString() }));
  return bands;
}

export function checkTieBreak(input: CriteriaInput, nodes: Map<string, CriteriaNode>, at: At, out: Diagnostic[]): string[] {
  const keys = input.ranking?.tieBreak ?? [];
  keys.forEach((key, i) => {
    if (key !== 'appraisal' && !nodes.has(key)) out.push(diag('CRITERIA_TIEBREAK_UNKNOWN', 'error', at(['ranking', 'tieBreak', i]), { key }));
  });
  return keys;
}

export function checkSurvey(input: CriteriaInput, nodes: Map<string, CriteriaNode>, src: JsonSource, out: Diagnostic[]): SurveySpec | undefined {
  const s = input.survey;
  if (!s) return undefined;
  const at: At = (path) => locationAt(src, path);
  const surveyLeaves = [...nodes.values()].filter((n) => isLeaf(n) && n.source === 'survey');
  if (surveyLeaves.length === 0) out.push(diag('CRITERIA_SURVEY_NO_LEAVES', 'error', at(['survey']), {}));
  const answers = new Map<string, { label: string; weight: Rational }>();
  for (const [label, weight] of numbersAt(src, ['survey', 'answers'], out)) {
    if (weight.sign() < 0 || weight.cmp(Rational.ONE) > 0) out.push(diag('CRITERIA_SURVEY_WEIGHT_RANGE', 'error', at(['survey', 'answers', label]), { answer: label, weight: weight.toString() }));
    const first = answers.get(foldKey(label));
    if (first) out.push(diag('CRITERIA_SURVEY_ANSWER_DUPLICATE', 'error', at(['survey', 'answers', label]), { answer: label, first: first.label }));
    else answers.set(foldKey(label), { label, weight });
  }
  const ignore = new Set<string>();
  (s.ignore ?? []).forEach((label, i) => {
    if (answers.has(foldKey(label))) out.push(diag('CRITERIA_SURVEY_IGNORE_CONFLICT', 'error', at(['survey', 'ignore', i]), { answer: label }));
    ignore.add(foldKey(label));
  });
  const questions: SurveySpec['questions'] = [];
  const seenQuestions = new Set<string>();
  for (const [header, code] of stringsAt(src, ['survey', 'questions'], out)) {
    const node = nodes.get(code);
    const loc = at(['survey', 'questions', header]);
    if (!node) out.push(diag('CRITERIA_SURVEY_QUESTION_UNKNOWN_CODE', 'error', loc, { question: header, code }));
    else if (!isLeaf(node) || node.source !== 'survey') out.push(diag('CRITERIA_SURVEY_QUESTION_NOT_SURVEY_LEAF', 'error', loc, { question: header, code }));
    if (columnOf(header)) out.push(diag('CRITERIA_SURVEY_QUESTION_RESERVED', 'error', loc, { question: header }));
    if (seenQuestions.has(foldKey(header))) out.push(diag('CRITERIA_SURVEY_QUESTION_DUPLICATE', 'error', loc, { question: header }));
    seenQuestions.add(foldKey(header));
    questions.push({ header, code });
  }
  const mapped = new Set(questions.map((q) => q.code));
  for (const leaf of surveyLeaves) {
    if (!mapped.has(leaf.code)) out.push(diag('CRITERIA_SURVEY_LEAF_NO_QUESTION', 'warning', at(['survey', 'questions']), { code: leaf.code }));
  }
  const spec: SurveySpec = { answers, ignore, ignoreLabels: s.ignore ?? [], questions, whenNoAnswers: s.whenNoAnswers ?? 'zero' };
  if (s.groups) spec.groups = checkGroups(numbersAt(src, ['survey', 'groups'], out), at, out);
  return spec;
}

function checkGroups(groups: [string, Rational][], at: At, out: Diagnostic[]): SurveySpec['groups'] {
  const map = new Map<string, { label: string; share: Rational }>();
  let sum = Rational.ZERO;
  for (const [label, share] of groups) {
    if (share.sign() <= 0 || share.cmp(Rational.ONE) > 0) out.push(diag('CRITERIA_SURVEY_GROUP_SHARE_RANGE', 'error', at(['survey', 'groups', label]), { group: label, share: share.toString() }));
    sum = sum.add(share);
    const first = map.get(foldKey(label));
    if (first) out.push(diag('CRITERIA_SURVEY_GROUP_DUPLICATE', 'error', at(['survey', 'groups', label]), { group: label, first: first.label }));
    else map.set(foldKey(label), { label, share });
  }
  if (!sum.eq(Rational.ONE)) out.push(diag('CRITERIA_SURVEY_GROUP_SHARES_SUM', 'error', at(['survey', 'groups']), { sum: sum.toString() }));
  return map;
}
