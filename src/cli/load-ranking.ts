// Reads a ranking CSV for `cchc compare` with the project's sheet reader (BOM, UTF-16,
// Windows-1258, `;` or tab, decimal comma all as for score sheets), and its SHA-256.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readWholeSheetFile } from '../io/read-sheet-file.js';
import { locateInSheet, splitSheetRef } from '../io/workbook.js';
import type { RankingEntry } from '../scoring/compare-rankings.js';
import { isRankingHeader, readRanking } from '../sheets/read-ranking.js';

export interface LoadedRanking {
  entries?: RankingEntry[];
  fingerprint: { file: string; sha256: string };
  diagnostics: Diagnostic[];
}

export async function loadRanking(path: string, o: { decimal?: 'dot' | 'comma'; convertTcvn3?: boolean }): Promise<LoadedRanking> {
  const file = path === '-' ? '<stdin>' : splitSheetRef(path).path;
  const { sheet, diagnostics, sha256 } = await readWholeSheetFile(path, { file, isKnownHeader: isRankingHeader, minKnownHeaders: 2, convertTcvn3: o.convertTcvn3 ?? false, hash: true });
  const fingerprint = { file, sha256 };
  if (!sheet) return { fingerprint, diagnostics };
  const ranking = readRanking(sheet, o.decimal);
  locateInSheet(ranking.diagnostics, file, sheet.sheet);
  const all = [...diagnostics, ...ranking.diagnostics];
  return hasErrors(all) ? { fingerprint, diagnostics: all } : { entries: ranking.entries, fingerprint, diagnostics: all };
}
