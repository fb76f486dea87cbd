// `compare BEFORE AFTER`: two published rankings (cchc's or a council's own tables) read as any
// sheet is, side by side, their units matched by code or name.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputSource } from '../io/input-source.js';
import { compareRankings, type ComparedUnit } from '../scoring/compare-rankings.js';
import { readRankingFile } from './read-ranking-file.js';
import type { ReaderOptions } from './reader-options.js';


export interface CompareRequest {
  before: InputSource;
  after: InputSource;
  reader: ReaderOptions;
}

export interface CompareRun {
  rows?: ComparedUnit[];
  inputs: { role: 'before' | 'after'; file: string; sha256: string }[];
  diagnostics: Diagnostic[];
}

export async function runCompare(request: CompareRequest): Promise<CompareRun> {
  const before = await readRankingFile(request.before, request.reader);
  const after = await readRankingFile(request.after, request.reader);
  const diagnostics = [...before.diagnostics, ...after.diagnostics];
  const inputs = [{ role: 'before' as const, ...before.fingerprint }, { role: 'after' as const, ...after.fingerprint }];
  if (!before.entries || !after.entries) return { inputs, diagnostics };
  // Units matched by code or name; those of one file only are listed, none in common is an error.
  const compared = compareRankings(before.entries, after.entries, { before: before.fingerprint.file, after: after.fingerprint.file });
  diagnostics.push(...compared.diagnostics);
  if (hasErrors(diagnostics)) return { inputs, diagnostics };
  return { rows: compared.rows, inputs, diagnostics };
}
