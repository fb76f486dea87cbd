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
}
