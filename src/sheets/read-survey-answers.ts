// Raw questionnaires, one row per form, counted as they stream (nothing per row is kept, unless
// the forms are asked for: --uncertainty resamples them, see UnitForms). Answers are matched by
// foldKey against the set's answers and ignore lists; blank is ignored. Each unit spelling's forms
// are counted apart (with their first lines and the ways it was written): which scores unit a
// spelling is, by code or name, is decided when the survey meets the scores (merge-inputs.ts).
// A form copied twice is found here (seen-forms.ts), and every form left out is counted, with why.
import type { CriteriaSet, SurveySpec } from '../criteria/model.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LeftOut } from '../diagnostics/codes-identity.js';
import { AnswerCounts, type CountLayout } from '../scoring/answer-counts.js';
import { scaledWeights, type AnswerTally } from '../scoring/survey-tally.js';
import { UnitForms } from '../scoring/unit-forms.js';
import { unitKey } from '../scoring/unit-identity.js';
import { foldKey } from '../text/normalize.js';
import { plainKey } from '../text/plain-key.js';
import { formKey, SeenForms, unitHash, type UnitHash } from './seen-forms.js';
import { findColumns } from '../criteria/column-names.js';
import { cellAt, type SheetRow } from './sheet.js';
import { isTitlesRow } from './titles-row.js';

/** The forms of one unit spelling (one unitKey of the unit cell). */
export interface SpellingTally {
  /** The unit as first written, and the line of its first form. */
  unit: string;
  line: number;
  /** The file of that line, when the survey came in several files (else the survey's one file). */
  file?: string;
  tally: AnswerTally;
  forms?: UnitForms;
  /** How many forms, and the lines of the first few (for messages about them). */
  count: number;
  lines: number[];
  /** The texts it was written as (trimmed), in order of first appearance: `SONHA`, `sonha`… */
  spellings: string[];
}

export interface SurveyTallies {
  /** Per unit key (unitKey of the unit cell): its forms. */
  units: Map<string, SpellingTally>;
  /** Forms counted. */
  forms: number;
  /** Forms read (rows under the header, the template's titles row apart), and those left out, by why. */
  read: number;
  leftOut: LeftOut;
}

/** Lines kept per spelling, and spellings per unit key, for messages: a few say where to look. */
export const LINES_KEPT = 5;
const SPELLINGS_KEPT = 8;

export interface SurveyAnswerReader {
  onRow(row: SheetRow): void;
  finish(): { tallies: SurveyTallies; diagnostics: Diagnostic[] };
}

/** True when a header row carries at least one of the set's question columns. */
export function hasQuestionColumns(header: readonly string[], spec: SurveySpec | undefined): boolean {
  if (!spec) return false;
  const keys = new Set(header.map(foldKey));
  return spec.questions.some((q) => keys.has(foldKey(q.header)));
}

export interface SurveyAnswerOptions {
  /** Keep each unit's forms (UnitForms) besides its counts, for resampling. */
  keepForms?: boolean;
}

export function createSurveyAnswerReader(criteria: CriteriaSet, file: string, header: string[], headerLine: number, opts: SurveyAnswerOptions = {}): SurveyAnswerReader {
  const spec = criteria.survey as SurveySpec;
  const out: Diagnostic[] = [];
  const cols = findColumns(header);
  const sheet = { file, header };
  const keys = header.map(foldKey);
  const questions = spec.questions.flatMap((q) => {
    const col = keys.indexOf(foldKey(q.header));
    if (col < 0) out.push(diag('SCORE_SURVEY_QUESTION_MISSING', 'error', { file, line: headerLine }, { question: q.header }));
    return col < 0 ? [] : [{ col, code: q.code, header: q.header }];
  });
  if (cols.unit === undefined) out.push(diag('SCORE_NO_UNIT_COLUMN', 'error', { file, line: headerLine }, { columns: header.join(', ') }));
  const groupNames = spec.groups ? [...spec.groups.values()].map((g) => g.label).join(' | ') : '';
  if (spec.groups && cols.group === undefined) out.push(diag('SCORE_SURVEY_GROUP_MISSING', 'error', { file, line: headerLine }, { groups: groupNames }));
  const allowed = [...spec.answers.values()].map((a) => a.label).join(' | ');
  const tallies: SurveyTallies = { units: new Map(), forms: 0, read: 0, leftOut: {} };
  const leave = (why: keyof LeftOut) => void (tallies.leftOut[why] = (tallies.leftOut[why] ?? 0) + 1);
  const broken = cols.unit === undefined || (spec.groups !== undefined && cols.group === undefined);

  // Hundreds of thousands of forms, a few distinct texts: every unit, group and answer text is
  // folded and looked up once, and each unit's answers are counted in one flat array.
  const layout: CountLayout = {
    leaves: [...new Set(questions.map((q) => q.code))],
    groups: spec.groups ? [...spec.groups.keys()] : [''],
    answers: [...spec.answers.keys()],
  };
  const leafOf = questions.map((q) => layout.leaves.indexOf(q.code));
  const IGNORED = -1;
  const INVALID = -2;
  const UNSEEN = -3;
  const answerIndex = new Map<string, number>();
  // Most answers are one ASCII letter: looked up by its code, not hashed.
  const letterIndex = new Int8Array(128).fill(UNSEEN);
  const answerOf = (text: string): number => {
    const letter = text.length === 1 ? text.charCodeAt(0) : 128;
    if (letter < 128 && letterIndex[letter] !== UNSEEN) return letterIndex[letter] as number;
    let a = answerIndex.get(text);
    if (a === undefined) {
      const key = foldKey(text);
      const known = layout.answers.indexOf(key);
      a = known >= 0 ? known : spec.ignore.has(key) ? IGNORED : INVALID;
      answerIndex.set(text, a);
      if (letter < 128 && a < 128) letterIndex[letter] = a;
    }
    return a;
  };
  const groupIndex = new Map<string, number>();
  let lastGroupText: string | undefined;
  let lastGroup = 0;
  type Entry = SpellingTally & { key: string; tally: AnswerCounts; hash: UnitHash };
  const groupLabels = spec.groups ? [...spec.groups.values()].map((x) => x.label) : [];
  const respondentCol = cols.respondent;
  const isCopy = copyFinder(sheet, cols.unit ?? 0, respondentCol, out);
  const answerAt = new Int32Array(questions.length);
  const byKey = new Map<string, Entry>();
  const byText = new Map<string, Entry>();
  // A unit's forms usually come together: the last unit is checked before the map.
  let lastText: string | undefined;
  let lastEntry: Entry | undefined;
  const answers = layout.answers.length;
  const leafBase = Int32Array.from(leafOf, (l) => l * layout.groups.length * answers);
  const questionCols = Int32Array.from(questions, (q) => q.col);
  // With keepForms: the form being read, per layout leaf (its valid answers and their weights).
  const keepForms = opts.keepForms === true;
  const scaled = scaledWeights(spec).weights;
  const answerWeight = layout.answers.map((a) => Number(scaled.get(a) ?? 0n));
  const formValid = new Float64Array(layout.leaves.length);
  const formWeight = new Float64Array(layout.leaves.length);

  // The titles row of `cchc template --survey --titles` (`Q1: 8.1 …`), left under the header.
  const titled = new Map(questions.map((q) => [q.col, `${q.header}:`]));
  let first = true;
  const onRow = ({ line, cells }: SheetRow): void => {
    if (broken) return;
    if (first) {
      first = false;
      if (isTitlesRow(cells, titled)) return void out.push(diag('SCORE_TITLES_ROW_SKIPPED', 'warning', { file, line }, {}));
    }
    const unit = cells[cols.unit as number] ?? '';
    if (unit === '') {
      if (!cells.some((c) => c !== '')) return;
      tallies.read++;
      leave('noUnit');
      return void out.push(diag('SCORE_UNIT_EMPTY', 'error', cellAt(sheet, line, cols.unit as number), {}));
    }
    tallies.read++;
    let g = 0;
    if (spec.groups) {
      const text = cells[cols.group as number] ?? '';
      // A few groups, each a new string on every form: the last one's index is checked first.
      let gi = text === lastGroupText ? lastGroup : groupIndex.get(text);
      // Matched as unit names are (unitKey), against the set's groups (folded when the set was read).
      if (gi === undefined) groupIndex.set(text, (gi = layout.groups.indexOf(unitKey(text))));
      lastGroupText = text;
      lastGroup = gi;
      if (gi < 0) {
        leave('unknownGroup');
        const near = groupLabels.find((label) => plainKey(label) === plainKey(text));
        return void out.push(diag('SCORE_SURVEY_GROUP_UNKNOWN', 'error', cellAt(sheet, line, cols.group as number), { group: text, groups: groupNames, ...(near ? { suggestion: near } : {}) }));
      }
      g = gi;
    }
    let entry = unit === lastText ? lastEntry : byText.get(unit);
    if (!entry) {
      const key = unitKey(unit);
      entry = byKey.get(key);
      if (!entry) {
        byKey.set(key, (entry = { key, unit, line, tally: new AnswerCounts(layout), count: 0, lines: [], spellings: [unit], hash: unitHash(key) }));
        if (keepForms) entry.forms = new UnitForms(layout);
        tallies.units.set(key, entry);
      } else if (entry.spellings.length < SPELLINGS_KEPT && !entry.spellings.includes(unit)) entry.spellings.push(unit);
      byText.set(unit, entry);
    }
    lastText = unit;
    lastEntry = entry;
    // What the form counts for (its group and each question's answer), read once: it tells a copy.
    const blank = -4;
    let content = Math.imul(0x2f6b1d3a ^ g, 0x01000193);
    for (let k = 0; k < questionCols.length; k++) {
      const text = cells[questionCols[k] as number] ?? '';
      // One letter already seen (nearly every answer): its index straight from its code.
      const letter = text.length === 1 ? text.charCodeAt(0) : 128;
      const a = text === '' ? blank : letter < 128 && letterIndex[letter] !== UNSEEN ? (letterIndex[letter] as number) : answerOf(text);
      answerAt[k] = a;
      content = Math.imul(content ^ (a + 8), 0x01000193);
    }
    if (isCopy(entry, respondentCol === undefined ? '' : (cells[respondentCol] ?? ''), content >>> 0, line)) return void leave('copy');
    entry.count++;
    if (entry.lines.length < LINES_KEPT) entry.lines.push(line);
    tallies.forms++;
    const counts = entry.tally.counts; // leaf × group × answer, as AnswerCounts lays them out
    const groupBase = g * answers;
    for (let k = 0; k < questionCols.length; k++) {
      const a = answerAt[k] as number;
      if (a >= 0) {
        const at = (leafBase[k] as number) + groupBase + a;
        counts[at] = (counts[at] as number) + 1;
        if (keepForms) {
          const l = leafOf[k] as number;
          formValid[l] = (formValid[l] as number) + 1;
          formWeight[l] = (formWeight[l] as number) + (answerWeight[a] as number);
        }
      } else if (a === INVALID) {
        const q = questions[k] as (typeof questions)[number];
        out.push(diag('SCORE_SURVEY_ANSWER_INVALID', 'error', cellAt(sheet, line, q.col), { text: cells[q.col] ?? '', question: q.header, allowed }));
      }
    }
    if (entry.forms) {
      entry.forms.add(g, formValid, formWeight);
      formValid.fill(0);
      formWeight.fill(0);
    }
  };
  const finish = () => ({ tallies, diagnostics: out });
  return { onRow, finish };
}

/**
 * A form copied twice: the same unit and respondent id (a copy, left out, when the answers are the
 * same too; both counted, and said, when they differ), or, without an id, the same row (both
 * counted: two people may well answer alike, but it is said). Each is a warning at the later row.
 * `content` is the hash of what the form counts for (its group and answers).
 */
function copyFinder(sheet: { file: string; header: string[] }, unitCol: number, respondentCol: number | undefined, out: Diagnostic[]) {
  const seen = new SeenForms();
  const key = new Uint32Array(2);
  return (entry: { unit: string; hash: UnitHash }, respondent: string, content: number, line: number): boolean => {
    formKey(entry.hash, respondent, content, key);
    const first = seen.check(key[0] as number, key[1] as number, content, line);
    if (!first) return false;
    const copy = respondent !== '' && first.same;
    const kind = respondent === '' ? 'identical' : copy ? 'copy' : 'same-id';
    const at = cellAt(sheet, line, respondent === '' ? unitCol : (respondentCol as number));
    out.push(diag('SCORE_SURVEY_FORM_DUPLICATE', 'warning', at, { unit: entry.unit, firstLine: first.line, kind, ...(respondent === '' ? {} : { respondent }) }));
    return copy;
  };
}
