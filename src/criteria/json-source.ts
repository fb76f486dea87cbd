// Parses JSON text keeping every value's position, so that any problem found later can be
// located to its line:column in the file and its JSON path.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { diag, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import { Rational } from '../numbers/rational.js';
import { jsonSyntaxProblems } from './json-syntax.js';
import { MAX_JSON_DEPTH, scanJson, type JsonScan } from './scan-json.js';
import { CRITERIA_LIMITS, limitOf } from '../numbers/decimal-bounds.js';

export type PathSegment = string | number;

export interface JsonSource {
  file: string;
  value: unknown;
  /**
   * line:column and path of a JSON path (of its key with `key`); the nearest existing ancestor
   * when the path is absent.
   */
  locate(path: readonly PathSegment[], opts?: { key?: boolean }): { line: number; column: number; path: string };
  /**
   * The number at `path` (read by JSON.parse as `value`) exactly as the file writes it: a literal
   * with more digits than a double holds is read from the text, not rounded.
   */
  rational(path: readonly PathSegment[], value: number): Rational;
}

/**
 * A diagnostic's location at a JSON path, found when first read: a valid file's notes (its total,
 * say) then cost no parse tree unless they are shown.
 */
export function locationAt(src: JsonSource, path: readonly PathSegment[], opts?: { key?: boolean }): Location {
  let found: ReturnType<JsonSource['locate']> | undefined;
  const get = () => (found ??= src.locate(path, opts));
  return Object.defineProperties({ file: src.file } as Location, {
    line: { get: () => get().line, enumerable: true },
    column: { get: () => get().column, enumerable: true },
    path: { get: () => get().path, enumerable: true },
  });
}

export function formatPath(path: readonly PathSegment[]): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else s += /^[A-Za-z_$][\w$]*$/.test(seg) ? (s ? `.${seg}` : seg) : `[${JSON.stringify(seg)}]`;
  }
  return s || '(root)';
}

function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** How many keys the value has: fewer than written when a key is repeated in an object. */
function keysHeld(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + keysHeld(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(value)) n += 1 + keysHeld(v);
  return n;
}

/**
 * Syntax errors (comments, trailing commas, truncation), duplicate keys and nesting past
 * MAX_JSON_DEPTH are all reported.
 *
 * A file JSON.parse takes, with as many keys as it writes (none repeated), is read by it alone;
 * the tree that locates paths (and reads long numbers from their text) is only built when
 * something asks for it. Any other file is parsed by jsonc-parser, which says where each problem is.
 */
export function parseJsonSource(rawText: string, file: string): { source?: JsonSource; diagnostics: Diagnostic[] } {
  const bom = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = rawText.slice(bom);
  const scan = scanJson(text);
  const refused = scanProblems(text, file, scan);
  if (refused) return { diagnostics: refused };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseWithTree(text, file, scan);
  }
  if (scan.keys !== keysHeld(value)) return parseWithTree(text, file, scan);
  let tree: JsonSource | undefined;
  const withTree = () => (tree ??= parseWithTree(text, file, scan).source);
  const locate: JsonSource['locate'] = (path, opts) => withTree()?.locate(path, opts) ?? { line: 1, column: 1, path: formatPath(path) };
  const rational: JsonSource['rational'] = scan.inexact ? (path, v) => withTree()?.rational(path, v) ?? Rational.fromNumber(v) : (_path, v) => Rational.fromNumber(v);
  return { source: { file, value, locate, rational }, diagnostics: [] };
}

/** Nesting too deep, or numbers too long or too large: nothing is parsed (every parser after the scan recurses, and reads numbers exactly). */
function scanProblems(text: string, file: string, scan: JsonScan): Diagnostic[] | undefined {
  if (scan.tooDeep !== undefined) return [diag('CRITERIA_JSON_TOO_DEEP', 'error', { file, ...lineIndex(text)(scan.tooDeep) }, { limit: MAX_JSON_DEPTH })];
  if (scan.outOfBounds.length === 0) return undefined;
  const at = lineIndex(text);
  return scan.outOfBounds.map(({ offset, text: literal, bound }) => diag('CRITERIA_NUMBER_OUT_OF_BOUNDS', 'error', { file, ...at(offset) }, { text: literal, bound, limit: limitOf(bound, CRITERIA_LIMITS) }));
}

export function parseWithTree(text: string, file: string, scan: JsonScan = scanJson(text)): { source?: JsonSource; diagnostics: Diagnostic[] } {
  const refused = scanProblems(text, file, scan);
  if (refused) return { diagnostics: refused };
  const inexact = scan.inexact;
  const at = lineIndex(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const raw = errors.map((e) => ({ code: printParseErrorCode(e.error), offset: e.offset, length: e.length }));
  const diagnostics: Diagnostic[] = jsonSyntaxProblems(text, raw).map(({ offset, ...args }) => diag('CRITERIA_JSON_SYNTAX', 'error', { file, ...at(offset) }, args));
  if (tree) findDuplicateKeys(tree, (key, first, dup) => {
    const path = formatPath(pathOf(dup));
    diagnostics.push(diag('CRITERIA_JSON_DUPLICATE_KEY', 'error', { file, ...at(dup.offset), path }, { key, firstLine: at(first.offset).line }));
  });
  if (!tree || diagnostics.length > 0) return { diagnostics };
  const locate = (path: readonly PathSegment[], opts?: { key?: boolean }) => {
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, [...path.slice(0, n)]);
      const target = opts?.key && n === path.length && node?.parent?.type === 'property' ? node.parent : node;
      if (target) return { ...at(target.offset), path: formatPath(path) };
    }
    return { line: 1, column: 1, path: formatPath(path) };
  };
  const rational = (path: readonly PathSegment[], v: number): Rational => {
    const node = inexact ? findNodeAtLocation(tree, [...path]) : undefined;
    return (node?.type === 'number' ? Rational.parse(text.slice(node.offset, node.offset + node.length)) : undefined) ?? Rational.fromNumber(v);
  };
  return { source: { file, value: valueOf(tree), locate, rational }, diagnostics };
}

function findDuplicateKeys(node: Node, report: (key: string, first: Node, dup: Node) => void): void {
  if (node.type === 'object') {
    const seen = new Map<string, Node>();
    for (const prop of node.children ?? []) {
      const keyNode = prop.children?.[0];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      const first = seen.get(key);
      if (first) report(key, first, keyNode);
      else seen.set(key, keyNode);
    }
  }
  for (const child of node.children ?? []) findDuplicateKeys(child, report);
}

function pathOf(keyNode: Node): PathSegment[] {
  const path: PathSegment[] = [];
  let n: Node | undefined = keyNode.parent; // the property
  while (n && n.parent) {
    const parent: Node = n.parent;
    if (n.type === 'property') path.unshift(String(n.children?.[0]?.value));
    else if (parent.type === 'array') path.unshift(parent.children?.indexOf(n) ?? 0);
    n = parent;
  }
  return path;
}

function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [String(p.children?.[0]?.value), p.children?.[1] ? valueOf(p.children[1]) : null]));
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}
