// Codes of several files given for one role (-s a.csv b.xlsx, -u đợt-1.csv đợt-2.csv, --self, --findings).

type Str = string;

export interface FilesArgs {
  /** One unit in two files of one role (scores, self-assessment, survey points): located at the second, naming the first. */
  SCORE_UNIT_IN_TWO_FILES: { unit: Str; firstFile: Str; firstLine: number; first: Str };
  /** Survey files of one run, some raw answers (one row per form), some survey points per unit. */
  SCORE_SURVEY_FILES_MIXED: { answers: Str; points: Str };
  /** A file pattern (`diem/*.xlsx`) that names no file. */
  INPUT_NO_FILES_MATCH: { pattern: Str };
}
