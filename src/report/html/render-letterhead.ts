// The top and the foot of a Vietnamese administrative document (Decree 30/2020/NĐ-CP): the
// issuing body (higher body in plain capitals, itself in bold) beside the national motto, the
// place and date under the motto, and the signature block at the end.
import type { Lang } from '../messages/index.js';
import { BLANK, placeAndDate, type ReportSettings, type Signer } from '../report-settings.js';
import { textsOf } from '../report-texts.js';
import { escapeHtml as e } from './escape-html.js';

/** Each line of the issuer; the last (the body itself) in bold, as the decree writes it. */
const issuerLines = (lines: readonly string[]): string =>
  lines.map((l, i) => (i === lines.length - 1 ? `<b>${e(l)}</b>` : e(l))).join('<br>');

export function renderLetterhead(s: ReportSettings, lang: Lang): string {
  const t = textsOf(lang);
  return [
    '<table class="letterhead" role="presentation"><tr>',
    `<td class="issuer">${issuerLines(s.issuer)}<span class="rule"></span></td>`,
    `<td class="motto"><b>${e(t('motto1'))}</b><br><b>${e(t('motto2'))}</b><span class="rule"></span></td>`,
    '</tr><tr><td></td>',
    `<td class="place"><i>${e(placeAndDate(s, lang))}</i></td>`,
    '</tr></table>',
  ].join('\n');
}

/** The signature block: the signer's lines in bold, room to sign, then the name (or a blank). */
export function renderSignature(signer: Signer, lang: Lang): string {
  const t = textsOf(lang);
  const lines = signer.lines.map((l) => `<b>${e(l)}</b>`).join('<br>');
  return [
    '<div class="signature">',
    `<p>${lines}<br><i class="hint">${e(t('signature'))}</i></p>`,
    `<p class="name"><b>${e(signer.name || BLANK)}</b></p>`,
    '</div>',
  ].join('\n');
}
