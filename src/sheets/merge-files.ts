// Several files of one role read as one sheet: the council's teams each fill a workbook (per team,
// per commune), the communes each send their self-assessment. Rows of units (scores, a
// self-assessment, survey points) are joined, and a unit in two files is an error naming both;
// survey forms are joined per unit, whichever files they came in (one file per respondent group or
// per round of the survey is common).
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { findDuplicateUnits, unitLabel } from '../scoring/unit-identity.js';
import type { LeftOut } from '../diagnostics/codes-identity.js';
import type { SurveyRead } from './merge-inputs.js';
import type { SurveyTallies } from './read-survey-answers.js';
import type { ScoresRead } from './read-scores.js';

/** How messages name several files together: `a.csv, b.xlsx`. */
export const filesName = (files: readonly string[]): string => [...new Set(files)].join(', ');

/** The units of every file, in order; a unit already given by an earlier file is an error at its row, naming the first. */
export function mergeScoresReads(reads: readonly ScoresRead[]): ScoresRead {
  const [first] = reads;
  if (!first || reads.length === 1) return first as ScoresRead;
  const all = reads.flatMap((r) => r.units);
  const diagnostics: Diagnostic[] = [];
  const again = new Set<(typeof all)[number]>();
  // Within a file, its reader has said so already. The second sighting is left out: the unit is
  // then matched once, with no follow-up error about it (in the survey, say).
  for (const { first: a, second: b } of findDuplicateUnits(all)) {
    if (a.file === b.file) continue;
    again.add(b);
    diagnostics.push(diag('SCORE_UNIT_IN_TWO_FILES', 'error', { file: b.file, line: b.line }, { unit: b.unit, firstFile: a.file, firstLine: a.line, first: unitLabel(a) }));
  }
  return {
    units: again.size === 0 ? all : all.filter((u) => !again.has(u)),
    codes: new Set(reads.flatMap((r) => [...r.codes])),
    headerLine: first.headerLine,
    mark: first.mark,
    findings: reads.flatMap((r) => r.findings),
    diagnostics,
  };
}

function addLeftOut(into: LeftOut, from: LeftOut): void {
  for (const [why, n] of Object.entries(from) as [keyof LeftOut, number][]) into[why] = (into[why] ?? 0) + n;
}

/**
 * The survey of several files: raw answers joined per unit (each unit's first file and line kept
 * for messages), or survey points joined as units' rows are; answers in some files and points in
 * others is an error.
 */
export function mergeSurveyReads(reads: readonly SurveyRead[]): { survey?: SurveyRead; diagnostics: Diagnostic[] } {
  const [first] = reads;
  if (!first || reads.length === 1) return { ...(first ? { survey: first } : {}), diagnostics: [] };
  const file = filesName(reads.map((r) => r.file));
  const answers = reads.flatMap((r) => (r.kind === 'answers' ? [r] : []));
  const points = reads.flatMap((r) => (r.kind === 'points' ? [r] : []));
  if (answers.length > 0 && points.length > 0) {
    return { diagnostics: [diag('SCORE_SURVEY_FILES_MIXED', 'error', { file: points[0]?.file ?? file }, { answers: filesName(answers.map((r) => r.file)), points: filesName(points.map((r) => r.file)) })] };
  }
  if (points.length > 0) {
    const read = mergeScoresReads(points.map((r) => r.read));
    return { survey: { kind: 'points', file, read: { ...read, diagnostics: [] } }, diagnostics: read.diagnostics };
  }
  // Each file's spellings of a unit stay apart, with their file: matching them to the scores' units
  // joins them as it joins one file's spellings (merge-survey-answers.ts).
  const tallies: SurveyTallies = { units: new Map(), forms: 0, read: 0, leftOut: {} };
  answers.forEach((r, i) => {
    tallies.forms += r.tallies.forms;
    tallies.read += r.tallies.read;
    addLeftOut(tallies.leftOut, r.tallies.leftOut);
    for (const [key, t] of r.tallies.units) tallies.units.set(`${i}\u0000${key}`, { ...t, file: t.file ?? r.file });
  });
  return { survey: { kind: 'answers', file, tallies }, diagnostics: [] };
}
