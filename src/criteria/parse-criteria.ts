// Criteria JSON text → a checked CriteriaSet, with every problem found (not just the first).
import { appendAll, diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { acceptShape } from './accept-shape.js';
import { checkSchema } from './check-schema.js';
import { checkBands, checkSurvey, checkTieBreak } from './check-sections.js';
import { checkTree } from './check-tree.js';
import { locationAt, parseJsonSource, type PathSegment } from './json-source.js';
import { isLeaf, type CriteriaSet } from './model.js';

export function parseCriteria(text: string, file: string): { criteria?: CriteriaSet; diagnostics: Diagnostic[] } {
  const parsed = parseJsonSource(text, file);
  const src = parsed.source;
  if (!src) return { diagnostics: parsed.diagnostics };
  // A well-formed file is taken as it is; only one with a problem needs the schema to say which.
  const accepted = acceptShape(src.value);
  const { input, diagnostics } = accepted ? { input: accepted, diagnostics: [] } : checkSchema(src);
  if (!input) return { diagnostics };
  const at = (path: readonly PathSegment[]) => locationAt(src, path);
  const tree = checkTree(input.fields, src);
  appendAll(diagnostics, tree.diagnostics);
  const bands = checkBands(input, src, diagnostics);
  const tieBreak = checkTieBreak(input, tree.nodes, at, diagnostics);
  const survey = checkSurvey(input, tree.nodes, src, diagnostics);

  const leavesOf = (n: CriteriaSet['fields'][number]): CriteriaSet['leaves'] => (isLeaf(n) ? [n] : n.children.flatMap(leavesOf));
  const leaves = tree.fields.flatMap(leavesOf);
  const surveyPart = leaves.filter((l) => l.source === 'survey').reduce((s, l) => s.add(l.max), Rational.ZERO);
  const total = tree.fields.reduce((s, f) => s.add(f.max), Rational.ZERO);
  const totals = { total: total.toString(), appraisal: total.sub(surveyPart).toString(), survey: surveyPart.toString() };
  diagnostics.push(diag('CRITERIA_TOTAL', 'info', at(['fields']), totals));
  if (!total.eq(Rational.HUNDRED)) diagnostics.push(diag('CRITERIA_TOTAL_NOT_100', 'warning', at(['fields']), { total: totals.total }));
  if (hasErrors(diagnostics)) return { diagnostics };

  const criteria: CriteriaSet = {
    id: input.id,
    version: input.version,
    title: input.title ?? input.id,
    precision: input.precision ?? 2,
    bands,
    ranking: { on: input.ranking?.on ?? 'published', tieBreak, byGroup: input.ranking?.by === 'group' },
    adjustments: {},
    fields: tree.fields,
    nodes: tree.nodes,
    leaves,
    total,
  };
  if (input.source !== undefined) criteria.source = input.source;
  if (survey) criteria.survey = survey;
  const adj = input.adjustments;
  if (adj?.bonusMax !== undefined) criteria.adjustments.bonusMax = src.rational(['adjustments', 'bonusMax'], adj.bonusMax);
  if (adj?.penaltyMax !== undefined) criteria.adjustments.penaltyMax = src.rational(['adjustments', 'penaltyMax'], adj.penaltyMax);
  return { criteria, diagnostics };
}
