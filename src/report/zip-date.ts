// The zip inside a Word file or a workbook stamps each part with an MS-DOS date, which runs from
// 1980 to 2107, and fflate (the workbook's zip writer) takes only 1980–2099. A report may be dated
// any day of 1900–9999: it keeps that date in every text it shows (the annex, core.xml), and only
// the stamps of its zip's parts are clamped to the nearest day a zip holds.
import type { ReportDate } from './report-settings.js';

const FIRST = '1980-01-01';
const LAST = '2099-12-31';

/** `YYYY-MM-DD` clamped to the days every zip writer stamps (1980-01-01 … 2099-12-31). */
export const zipStampDay = (iso: string): string => (iso < FIRST ? FIRST : iso > LAST ? LAST : iso);

/** The same for a date as the reports hold it. */
export function zipStampDate(d: ReportDate): ReportDate {
  if (d.year < 1980) return { year: 1980, month: 1, day: 1 };
  if (d.year > 2099) return { year: 2099, month: 12, day: 31 };
  return d;
}
