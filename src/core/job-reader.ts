// Reads a job's inputs over one criteria set, through one door per kind of sheet, collecting every
// problem and every input's fingerprint as it goes: the job's helpers take a source, not the
// diagnostics and fingerprint lists to fill.
import { columnOf } from '../criteria/column-names.js';
import type { CriteriaSet } from '../criteria/model.js';
import { appendAll, diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputSource } from '../io/input-source.js';
import { readWholeSheetFile } from '../io/read-sheet-file.js';
import { locateInSheet } from '../io/workbook.js';
import type { Named } from '../scoring/find-unit.js';
import { knownUnits } from '../scoring/unit-identity.js';
import { countFindings, type Finding } from '../sheets/finding.js';
import { readFindings } from '../sheets/read-findings.js';
import { readScores, type LeafScope, type ScoresRead } from '../sheets/read-scores.js';
import { detectedInfo } from './detected-info.js';
import { fingerprintOf, type InputFingerprint, type InputRole } from './fingerprint.js';
import { knownHeader } from './known-header.js';
import type { ReaderOptions } from './reader-options.js';
import { readSurvey, type SurveyReadResult } from './read-survey.js';
import type { CountedSurvey } from './survey-thread.js';

/** The info --verbose shows of the remarks a file gave (none: nothing to say). */
export function countInfo(file: string, findings: readonly Finding[]): Diagnostic[] {
  return findings.length === 0 ? [] : [diag('SCORE_FINDINGS_COUNT', 'info', { file }, countFindings(findings))];
}

export class JobReader {
  readonly diagnostics: Diagnostic[] = [];
  readonly fingerprints: InputFingerprint[] = [];

  constructor(
    readonly criteria: CriteriaSet,
    readonly options: ReaderOptions,
  ) {}

  /** A scores-shaped sheet (scores, self-assessment or survey points) read whole. */
  async scores(source: InputSource, scope: LeafScope, role: InputRole): Promise<ScoresRead | undefined> {
    const { criteria, options } = this;
    const read = await readWholeSheetFile(source, { file: source.name, isKnownHeader: knownHeader(criteria), convertTcvn3: options.convertTcvn3, hash: options.hash, limit: options.limit });
    appendAll(this.diagnostics, read.diagnostics);
    if (!read.sheet) return undefined;
    this.fingerprints.push(fingerprintOf(role, source, read));
    this.diagnostics.push(detectedInfo(read.sheet));
    const scores = readScores(read.sheet, criteria, { missing: options.missing, scope, ...(options.decimal ? { decimal: options.decimal } : {}) });
    locateInSheet(scores.diagnostics, source.name, read.sheet.sheet);
    appendAll(this.diagnostics, scores.diagnostics);
    return scores;
  }

  /** The findings sheet, its units matched against the scores sheet's (`scoresFile`, named when a unit cell could be two). */
  async findings(source: InputSource, units: readonly Named[], scoresFile = ''): Promise<Finding[]> {
    // A row below the signature block naming a unit of the scores is read (record-reader.ts).
    const read = await readWholeSheetFile(source, { file: source.name, isKnownHeader: (key) => columnOf(key) !== undefined, convertTcvn3: this.options.convertTcvn3, hash: this.options.hash, limit: this.options.limit, isUnit: knownUnits(units) });
    appendAll(this.diagnostics, read.diagnostics);
    if (!read.sheet) return [];
    this.fingerprints.push(fingerprintOf('findings', source, read));
    this.diagnostics.push(detectedInfo(read.sheet));
    const { findings, diagnostics } = readFindings(read.sheet, this.criteria, units, scoresFile);
    locateInSheet(diagnostics, source.name, read.sheet.sheet);
    appendAll(this.diagnostics, diagnostics);
    return findings;
  }

  /**
   * The survey: raw answers counted as they stream (here, or by a worker thread: `counted`), or
   * points per unit. `units`: the scores' (a row below the signature block naming one is read).
   */
  async survey(source: InputSource, counted?: CountedSurvey, units?: readonly Named[]): Promise<SurveyReadResult['survey']> {
    const read = counted ?? (await readSurvey(this.criteria, source, this.options, units ? knownUnits(units) : undefined));
    appendAll(this.diagnostics, read.diagnostics);
    if (read.head) {
      this.fingerprints.push(fingerprintOf('survey', source, read));
    }
    return read.survey;
  }
}
