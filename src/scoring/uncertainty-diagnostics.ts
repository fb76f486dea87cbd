// What --uncertainty tells besides the intervals: how they were made, the units whose survey has
// no forms to resample, and the neighbours the survey cannot tell apart (--verbose shows infos).
import { diag, type Diagnostic, type Location } from '../diagnostics/diagnostic.js';
import type { Uncertainty, UnitInterval } from './estimate-uncertainty.js';

/** A level as people write it: 0.9 → "90%". */
export const levelText = (level: number): string => `${Number((level * 100).toFixed(4))}%`;

/** A rank interval as the reports write it: "3–6". */
export const rankRange = (i: UnitInterval | undefined): string => (i?.rankLow === undefined ? '' : `${i.rankLow}–${i.rankHigh}`);

/** Units named in one message: the first few, then how many more. */
const SHOWN = 8;

export function uncertaintyDiagnostics(u: Uncertainty, forms: number, where: Location, locate: (unit: string) => Location): Diagnostic[] {
  const out: Diagnostic[] = [];
  const all = [...u.intervals];
  const resampled = all.filter(([, i]) => i.basis === 'forms').length;
  out.push(diag('SCORE_UNCERTAINTY_METHOD', 'info', where, { replicates: u.replicates, seed: u.seed, level: levelText(u.level), forms, units: resampled }));
  const points = all.filter(([, i]) => i.basis === 'points').map(([unit]) => unit);
  if (points.length > 0) {
    const named = points.slice(0, SHOWN).join(', ') + (points.length > SHOWN ? ', …' : '');
    out.push(diag('SCORE_UNCERTAINTY_SURVEY_POINTS', 'warning', where, { units: named, count: points.length }));
  } else if (resampled === 0) out.push(diag('SCORE_UNCERTAINTY_NO_SURVEY', 'warning', where, {}));
  for (const { better, worse } of u.pairs) {
    out.push(diag('SCORE_UNCERTAINTY_NOT_DISTINGUISHABLE', 'info', locate(better.unit), {
      better: better.unit, betterRank: better.rank as number, betterRange: rankRange(u.intervals.get(better.unit)),
      worse: worse.unit, worseRank: worse.rank as number, worseRange: rankRange(u.intervals.get(worse.unit)),
    }));
  }
  return out;
}
