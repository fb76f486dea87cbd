// The zod schema (schema.ts), checked by hand for the usual case: a well-formed criteria file is
// taken as it is, without loading zod (three quarters of the CLI's code) at start-up. Anything
// this does not accept goes through the schema, which says what is wrong. It must accept only
// what the schema accepts, and give what the schema gives: test/perf/accept-shape.test.ts.
import type { CriteriaInput, NodeInput, Rule } from './schema.js';

type Obj = Record<string, unknown>;

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isPercent = (v: unknown): boolean => v === '%';
/** Only these keys; each present key passes its check (strictObject). */
const only = (o: Obj, checks: Record<string, (v: unknown) => boolean>): boolean =>
  Object.keys(o).every((k) => Object.hasOwn(checks, k) && (checks[k] as (v: unknown) => boolean)(o[k]));
/** A record whose keys a plain object can hold as they are. */
const record = (v: unknown, value: (x: unknown) => boolean): boolean =>
  isObj(v) && Object.getPrototypeOf(v) === Object.prototype && !Object.hasOwn(v, '__proto__') && Object.values(v).every(value);
const arrayOf = (v: unknown, item: (x: unknown) => boolean, min = 0): boolean => Array.isArray(v) && v.length >= min && v.every(item);

const RULES: Record<string, (r: Obj) => boolean> = {
  points: (r) => only(r, { type: isStr, min: isNum }),
  yesno: (r) => only(r, { type: isStr }),
  steps: (r) => only(r, { type: isStr, steps: (s) => arrayOf(s, (st) => isObj(st) && only(st, { min: isNum, points: isNum }) && isNum(st['min']) && isNum(st['points']), 1), unit: isPercent }) && r['steps'] !== undefined,
  proportional: (r) => only(r, { type: isStr, of: isNum, unit: isPercent }),
  deduction: (r) => only(r, { type: isStr, per: isNum, floor: isNum }) && isNum(r['per']),
  levels: (r) => only(r, { type: isStr, levels: (l) => record(l, isNum) }) && r['levels'] !== undefined,
};

/** The rule as the schema gives it: `type` defaults to points. */
function acceptRule(v: unknown): Rule | undefined {
  if (!isObj(v)) return undefined;
  const rule = 'type' in v ? v : { ...v, type: 'points' };
  const check = isStr(rule['type']) && Object.hasOwn(RULES, rule['type']) ? RULES[rule['type']] : undefined;
  return check?.(rule) ? (rule as Rule) : undefined;
}

function acceptNode(v: unknown): NodeInput | undefined {
  if (!isObj(v)) return undefined;
  const ok =
    only(v, {
      code: (c) => isStr(c) && CODE.test(c),
      title: isStr,
      description: isStr,
      max: isNum,
      children: (c) => Array.isArray(c) && c.length >= 1,
      source: (s) => s === 'appraisal' || s === 'survey',
      rule: (r) => acceptRule(r) !== undefined,
      whenNotApplicable: (w) => w === 'exclude' || w === 'full' || w === 'zero',
      unit: isPercent,
    }) &&
    isStr(v['code']) &&
    isNum(v['max']);
  if (!ok) return undefined;
  const children = v['children'] === undefined ? undefined : (v['children'] as unknown[]).map(acceptNode);
  if (children?.some((c) => c === undefined)) return undefined;
  const node = { ...v } as unknown as NodeInput;
  if (children) node.children = children as NodeInput[];
  if (v['rule'] !== undefined) node.rule = acceptRule(v['rule']);
  return node;
}

/** The criteria input when `value` certainly passes the schema, else undefined. */
export function acceptShape(value: unknown): CriteriaInput | undefined {
  if (!isObj(value)) return undefined;
  const ok =
    only(value, {
      $schema: isStr,
      format: (f) => f === 'cchc-criteria/1',
      id: (i) => isStr(i) && ID.test(i),
      version: (v) => isStr(v) && v.length >= 1,
      title: isStr,
      source: isStr,
      precision: (p) => isNum(p) && Number.isInteger(p) && p >= 0 && p <= 6,
      bands: (b) => arrayOf(b, (x) => isObj(x) && only(x, { label: (l) => isStr(l) && l.length >= 1, min: isNum }) && isStr(x['label']) && isNum(x['min'])),
      ranking: (r) =>
        isObj(r) &&
        only(r, { on: (o) => o === 'published' || o === 'exact', tieBreak: (t) => arrayOf(t, isStr), by: (b) => b === 'group' }),
      adjustments: (a) => isObj(a) && only(a, { bonusMax: (x) => isNum(x) && x >= 0, penaltyMax: (x) => isNum(x) && x >= 0 }),
      survey: (s) =>
        isObj(s) &&
        only(s, {
          answers: (a) => record(a, isNum),
          ignore: (i) => arrayOf(i, isStr),
          questions: (q) => record(q, isStr),
          groups: (g) => record(g, isNum),
          whenNoAnswers: (w) => w === 'zero' || w === 'exclude',
        }) &&
        s['answers'] !== undefined &&
        s['questions'] !== undefined,
      fields: (f) => Array.isArray(f) && f.length >= 1,
    }) &&
    value['format'] === 'cchc-criteria/1' &&
    isStr(value['id']) &&
    isStr(value['version']) &&
    Array.isArray(value['fields']);
  if (!ok) return undefined;
  const fields = (value['fields'] as unknown[]).map(acceptNode);
  if (fields.some((f) => f === undefined)) return undefined;
  return { ...value, fields } as CriteriaInput;
}
