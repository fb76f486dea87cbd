// The HTML report's words on the intervals of --uncertainty: how to read them (under the chart),
// the units whose survey has no forms, and the neighbours the survey cannot tell apart.
import type { Uncertainty } from '../../scoring/estimate-uncertainty.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import { rankRange } from '../../scoring/uncertainty-diagnostics.js';
import type { Lang } from '../messages/index.js';
import { howToRead, pointsCount, uncertaintyTexts } from '../uncertainty-texts.js';
import { escapeHtml } from './escape-html.js';

/** The style of what follows, added to the report's only when it has intervals (a report without them keeps its bytes). */
export const INTERVAL_STYLE = `
p.how-to-read { font-size: 9pt; color: #333; margin: 1.5mm 0 0; }
ul.pairs { font-size: 9pt; margin: 0; padding-left: 5mm; }
`;

/** The sentence on how to read the intervals, and the note on units with survey points, if any. */
export function renderIntervalNotesHtml(u: Uncertainty, lang: Lang): string {
  const points = pointsCount(u);
  const note = points > 0 ? `\n<p class="note">${escapeHtml(uncertaintyTexts(lang).pointsNote(points))}</p>` : '';
  return `<p class="how-to-read">${escapeHtml(howToRead(u, lang, true))}</p>${note}`;
}

const named = (u: RankedUnit, range: string): string => `${u.rank}. ${u.name || u.unit} (${range})`;

/** The pairs of neighbours whose rank intervals overlap, as a list (or a line saying there is none). */
export function renderPairsHtml(u: Uncertainty, lang: Lang): string {
  const t = uncertaintyTexts(lang);
  if (u.pairs.length === 0) return `<p>${escapeHtml(t.pairsNone)}</p>`;
  const items = u.pairs.map(({ better, worse }) => {
    const text = t.pair(named(better, rankRange(u.intervals.get(better.unit))), named(worse, rankRange(u.intervals.get(worse.unit))));
    return `<li>${escapeHtml(text)}</li>`;
  });
  return `<ul class="pairs">\n${items.join('\n')}\n</ul>`;
}
