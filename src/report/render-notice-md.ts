// A notice as Markdown (`cchc notices -f md`): the same content as the Word file, for a clerk who
// pastes it elsewhere or reads it in a viewer. Text from the files is escaped as every Markdown
// report escapes it (mdText); lines of one block end in two spaces (a line break).
import type { NoticeBlock, NoticeCell, NoticeContent } from './notice-model.js';
import { BLANK } from './report-settings.js';
import { mdText, renderMarkdownTable } from './render-md.js';

const lines = (list: readonly string[]) => `${list.join('  \n')}\n`;
const cellText = (c: NoticeCell) => (typeof c === 'string' ? c : [c.text, ...c.notes].join(' — '));

function block(b: NoticeBlock): string {
  if ('paragraph' in b) return `${mdText(b.paragraph)}\n`;
  if ('label' in b) return `_${mdText(b.label)}_\n`;
  if ('items' in b) return `${b.items.map((i) => `- ${mdText(i)}`).join('\n')}\n`;
  return renderMarkdownTable([...b.table.header], b.table.rows.map((r) => r.map(cellText)), [...b.table.numeric]);
}

export function renderNoticeMd(c: NoticeContent): string {
  const issuer = c.issuer.map((l, i) => (i === c.issuer.length - 1 ? `**${mdText(l)}**` : mdText(l)));
  return [
    lines([...issuer, mdText(c.number)]),
    lines(['**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Độc lập - Tự do - Hạnh phúc**', `_${mdText(c.placeDate)}_`]),
    `## ${mdText(c.title)}\n`,
    `**${mdText(c.subject)}**\n`,
    ...c.intro.map((l) => `${mdText(l)}\n`),
    ...c.sections.flatMap((s) => [`### ${mdText(s.heading)}\n`, ...s.blocks.map(block)]),
    `${mdText(c.closing)}\n`,
    `**_Nơi nhận:_**\n\n${c.recipients.map((r) => mdText(r)).join('\n')}\n`,
    lines([...c.signer.lines.map((l) => `**${mdText(l)}**`), '_(Chữ ký, dấu)_', '', `**${mdText(c.signer.name || BLANK)}**`]),
  ].join('\n');
}
