// What every renderer is given besides its report's model: the language, the decimal mark of the
// numbers written as text, colour and the terminal's layout, and the report's settings (date,
// title, issuer, signer…). The CLI decides these from its options and the terminal; a program
// calling the library passes them as plain values.
import type { Lang } from '../messages/index.js';
import type { ReportSettings } from '../report-settings.js';
import type { TableLayout } from '../table-layout.js';

export interface RenderSettings {
  lang: Lang;
  /** The decimal mark of numbers written as text (a workbook's numbers are numbers). */
  mark: '.' | ',';
  /** Colours (a terminal's). */
  color: boolean;
  /** How a terminal table is fitted; absent: as wide as its text (a pipe, a file). */
  layout?: TableLayout;
  report: ReportSettings;
  /** The date a workbook carries: --date or SOURCE_DATE_EPOCH; none otherwise (the same bytes any day). */
  workbookDate?: string;
  /** The Word annex with the appraisal's remarks (a second annex). */
  withFindings?: boolean;
}

/** What a renderer returns: text, or a file's bytes (a workbook, a Word file). */
export type Rendered = string | Uint8Array | Promise<Uint8Array>;

/** A report kind's renderers, one per format it is written in. */
export type Renderers<F extends string, M> = Record<F, (model: M, settings: RenderSettings) => Rendered>;

/** The options of the workbook writer: language, the inputs' fingerprints, the date it carries. */
export const workbookOptions = (s: RenderSettings, inputs: readonly { role: string; file: string; sha256: string }[]) => ({
  lang: s.lang,
  inputs,
  ...(s.workbookDate ? { date: s.workbookDate } : {}),
});
