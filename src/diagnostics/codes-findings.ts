// Codes of the appraisal's findings (`--findings FILE`, and the remark columns of a scores
// sheet): remarks per unit and criterion. Arguments per code.
type Str = string;

export interface FindingsArgs {
  /** The findings sheet has no column for the remark (note, ghi chú, nhận xét, tồn tại, kiến nghị). */
  SCORE_FINDINGS_NO_NOTE_COLUMN: { columns: Str };
  /** A remark about a unit that is not in the scores sheet; `suggestions` are the close ones. */
  SCORE_FINDING_UNKNOWN_UNIT: { unit: Str; suggestions: Str };
  /** A remark on a code that is no criterion of the set; `suggestions` are the close codes. */
  SCORE_FINDING_UNKNOWN_CODE: { code: Str; suggestions: Str };
  /** warning: a row with a unit but no remark. */
  SCORE_FINDING_NOTE_EMPTY: { unit: Str; code: Str; evidence: boolean };
  /** warning: a kind that is none of the known ones: the remark keeps its column's kind. */
  SCORE_FINDING_KIND_UNKNOWN: { text: Str; suggestion?: Str };
  /** warning: the findings sheet holds no remark at all. */
  SCORE_FINDINGS_EMPTY: Record<string, never>;
  /** info (--verbose): how many remarks a file gave, on how many units, of which kinds. */
  SCORE_FINDINGS_COUNT: { remarks: number; units: number; onCriteria: number; shortcomings: number; recommendations: number };
  /** warning: `--with-findings` but no remark was given: the Word file has the ranking annex only. */
  SCORE_FINDINGS_NOT_GIVEN: Record<string, never>;
}
