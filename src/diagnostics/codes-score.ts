// Codes for interpreting score/survey sheets and scoring. Arguments per code.
type Cell = { text: string; code: string };
type Str = string;
/** Set when a number could not be read with the file's decimal mark (`mark`) but reads with the other one. */
type Mark = { mark?: 'dot' | 'comma' };

export interface ScoreArgs {
  SCORE_VALUE_NOT_NUMBER: Cell & Mark;
  SCORE_VALUE_EXCEL_ERROR: Cell;
  SCORE_VALUE_DATE: Cell;
  SCORE_VALUE_FORMULA: Cell;
  SCORE_VALUE_ABOVE_MAX: Cell & { max: Str };
  SCORE_VALUE_BELOW_MIN: Cell & { min: Str };
  SCORE_VALUE_NEGATIVE: Cell;
  SCORE_COUNT_NOT_WHOLE: Cell;
  SCORE_YESNO_INVALID: Cell;
  SCORE_LEVEL_UNKNOWN: Cell & { levels: Str };
  SCORE_NA_NOT_ALLOWED: Cell;
  SCORE_VALUE_MISSING: { unit: Str; code: Str };
  SCORE_COLUMN_MISSING: { codes: Str; count: number };
  /** `missing`: the suggestion is a leaf the sheet has no column for (`3.21` for `3.2.1`). */
  SCORE_UNKNOWN_COLUMN: { header: Str; suggestion?: Str; missing?: boolean };
  SCORE_CODE_MANGLED: { header: Str; code: Str };
  SCORE_UNKNOWN_CODE: { code: Str; suggestion?: Str };
  SCORE_PARENT_CODE: { code: Str };
  SCORE_NO_UNIT_COLUMN: { columns: Str };
  SCORE_UNIT_EMPTY: Record<string, never>;
  /**
   * `how` when the two rows name the unit differently: `name-code`, this row's unit cell is the
   * first's name; `code-name`, this row's name is the first's code. `first` names the first unit.
   */
  SCORE_DUPLICATE_UNIT: { unit: Str; firstLine: number; first?: Str; how?: 'code' | 'name-code' | 'code-name' };
  SCORE_DUPLICATE_CELL: { unit: Str; code: Str; firstLine: number };
  SCORE_NO_UNITS: Record<string, never>;
  /** `count`: rows (survey forms) with this unit, when more than one; `lines` the first of them. */
  SCORE_UNIT_ONLY_IN: { unit: Str; otherFile: Str; suggestion?: Str; count?: number; lines?: Str };
  SCORE_RANKED_INVALID: { text: Str };
  SCORE_ADJUSTMENT_INVALID: { text: Str; column: Str } & Mark;
  SCORE_ADJUSTMENT_CAPPED: { unit: Str; column: Str; value: Str; cap: Str };
  SCORE_ADJUSTMENT_NOT_ALLOWED: { unit: Str; column: Str; value: Str };
  /** With `comma` and `dot`: both marks, in many cells each (a mixed file); without: only numbers that read both ways. */
  SCORE_DECIMAL_AMBIGUOUS: { examples: Str; comma?: number; dot?: number };
  SCORE_DECIMAL_DETECTED: { mark: 'dot' | 'comma'; forced: boolean; evidence: Str };
  SCORE_SURVEY_ANSWER_INVALID: { text: Str; question: Str; allowed: Str };
  SCORE_SURVEY_QUESTION_MISSING: { question: Str };
  SCORE_SURVEY_NO_QUESTIONS: Record<string, never>;
  /** `suggestion`: the group of the set written without (or with other) diacritics. */
  SCORE_SURVEY_GROUP_UNKNOWN: { group: Str; groups: Str; suggestion?: Str };
  SCORE_SURVEY_GROUP_MISSING: { groups: Str };
  SCORE_SURVEY_LEAF_TWICE: { code: Str; otherFile: Str };
  SCORE_SURVEY_IN_SELF_ASSESSMENT: { code: Str };
  SCORE_SURVEY_UNIT_NO_ANSWERS: { unit: Str; code: Str };
  SCORE_NO_APPLICABLE_MAX: { unit: Str };
  /** `cchc explain`: no unit has this code or name; `suggestions` are the close ones. */
  SCORE_UNIT_UNKNOWN: { unit: Str; suggestions: Str };
  /** `cchc compare`: a ranking CSV lacks a column it needs (unit, rank or index). */
  SCORE_RANKING_COLUMN_MISSING: { columns: Str };
  /** `cchc compare`: a rank or index cell that is not a number. */
  SCORE_RANKING_VALUE_INVALID: { text: Str; column: Str } & Mark;
}
