// Codes for criteria-set files (`cchc check`, and every command that loads a set).
type Code = { code: string };
type Str = string;

/** What is wrong with a criteria file's JSON, in a person's terms (src/criteria/json-syntax.ts). */
export type JsonProblem =
  | 'empty'
  | 'comment'
  | 'unclosed-comment'
  | 'trailing-comma'
  | 'extra-comma'
  | 'missing-comma'
  | 'missing-colon'
  | 'decimal-comma'
  | 'unquoted-key'
  | 'unquoted-text'
  | 'single-quotes'
  | 'bad-literal'
  | 'bad-number'
  | 'unexpected-character'
  | 'key-expected'
  | 'value-expected'
  | 'unexpected-end'
  | 'unclosed'
  | 'mismatched-bracket'
  | 'unclosed-string'
  | 'bad-escape'
  | 'control-character'
  | 'bad-unicode'
  | 'after-end';

/** The kind of a JSON value, as a schema error names what it expected and what it found. */
export type JsonKind = 'string' | 'number' | 'integer' | 'decimal' | 'boolean' | 'array' | 'object' | 'null';

/** Why a value of the right type is refused (src/criteria/schema-issues.ts). */
export type ValueProblem = 'not-allowed' | 'rule-type' | 'empty-text' | 'empty-list' | 'too-small' | 'too-large' | 'code-pattern' | 'id-pattern' | 'other';

export interface CriteriaArgs {
  /** What is wrong in words (json-syntax.ts); `found`: the text at fault, or the brackets missing; `expected`: the bracket needed. */
  CRITERIA_JSON_SYNTAX: { problem: JsonProblem; found?: Str; expected?: Str };
  CRITERIA_JSON_DUPLICATE_KEY: { key: Str; firstLine: number };
  /** Objects and arrays nested deeper than `limit`: located at the first bracket past it. */
  CRITERIA_JSON_TOO_DEEP: { limit: number };
  /** Bytes that are not UTF-8, as hex (`C3 28`), located at the first of them. */
  CRITERIA_ENCODING_INVALID: { bytes: Str };
  CRITERIA_FORMAT_NEWER: { format: Str };
  CRITERIA_FORMAT_UNKNOWN: { format: Str };
  CRITERIA_UNKNOWN_KEY: { key: Str; suggestion?: Str };
  CRITERIA_MISSING_KEY: { key: Str };
  /** `key`: the key (or `fields[3]`) whose value is wrong; `value`: that value as written, shortened. */
  CRITERIA_WRONG_TYPE: { key: Str; expected: JsonKind; found: JsonKind; value: Str };
  /** `allowed`: the values allowed, quoted; `limit`: the bound passed (too-small, too-large, empty-list). */
  CRITERIA_INVALID_VALUE: { key: Str; problem: ValueProblem; value: Str; allowed?: Str; limit?: Str };
  CRITERIA_CODE_DUPLICATE: Code & { firstPath: Str };
  CRITERIA_CODE_RESERVED: Code;
  CRITERIA_MAX_NOT_POSITIVE: Code & { max: Str };
  CRITERIA_MAX_SUM_MISMATCH: Code & { max: Str; sum: Str };
  CRITERIA_RULE_ON_PARENT: Code;
  CRITERIA_RULE_ON_SURVEY_LEAF: Code;
  CRITERIA_NA_ON_PARENT: Code;
  CRITERIA_SOURCE_CONFLICT: Code;
  CRITERIA_POINTS_MIN: Code & { min: Str; max: Str };
  CRITERIA_STEPS_ORDER: Code & { min: Str; previousMin: Str };
  CRITERIA_STEP_POINTS_RANGE: Code & { points: Str; low: Str; max: Str };
  CRITERIA_LEVELS_EMPTY: Code;
  CRITERIA_LEVEL_DUPLICATE: Code & { label: Str };
  CRITERIA_LEVEL_POINTS_RANGE: Code & { label: Str; points: Str; max: Str };
  CRITERIA_DEDUCTION_PER: Code & { per: Str };
  CRITERIA_DEDUCTION_FLOOR: Code & { floor: Str; max: Str };
  CRITERIA_PROPORTIONAL_OF: Code & { of: Str };
  /** `"unit": "%"` on a node whose cell is not a measured value (`type`: its rule, or `children`). */
  CRITERIA_UNIT_NOT_RATE: Code & { type: Str };
  CRITERIA_BANDS_ORDER: { label: Str; min: Str; previousMin: Str };
  CRITERIA_BANDS_DUPLICATE_LABEL: { label: Str };
  CRITERIA_BANDS_RANGE: { label: Str; min: Str };
  CRITERIA_BANDS_NO_FLOOR: { label: Str; min: Str };
  CRITERIA_TIEBREAK_UNKNOWN: { key: Str };
  CRITERIA_SURVEY_NO_LEAVES: Record<string, never>;
  CRITERIA_SURVEY_QUESTION_UNKNOWN_CODE: { question: Str; code: Str };
  CRITERIA_SURVEY_QUESTION_NOT_SURVEY_LEAF: { question: Str; code: Str };
  CRITERIA_SURVEY_QUESTION_DUPLICATE: { question: Str };
  CRITERIA_SURVEY_QUESTION_RESERVED: { question: Str };
  CRITERIA_SURVEY_LEAF_NO_QUESTION: Code;
  CRITERIA_SURVEY_WEIGHT_RANGE: { answer: Str; weight: Str };
  CRITERIA_SURVEY_IGNORE_CONFLICT: { answer: Str };
  /** Two answer labels the same after case folding (answers are matched so). */
  CRITERIA_SURVEY_ANSWER_DUPLICATE: { answer: Str; first: Str };
  /** Two respondent groups the same after case folding. */
  CRITERIA_SURVEY_GROUP_DUPLICATE: { group: Str; first: Str };
  CRITERIA_SURVEY_GROUP_SHARE_RANGE: { group: Str; share: Str };
  CRITERIA_SURVEY_GROUP_SHARES_SUM: { sum: Str };
  CRITERIA_TOTAL: { total: Str; appraisal: Str; survey: Str };
  CRITERIA_TOTAL_NOT_100: { total: Str };
  CRITERIA_NOT_FOUND: { name: Str; available: Str };
}
