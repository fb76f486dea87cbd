// Codes of `cchc score --uncertainty` (intervals from resampling the survey forms) and of
// `cchc explain --set` (what-if). Arguments per code.
type Str = string;

export interface UncertaintyArgs {
  /** info: how the intervals were made. */
  SCORE_UNCERTAINTY_METHOD: { replicates: number; seed: number; level: Str; forms: number; units: number };
  /** info: two units next to each other whose rank intervals overlap. */
  SCORE_UNCERTAINTY_NOT_DISTINGUISHABLE: { better: Str; betterRank: number; betterRange: Str; worse: Str; worseRank: number; worseRange: Str };
  /** warning: units whose survey is given as points: no forms to resample. */
  SCORE_UNCERTAINTY_SURVEY_POINTS: { units: Str; count: number };
  /** warning: no survey at all: nothing to resample. */
  SCORE_UNCERTAINTY_NO_SURVEY: Record<string, never>;
}

export interface WhatIfArgs {
  /** `--set CODE=…` names no criterion of the set (nor bonus/penalty). */
  SCORE_SET_UNKNOWN_CODE: { code: Str; suggestion?: Str };
  /** `--set` on a parent: its points are its leaves'. */
  SCORE_SET_PARENT_CODE: { code: Str; leaves: Str };
  /** The same code set twice. */
  SCORE_SET_TWICE: { code: Str };
  /** A survey leaf set when no survey was given: the survey leaves are out of every maximum. */
  SCORE_SET_SURVEY_NOT_GIVEN: { code: Str };
}
