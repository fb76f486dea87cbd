// Codes of what a score sheet says beyond its points: a survey not given, rates written the wrong
// way, the council's own totals checked, near misses, the titles row left in. Arguments per code.
type Str = string;

export interface SheetCheckArgs {
  /** warning: the set has survey criteria but no survey was given: they leave the maximum. */
  SCORE_SURVEY_NOT_GIVEN: { codes: Str; survey: Str; appraisal: Str };
  /** warning: a rate (`"unit": "%"`) written as a fraction (0.97): scored as 0.97%, 97% meant? */
  SCORE_RATE_AS_FRACTION: { text: Str; code: Str; percent: Str };
  /** A rate (`"unit": "%"`) above 100%. */
  SCORE_RATE_ABOVE_100: { text: Str; code: Str };
  /** info: a column cchc computes itself (`Tổng điểm`, `Chỉ số`…): checked against cchc's result, not read. */
  SCORE_COMPUTED_COLUMN: { header: Str };
  /** warning: the sheet's own result for a unit differs from cchc's beyond rounding. */
  SCORE_COMPUTED_MISMATCH: { unit: Str; column: Str; theirs: Str; ours: Str };
  /** A long sheet gives a unit's name, group, note, ranked, bonus or penalty twice, differently. */
  SCORE_UNIT_VALUE_CONFLICT: { unit: Str; column: Str; first: Str; second: Str; firstLine: number };
  /** warning: the titles row of `cchc template --titles`, left under the header: skipped. */
  SCORE_TITLES_ROW_SKIPPED: Record<string, never>;
  /** A number with the other decimal mark than the rest of its file (`7.5` among `8,25`s). */
  SCORE_DECIMAL_OTHER_MARK: { text: Str; mark: 'dot' | 'comma'; fixed: Str };
}
