// Parses JSON text keeping every value's position, so that any problem found later can be
// located to its line:column in the file and its JSON path.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';

export type PathSegment = string | number;

export interface JsonSource {
  file: string;
  value: unknown;
  /**
   * line:column and path of a JSON path (of its key with `key`); the nearest existing ancestor
   * when the path is absent.
   */
  locate(path: readonly PathSegment[], opts?: { key?: boolean }): { line: number; column: number; path: string };
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
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
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

/** Syntax errors (comments, trailing commas, truncation) and duplicate keys are all reported. */
export function parseJsonSource(rawText: string, file: string): { source?: JsonSource; diagnostics: Diagnostic[] } {
  const bom = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = rawText.slice(bom);
  const at = lineIndex(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const diagnostics: Diagnostic[] = errors.map((e) =>
    diag('CRITERIA_JSON_SYNTAX', 'error', { file, ...at(e.offset) }, { problem: printParseErrorCode(e.error) }),
  );
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
  return { source: { file, value: valueOf(tree), locate }, diagnostics };
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
