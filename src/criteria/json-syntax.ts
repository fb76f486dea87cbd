// What is wrong with a criteria file's JSON, in the terms a person who edits it by hand thinks in
// (a trailing comma, a comment, a decimal comma, a missing bracket), from the parser's errors and
// the text around them. The parser reports what it expected next (`PropertyNameExpected`), which
// is often a step away from the mistake; and one mistake can make it report several errors: only
// those that are problems of their own are kept.

import type { JsonProblem } from '../diagnostics/codes-criteria.js';

/** A syntax error as jsonc-parser gives it: printParseErrorCode's name, and where. */
export interface RawSyntaxError {
  code: string;
  offset: number;
  length: number;
}

export interface JsonSyntaxProblem {
  offset: number;
  problem: JsonProblem;
  /** The text at fault (`'Sơn Kim'`, `1,5`, `True`), or the closing brackets missing (`] }`). */
  found?: string;
  /** For a mismatched bracket: the one needed there. */
  expected?: string;
}

/** Problems the parser reads past without losing its way: every one is reported. */
const ALWAYS = new Set<JsonProblem>(['comment', 'trailing-comma', 'extra-comma', 'bad-escape', 'control-character', 'bad-unicode']);
/** Reported until a problem the parser cannot read past: after one, a missing comma is more likely its echo. */
const UNTIL_LOST = new Set<JsonProblem>(['missing-comma', 'missing-colon']);
/** The parser's reaction to a token the scanner did not know: the same mistake again. */
const REACTIONS = new Set(['ValueExpected', 'PropertyNameExpected', 'ColonExpected', 'CommaExpected']);

const CLOSERS: Record<string, string> = { CloseBraceExpected: '}', CloseBracketExpected: ']' };
const LITERALS = /^(true|false|null|none|nan|infinity|undefined)$/i;

/** Where the last character before `offset` that is not white space is (-1: none). */
function lastBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return i;
}

/** The text at `offset` up to the next delimiter or line end: the token a person sees there. */
function tokenAt(text: string, offset: number, stop = /[,:{}[\]\r\n]/): string {
  let end = offset;
  while (end < text.length && end - offset < 40 && !stop.test(text[end] as string)) end++;
  return text.slice(offset, Math.max(end, offset + 1)).trim();
}

function fromSymbol(text: string, e: RawSyntaxError): JsonSyntaxProblem {
  const token = tokenAt(text, e.offset);
  const at = e.offset;
  if (token.startsWith("'")) return { offset: at, problem: 'single-quotes', found: tokenAt(text, e.offset, /[,:}\]\r\n]/) };
  if (text[at] === '=') return { offset: at, problem: 'missing-colon' };
  if (/^[-+.\d]/.test(token)) return { offset: at, problem: 'bad-number', found: token };
  if (LITERALS.test(token)) return { offset: at, problem: 'bad-literal', found: token };
  if (/^[\p{L}_$]/u.test(token)) {
    const next = text.slice(e.offset + token.length).trimStart()[0];
    return { offset: at, problem: next === ':' ? 'unquoted-key' : 'unquoted-text', found: token };
  }
  return { offset: at, problem: 'unexpected-character', found: text.slice(e.offset, e.offset + Math.max(1, Math.min(e.length, 10))) };
}

/** Expected a key or a value, found something else (or the end). */
function fromExpected(text: string, e: RawSyntaxError): JsonSyntaxProblem {
  const at = e.offset;
  const c = text[at] ?? '';
  const prevAt = lastBefore(text, at);
  const prev = text[prevAt] ?? '';
  if (text.trim() === '') return { offset: at, problem: 'empty' };
  if (text.slice(at).trim() === '') return { offset: at, problem: 'unexpected-end' };
  // Told at the comma, which is what to remove.
  if ((c === '}' || c === ']') && prev === ',') return { offset: prevAt, problem: 'trailing-comma', found: c };
  if (c === ',' && prev === ',') return { offset: at, problem: 'extra-comma' };
  // `"max": 1,5`: the comma of a decimal number, then 5 where a key should be.
  const decimal = /(\d+),(\d+)$/.exec(text.slice(Math.max(0, at - 20), at) + tokenAt(text, at));
  if (e.code === 'PropertyNameExpected' && /\d/.test(c) && decimal && text[at - 1] === ',') return { offset: at, problem: 'decimal-comma', found: `${decimal[1]},${decimal[2]}` };
  const token = tokenAt(text, at);
  return { offset: at, problem: e.code === 'PropertyNameExpected' ? 'key-expected' : 'value-expected', found: token };
}

function classify(text: string, e: RawSyntaxError): JsonSyntaxProblem {
  const at = e.offset;
  switch (e.code) {
    case 'InvalidCommentToken':
      return { offset: at, problem: text.startsWith('/*', at) && !text.slice(at, at + e.length).endsWith('*/') ? 'unclosed-comment' : 'comment' };
    case 'UnexpectedEndOfComment':
      return { offset: at, problem: 'unclosed-comment' };
    case 'UnexpectedEndOfString':
      return { offset: at, problem: 'unclosed-string' };
    case 'InvalidEscapeCharacter':
      return { offset: at, problem: 'bad-escape', found: /\\[^"\\/bfnrtu]/.exec(text.slice(at, at + e.length))?.[0] ?? '\\' };
    case 'InvalidCharacter':
      return { offset: at, problem: 'control-character' };
    case 'InvalidUnicode':
      return { offset: at, problem: 'bad-unicode' };
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return { offset: at, problem: 'bad-number', found: tokenAt(text, at) };
    case 'InvalidSymbol':
      return fromSymbol(text, e);
    case 'EndOfFileExpected':
      return { offset: at, problem: 'after-end', found: tokenAt(text, at) };
    case 'ColonExpected':
      return { offset: at, problem: 'missing-colon' };
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return { offset: at, problem: 'unclosed', found: CLOSERS[e.code] as string };
    case 'CommaExpected': {
      const c = text[at] ?? '';
      // `[1, 2}` or `{"a": 1]`: a bracket that closes the wrong thing.
      if (c === '}' || c === ']') return { offset: at, problem: 'mismatched-bracket', found: c, expected: c === '}' ? ']' : '}' };
      if (/\d/.test(c) && /\d/.test(text[at - 1] ?? '')) return { offset: at, problem: 'bad-number', found: tokenAt(text, at - 1) };
      return { offset: at, problem: 'missing-comma' };
    }
    default:
      return fromExpected(text, e);
  }
}

/** The problems of `text` from the parser's `errors`, in order, each once. */
export function jsonSyntaxProblems(text: string, errors: readonly RawSyntaxError[]): JsonSyntaxProblem[] {
  const out: JsonSyntaxProblem[] = [];
  let lost = false;
  let lastOffset = -1;
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i] as RawSyntaxError;
    const previous = errors[i - 1];
    const last = out.at(-1);
    // The closing brackets missing at the end, told at once: `] }`.
    if (last?.problem === 'unclosed' && last.offset === e.offset && CLOSERS[e.code]) {
      last.found = `${last.found} ${CLOSERS[e.code]}`;
      continue;
    }
    if (e.offset === lastOffset) continue;
    if (previous?.code === 'InvalidSymbol' && REACTIONS.has(e.code)) continue;
    const p = classify(text, e);
    if (!ALWAYS.has(p.problem) && lost) continue;
    lastOffset = e.offset;
    out.push(p);
    if (!ALWAYS.has(p.problem) && !UNTIL_LOST.has(p.problem)) lost = true;
  }
  return out;
}
