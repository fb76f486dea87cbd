// Loads what `cchc score` (and the reports built on it) needs: the criteria set, the scores
// sheet, the optional survey sheet, merged into the engine's inputs. Every problem in every
// file is collected before anything is computed.
import { readFileSync } from 'node:fs';
import type { CriteriaSet } from '../criteria/model.js';
import { appendAll, diag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SheetHead } from '../io/read-sheet.js';
import { sha256 } from '../io/sha256.js';
import { readSheetFile, readWholeSheetFile, type SheetFileRead } from '../io/read-sheet-file.js';
import { locateInSheet, splitSheetRef } from '../io/workbook.js';
import { filesMissingUnits, mergeInputs, noSurveyWarning, type SurveyRead } from '../sheets/merge-inputs.js';
import type { DecimalMark } from '../text/parse-number.js';
import { readScores, type LeafScope, type ReadScoresOptions } from '../sheets/read-scores.js';
import { columnOf } from '../criteria/column-names.js';
import { countFindings, groupFindings, type Finding, type Findings } from '../sheets/finding.js';
import { readFindings } from '../sheets/read-findings.js';
import type { Named } from '../scoring/find-unit.js';
import { createSurveyAnswerReader, hasQuestionColumns, type SurveyAnswerReader } from '../sheets/read-survey-answers.js';
import type { SheetRow } from '../sheets/sheet.js';
import { scoreAll } from '../scoring/score-all.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { UnitInput } from '../scoring/score-unit.js';
import { checkComputed } from '../sheets/check-computed.js';
import { foldKey } from '../text/normalize.js';
import { headerKeys, isKnownHeaderIn } from './known-header.js';
import { loadCriteria } from './load-criteria.js';
import type { CommonOptions } from './common.js';
import { createProgress, wantsProgress } from './progress.js';
import { startSurveyWorker, type CountedSurvey } from './survey-thread.js';

export interface JobOptions {
  criteria?: string;
  scores: string;
  survey?: string;
  /** The appraisal's remarks per unit and criterion (a findings sheet). */
  findings?: string;
  missing?: 'zero';
  decimal?: DecimalMark;
  convertTcvn3?: boolean;
  /**
   * false: the inputs' SHA-256 is not computed as they are read (a CSV, table or Markdown ranking
   * shows none), only if asked for later, from the file. The default computes it as read.
   */
  hashInputs?: boolean;
  /**
   * Keep each unit's survey forms (for --uncertainty, which resamples them). The survey is then
   * read in this thread: the worker counts, it does not keep forms.
   */
  keepForms?: boolean;
}

export interface InputFingerprint {
  role: 'criteria' | 'scores' | 'survey' | 'self' | 'findings';
  file: string;
  sha256: string;
}

export interface Job {
  criteria: CriteriaSet;
  inputs: UnitInput[];
  units: RankedUnit[];
  surveyGiven: boolean;
  fingerprints: InputFingerprint[];
  /** The line of each unit (by its `unit` text) in the scores file, for messages about units. */
  unitLines: Map<string, number>;
  /** The decimal mark the scores file was read with. */
  scoresMark: DecimalMark;
  /** The appraisal's remarks: the scores sheet's remark columns, then the findings sheet's rows. */
  findings: Findings;
}

/** How messages name an input: `<stdin>`, or its path (a workbook's, without the `#Sheet` after it). */
const displayName = (p: string) => (p === '-' ? '<stdin>' : splitSheetRef(p).path);

/** What the reader found in a file, for --verbose. */
export function detectedInfo(head: SheetHead): Diagnostic {
  const { encoding, delimiter, headerLine, skipped } = head.detected;
  if (head.sheet !== undefined) {
    const { how, passedOver } = head.chosen ?? { how: 'named' as const, passedOver: '' };
    return diag('INPUT_XLSX_SHEET_CHOSEN', 'info', { file: head.file, sheet: head.sheet, line: headerLine }, { sheet: head.sheet, how, passedOver, headerLine, skipped: skipped.length });
  }
  const args = { encoding, delimiter: delimiter === '\t' ? 'tab' : delimiter, headerLine, skipped: skipped.length };
  return diag('INPUT_DETECTED', 'info', { file: head.file, line: headerLine }, args);
}

/**
 * An input's fingerprint: its SHA-256 as computed while it was read, or (not computed then, a
 * report that does not show it) from the file when first asked for.
 */
function fingerprintOf(role: InputFingerprint['role'], file: string, path: string, read: Pick<SheetFileRead, 'sha256' | 'regular'>): InputFingerprint {
  if (read.sha256 !== '' || !read.regular) return { role, file, sha256: read.sha256 };
  return hashedWhenAsked(role, file, () => readFileSync(path));
}

function hashedWhenAsked(role: InputFingerprint['role'], file: string, bytes: () => Uint8Array): InputFingerprint {
  let hash: string | undefined;
  return {
    role,
    file,
    get sha256() {
      return (hash ??= sha256(bytes()));
    },
  };
}

export function knownHeader(criteria: CriteriaSet): (key: string) => boolean {
  return isKnownHeaderIn(headerKeys(criteria));
}

const scoresOptions = (opts: JobOptions, scope: LeafScope): ReadScoresOptions => ({ missing: opts.missing ?? 'error', scope, ...(opts.decimal ? { decimal: opts.decimal } : {}) });

/** A scores-shaped sheet (scores, self-assessment or survey points) read whole. */
export async function loadScoresSheet(criteria: CriteriaSet, path: string, scope: LeafScope, opts: JobOptions, out: Diagnostic[], prints: InputFingerprint[], role: InputFingerprint['role']) {
  const file = displayName(path);
  const read = await readWholeSheetFile(path, { file, isKnownHeader: knownHeader(criteria), convertTcvn3: opts.convertTcvn3 ?? false, hash: opts.hashInputs ?? true });
  appendAll(out, read.diagnostics);
  if (!read.sheet) return undefined;
  prints.push(fingerprintOf(role, file, splitSheetRef(path).path, read));
  out.push(detectedInfo(read.sheet));
  const scores = readScores(read.sheet, criteria, scoresOptions(opts, scope));
  locateInSheet(scores.diagnostics, file, read.sheet.sheet);
  appendAll(out, scores.diagnostics);
  return scores;
}

/** The findings sheet, its units matched against the scores sheet's; its remarks counted for --verbose. */
async function loadFindings(criteria: CriteriaSet, path: string, units: readonly Named[], opts: JobOptions, out: Diagnostic[], prints: InputFingerprint[]): Promise<Finding[]> {
  const file = displayName(path);
  const read = await readWholeSheetFile(path, { file, isKnownHeader: (key) => columnOf(key) !== undefined, convertTcvn3: opts.convertTcvn3 ?? false, hash: opts.hashInputs ?? true });
  appendAll(out, read.diagnostics);
  if (!read.sheet) return [];
  prints.push(fingerprintOf('findings', file, splitSheetRef(path).path, read));
  out.push(detectedInfo(read.sheet));
  const { findings, diagnostics } = readFindings(read.sheet, criteria, units);
  locateInSheet(diagnostics, file, read.sheet.sheet);
  appendAll(out, diagnostics);
  return findings;
}

/** The info --verbose shows of the remarks a file gave (none: nothing to say). */
function countInfo(file: string, findings: readonly Finding[]): Diagnostic[] {
  return findings.length === 0 ? [] : [diag('SCORE_FINDINGS_COUNT', 'info', { file }, countFindings(findings))];
}

async function loadSurvey(criteria: CriteriaSet, path: string, opts: JobOptions, out: Diagnostic[], prints: InputFingerprint[], pending?: Promise<CountedSurvey | undefined>): Promise<SurveyRead | undefined> {
  const from = out.length;
  const read = await readSurvey(criteria, path, opts, out, prints, pending);
  // Every problem found in a workbook's sheet is located in it (the answer reader locates by file and line).
  locateInSheet(out.slice(from), displayName(path), read.sheet);
  return read.survey;
}

async function readSurvey(criteria: CriteriaSet, path: string, opts: JobOptions, out: Diagnostic[], prints: InputFingerprint[], pending?: Promise<CountedSurvey | undefined>): Promise<{ survey?: SurveyRead; sheet?: string }> {
  const file = displayName(path);
  const real = splitSheetRef(path).path;
  const counted = await pending;
  if (counted) {
    appendAll(out, counted.sheetDiagnostics);
    if (!counted.head) return {};
    prints.push(fingerprintOf('survey', file, real, { sha256: counted.sha256, regular: true }));
    out.push(detectedInfo(counted.head));
    appendAll(out, counted.answerDiagnostics);
    return { survey: { kind: 'answers', file, tallies: counted.tallies }, ...sheetOf(counted.head) };
  }
  let answers: SurveyAnswerReader | undefined;
  let head: SheetHead | undefined;
  const rows: SheetRow[] = [];
  const onHead = (h: SheetHead) => {
    head = h;
    if (hasQuestionColumns(h.header, criteria.survey)) answers = createSurveyAnswerReader(criteria, file, h.header, h.headerLine, { keepForms: opts.keepForms === true });
  };
  // Raw answers are counted as they stream; a survey-points sheet is small and kept whole.
  // The commands' options carry --lang (CommonOptions); the progress line speaks it.
  const progress = createProgress(() => wantsProgress(), (opts as Partial<CommonOptions>).lang);
  const sheetOpts = { file, isKnownHeader: knownHeader(criteria), convertTcvn3: opts.convertTcvn3 ?? false, onHead, onProgress: progress.update, hash: opts.hashInputs ?? true };
  const read = await readSheetFile(path, sheetOpts, (row) => (answers ? answers.onRow(row) : rows.push(row)));
  progress.done();
  appendAll(out, read.diagnostics);
  if (!head) return {};
  const sheet = sheetOf(head);
  prints.push(fingerprintOf('survey', file, real, read));
  out.push(detectedInfo(head));
  if (answers) {
    const { tallies, diagnostics } = answers.finish();
    appendAll(out, diagnostics);
    return { survey: { kind: 'answers', file, tallies }, ...sheet };
  }
  const data = { file, ...sheet, header: head.header, headerLine: head.headerLine, rows };
  const surveyCodes = new Set(criteria.leaves.filter((l) => l.source === 'survey').map((l) => foldKey(l.code)));
  if (!head.header.some((h) => surveyCodes.has(foldKey(h)))) {
    out.push(diag('SCORE_SURVEY_NO_QUESTIONS', 'error', { file, line: head.headerLine }, {}));
    return sheet;
  }
  const points = readScores(data, criteria, scoresOptions(opts, 'survey'));
  appendAll(out, points.diagnostics);
  return { survey: { kind: 'points', file, read: points }, ...sheet };
}

const sheetOf = (head: SheetHead): { sheet?: string } => (head.sheet === undefined ? {} : { sheet: head.sheet });

/** The job, or the diagnostics; `criteria` also when only the sheets failed (a report may check its own file against it). */
export async function loadJob(opts: JobOptions): Promise<{ job?: Job; criteria?: CriteriaSet; diagnostics: Diagnostic[] }> {
  const loaded = loadCriteria(opts.criteria);
  const out = [...loaded.diagnostics];
  const criteria = loaded.criteria;
  if (!criteria || !loaded.bytes) return { diagnostics: out };
  // A bundled set is named as the reports cite it (ha-tinh-xa@2021), not by its path inside the package.
  const criteriaName = loaded.bundled ? `${criteria.id}@${criteria.version}` : loaded.display;
  const criteriaBytes = loaded.bytes;
  const prints: InputFingerprint[] = [hashedWhenAsked('criteria', criteriaName, () => criteriaBytes)];
  // A large survey is read in a worker thread meanwhile (see survey-thread.ts).
  const lang = (opts as Partial<CommonOptions>).lang ?? 'vi';
  const workerOpts = { criteria: opts.criteria, convertTcvn3: opts.convertTcvn3 ?? false, hash: opts.hashInputs ?? true, progress: wantsProgress() ? lang : undefined };
  // Forms kept for --uncertainty are read here: the worker sends back counts only.
  const pending = opts.survey && !opts.keepForms ? startSurveyWorker(criteria, opts.survey, displayName(opts.survey), workerOpts) : undefined;
  const scores = await loadScoresSheet(criteria, opts.scores, 'all', opts, out, prints, 'scores');
  const survey = opts.survey ? await loadSurvey(criteria, opts.survey, opts, out, prints, pending) : undefined;
  if (!scores) return { criteria, diagnostics: out };
  const given = opts.findings ? await loadFindings(criteria, opts.findings, scores.units, opts, out, prints) : [];
  appendAll(out, [...countInfo(displayName(opts.scores), scores.findings), ...(opts.findings ? countInfo(displayName(opts.findings), given) : [])]);
  // Merged even when a sheet has errors, so that units missing from a file are reported too.
  const merged = mergeInputs(criteria, displayName(opts.scores), scores, survey, filesMissingUnits(out));
  appendAll(out, merged.diagnostics);
  // A survey asked for but unreadable has its own error: only a survey never given is said to be missing.
  if (!opts.survey && !merged.surveyGiven) noSurveyWarning(criteria, displayName(opts.scores), out);
  if (hasErrors(out)) return { criteria, diagnostics: out };
  const scored = scoreAll(criteria, merged.inputs, { surveyGiven: merged.surveyGiven });
  appendAll(out, scored.diagnostics);
  if (hasErrors(out)) return { criteria, diagnostics: out };
  // The council's own totals, index, band, rank and subtotals in the scores, against cchc's.
  appendAll(out, checkComputed(criteria, scored.units, new Map(scores.units.flatMap((d) => (d.computed ? [[d.unit, d.computed] as const] : []))), scores.mark));
  const unitLines = new Map(scores.units.map((d) => [d.unit, d.line]));
  const findings = groupFindings([...scores.findings, ...given], opts.findings !== undefined);
  return { job: { criteria, inputs: merged.inputs, units: scored.units, surveyGiven: merged.surveyGiven, fingerprints: prints, unitLines, scoresMark: scores.mark, findings }, criteria, diagnostics: out };
}
