// Codes of a unit's identity across sheets and of rows left out (issue 19): a spelling that names
// two units, a unit's survey forms written several ways, forms copied twice, groups written two
// ways, rankings compared unit by unit, and the count of what each file gave. Arguments per code.
type Str = string;

/** Why rows (or forms) of a sheet were left out, and how many for each reason. */
export interface LeftOut {
  /** A row with values but no unit. */
  noUnit?: number;
  /** A unit spelling that names no unit of the scores sheet. */
  unknownUnit?: number;
  /** A unit spelling that names two units. */
  ambiguousUnit?: number;
  /** A survey form whose respondent group the set does not weight. */
  unknownGroup?: number;
  /** A survey form copied twice (same unit, respondent id and answers): counted once. */
  copy?: number;
  /** A unit given twice in one sheet. */
  duplicate?: number;
}

export interface IdentityArgs {
  /** A unit spelling that is the code or the name of two units (`units`, each as `"CODE" (Name)`); `count` rows, the first `lines`. */
  SCORE_UNIT_AMBIGUOUS: { unit: Str; units: Str; otherFile: Str; count: number; lines: Str };
  /** warning: one unit's survey forms written several ways (`spellings`), merged; `forms` in all. */
  SCORE_SURVEY_UNIT_SPELLINGS: { unit: Str; spellings: Str; forms: number };
  /**
   * warning: a survey form copied: `copy` the same unit, respondent id and answers (counted once);
   * `same-id` the same unit and id, other answers (both counted); `identical` the same row where
   * there is no id (both counted).
   */
  SCORE_SURVEY_FORM_DUPLICATE: { unit: Str; firstLine: number; kind: 'copy' | 'same-id' | 'identical'; respondent?: Str };
  /** How many rows (forms) a file gave, how many were used, and why the others were left out: info, or a warning when any is left out. */
  SCORE_ROWS_COUNTED: { what: 'rows' | 'forms'; read: number; used: number; leftOut: LeftOut };
  /** info: a group written another way (case, spaces) than on its first row: one group. */
  SCORE_GROUP_SPELLINGS: { group: Str; spelling: Str; firstLine: number };
  /** warning: two groups whose names differ only in diacritics (`Xã`, `Xa`): two groups, as written. */
  SCORE_GROUP_NEAR: { group: Str; other: Str; firstLine: number };
  /** warning (`compare`): units of one file that match no unit of the other (`units`, with the closest where one is near). */
  SCORE_COMPARE_UNMATCHED: { count: number; units: Str; otherFile: Str };
  /** `compare`: no unit of one file matches a unit of the other. */
  SCORE_COMPARE_NO_MATCH: { before: Str; after: Str };
  /** `explain --set`: a value that reads as a number with either decimal mark, differently (`1.250`). */
  SCORE_SET_DECIMAL_AMBIGUOUS: { text: Str; comma: Str; dot: Str };
}
