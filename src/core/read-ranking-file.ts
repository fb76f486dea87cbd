// A ranking for `cchc compare`, read with the project's sheet reader (BOM, UTF-16, Windows-1258,
// `;` or tab, decimal comma, workbooks, all as for score sheets), and its SHA-256.
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputSource } from '../io/input-source.js';
import { readWholeSheetFile } from '../io/read-sheet-file.js';
import { locateInSheet } from '../io/workbook.js';
import type { RankingEntry } from '../scoring/compare-rankings.js';
import { isRankingHeader, readRanking } from '../sheets/read-ranking.js';
import type { ReaderOptions } from './reader-options.js';

export interface RankingRead {
  entries?: RankingEntry[];
  fingerprint: { file: string; sha256: string };
  diagnostics: Diagnostic[];
}

export async function readRankingFile(source: InputSource, o: Pick<ReaderOptions, 'decimal' | 'convertTcvn3' | 'limit'>): Promise<RankingRead> {
  const file = source.name;
  const { sheet, diagnostics, sha256 } = await readWholeSheetFile(source, { file, isKnownHeader: isRankingHeader, minKnownHeaders: 2, convertTcvn3: o.convertTcvn3, hash: true, limit: o.limit });
  const fingerprint = { file, sha256 };
  if (!sheet) return { fingerprint, diagnostics };
  const ranking = readRanking(sheet, o.decimal);
  locateInSheet(ranking.diagnostics, file, sheet.sheet);
  const all = [...diagnostics, ...ranking.diagnostics];
  return hasErrors(all) ? { fingerprint, diagnostics: all } : { entries: ranking.entries, fingerprint, diagnostics: all };
}
