// A checked criteria set written out and read back whole: the bundled sets are checked once, when
// the package is built, and a run that uses one reads the result instead of checking it again
// (cli/load-criteria.ts). The set is a graph (a node is in its parent's children, in `nodes` and
// in `leaves`), with exact numbers, maps and sets: each object is written once and referred to
// after. Pure: the text in, the set out.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import type { CriteriaSet } from './model.js';

export const COMPILED_FORMAT = 'cchc-compiled-criteria/1';

export interface CompiledCriteria {
  format: typeof COMPILED_FORMAT;
  /** The criteria file's text the set was checked from: the set stands only for that text. */
  source: string;
  criteria: unknown;
  diagnostics: Diagnostic[];
}

type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

function encodeValue(value: unknown, ids: Map<object, number>): Encoded {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    throw new TypeError(`compiled criteria: cannot write a ${typeof value}`);
  }
  if (value instanceof Rational) {
    const part = (x: number | bigint): Encoded => (typeof x === 'number' ? x : x.toString());
    return { $q: [part(value.n), part(value.d)] };
  }
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, ids));
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encodeValue(k, ids), encodeValue(v, ids)]) };
  if (value instanceof Set) return { $set: [...value].map((v) => encodeValue(v, ids)) };
  const seen = ids.get(value);
  if (seen !== undefined) return { $ref: seen };
  const id = ids.size;
  ids.set(value, id);
  const out: { [key: string]: Encoded } = { $id: id };
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeValue(v, ids);
  return out;
}

/** The text of a compiled set: JSON, for JSON.parse to read back. */
export function compileCriteria(source: string, criteria: CriteriaSet, diagnostics: readonly Diagnostic[]): string {
  const compiled: CompiledCriteria = {
    format: COMPILED_FORMAT,
    source,
    criteria: encodeValue(criteria, new Map()),
    // A diagnostic's location may be computed when read: written out as plain values.
    diagnostics: diagnostics.map((d) => ({ ...d, loc: { ...d.loc } })),
  };
  return JSON.stringify(compiled);
}

function decodeValue(value: unknown, objects: object[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => decodeValue(v, objects));
  const o = value as Record<string, unknown>;
  if (o['$q']) {
    const [n, d] = o['$q'] as [number | string, number | string];
    return Rational.pair(typeof n === 'string' ? BigInt(n) : n, typeof d === 'string' ? BigInt(d) : d);
  }
  if (o['$map']) return new Map((o['$map'] as [unknown, unknown][]).map(([k, v]) => [decodeValue(k, objects), decodeValue(v, objects)]));
  if (o['$set']) return new Set((o['$set'] as unknown[]).map((v) => decodeValue(v, objects)));
  if (o['$ref'] !== undefined) return objects[o['$ref'] as number];
  const out: Record<string, unknown> = {};
  objects[o['$id'] as number] = out;
  for (const k in o) if (k !== '$id') out[k] = decodeValue(o[k], objects);
  return out;
}

/** The set and its diagnostics from a compiled text, when it stands for `source`; else undefined. */
export function readCompiledCriteria(compiledText: string, source: string): { criteria: CriteriaSet; diagnostics: Diagnostic[] } | undefined {
  let compiled: CompiledCriteria;
  try {
    compiled = JSON.parse(compiledText) as CompiledCriteria;
  } catch {
    return undefined;
  }
  if (compiled.format !== COMPILED_FORMAT || compiled.source !== source) return undefined;
  return { criteria: decodeValue(compiled.criteria, []) as CriteriaSet, diagnostics: compiled.diagnostics };
}
