// `check FILE…`: each criteria file read and checked like a linter, every problem found.
import { decodeCriteria } from '../criteria/decode-criteria.js';
import { parseCriteria } from '../criteria/parse-criteria.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { criteriaLimit, DEFAULT_LIMIT, type InputLimit } from '../io/input-limit.js';
import { readInput } from '../io/read-input.js';
import { CRITERIA_DATA_NAME, resolveCriteriaPath, type CriteriaRequest } from './load-criteria.js';

export interface CheckedFile {
  file: string;
  diagnostics: Diagnostic[];
}

/** One criteria file (a path, a bundled id, or a set given as data) and its problems. */
export function checkCriteriaFile(request: CriteriaRequest, limit: InputLimit = DEFAULT_LIMIT): CheckedFile {
  if (typeof request !== 'string') return { file: CRITERIA_DATA_NAME, diagnostics: parseCriteria(JSON.stringify(request, null, 2), CRITERIA_DATA_NAME).diagnostics };
  const resolved = resolveCriteriaPath(request);
  if (!resolved.path) return { file: request, diagnostics: resolved.diagnostics };
  const file = resolved.display ?? resolved.path;
  const read = readInput(resolved.path, file, criteriaLimit(limit));
  if (!read.bytes) return { file: request, diagnostics: read.diagnostics };
  const { text, diagnostics } = decodeCriteria(read.bytes, file);
  return { file, diagnostics: text === undefined ? diagnostics : parseCriteria(text, file).diagnostics };
}
