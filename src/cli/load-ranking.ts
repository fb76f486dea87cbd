// Reads a ranking CSV for `cchc compare` with the project's sheet reader (BOM, UTF-16,
// Windows-1258, `;` or tab, decimal comma all as for score sheets), and its SHA-256.
import { createHash } from 'node:crypto';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readSheet } from '../io/read-sheet.js';
import { readInput } from '../io/write-file.js';
import type { RankingEntry } from '../scoring/compare-rankings.js';
import { isRankingHeader, readRanking } from '../sheets/read-ranking.js';

export interface LoadedRanking {
  entries?: RankingEntry[];
  fingerprint: { file: string; sha256: string };
  diagnostics: Diagnostic[];
}

export function loadRanking(path: string, o: { decimal?: 'dot' | 'comma'; convertTcvn3?: boolean }): LoadedRanking {
  const file = path === '-' ? '<stdin>' : path;
  const read = readInput(path);
  if (!read.bytes) return { fingerprint: { file, sha256: '' }, diagnostics: read.diagnostics };
  const fingerprint = { file, sha256: createHash('sha256').update(read.bytes).digest('hex') };
  const { sheet, diagnostics } = readSheet(read.bytes, { file, isKnownHeader: isRankingHeader, minKnownHeaders: 2, convertTcvn3: o.convertTcvn3 ?? false });
  if (!sheet) return { fingerprint, diagnostics };
  const ranking = readRanking(sheet, o.decimal);
  const all = [...diagnostics, ...ranking.diagnostics];
  return hasErrors(all) ? { fingerprint, diagnostics: all } : { entries: ranking.entries, fingerprint, diagnostics: all };
}
