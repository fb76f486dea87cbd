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
import { mergeScoresReads, mergeSurveyReads } from '../sheets/merge-files.js';
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

  /**
   * Scores-shaped sheets (scores, self-assessment or survey points), each read whole, as one: the
   * units of every file, a unit in two files an error naming both. Undefined when one cannot be read.
   */
  async scores(sources: readonly InputSource[], scope: LeafScope, role: InputRole): Promise<ScoresRead | undefined> {
    const reads: ScoresRead[] = [];
    for (const source of sources) {
      const read = await this.scoresSheet(source, scope, role);
      if (read) reads.push(read);
    }
    if (reads.length < sources.length || reads.length === 0) return undefined;
    const merged = mergeScoresReads(reads);
    if (reads.length > 1) appendAll(this.diagnostics, merged.diagnostics);
    return merged;
  }

  private async scoresSheet(source: InputSource, scope: LeafScope, role: InputRole): Promise<ScoresRead | undefined> {
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

  /** The findings sheets' remarks, in file order, their units matched against the scores' (`scoresFile`, named when a unit cell could be two). */
  async findings(sources: readonly InputSource[], units: readonly Named[], scoresFile = ''): Promise<Finding[]> {
    const all: Finding[] = [];
    for (const source of sources) appendAll(all, await this.findingsSheet(source, units, scoresFile));
    return all;
  }

  private async findingsSheet(source: InputSource, units: readonly Named[], scoresFile: string): Promise<Finding[]> {
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
  async survey(sources: readonly InputSource[], counted?: CountedSurvey, units?: readonly Named[]): Promise<SurveyReadResult['survey']> {
    const reads: NonNullable<SurveyReadResult['survey']>[] = [];
    for (const [i, source] of sources.entries()) {
      const read = (i === 0 ? counted : undefined) ?? (await readSurvey(this.criteria, source, this.options, units ? knownUnits(units) : undefined));
      appendAll(this.diagnostics, read.diagnostics);
      if (read.head) this.fingerprints.push(fingerprintOf('survey', source, read));
      if (read.survey) reads.push(read.survey);
    }
    if (reads.length < sources.length) return undefined;
    const merged = mergeSurveyReads(reads);
    appendAll(this.diagnostics, merged.diagnostics);
    return merged.survey;
  }
}
