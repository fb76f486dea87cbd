// docx builds a document as objects and spends ~30 ms on each notice (a table cell alone is a few
// KB of objects): 25 notices took 1.4 s, four annexes' time. What a notice is made of is a few kinds
// of element (the head, a paragraph of each kind, a row of each table, the foot), so docx builds
// one prototype document holding each kind once, with a mark where each text goes; its XML, cut at
// the marks, is then filled with every notice's texts (escaped). The frame, every property and
// every part besides document.xml stay docx's. (The annex does the same for its rows: docx-bulk.)
import { Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { NoticeBlock, NoticeCell, NoticeContent, NoticeTable } from '../notice-model.js';
import type { ReportSettings } from '../report-settings.js';
import { CENTER, FONT, SIZE, paragraph } from './docx-text.js';
import { PARAGRAPHS, tableOf, type ParagraphKind } from './notice-body.js';
import { noticeFoot } from './notice-foot.js';
import { noticeHead } from './notice-head.js';
import { A4, MARGIN } from './render-docx.js';
import { readZipParts } from './zip-parts.js';
import { xmlEscape } from '../../text/xml-text.js';

const WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** Letters and digits, which docx writes as they are. */
const mark = (n: number | string): string => `CCHC${n}Z`;
const BETWEEN = mark('GROUP');
const KINDS = Object.keys(PARAGRAPHS) as ParagraphKind[];

/** `pieces` joined with each text (escaped) between two of them. */
const fill = (pieces: readonly string[], texts: readonly string[]): string => pieces.reduce((out, p, i) => (i === 0 ? p : `${out}${xmlEscape(texts[i - 1] ?? '')}${p}`), '');

/** `xml` cut at each mark, in order. */
function cut(xml: string, marks: readonly string[]): string[] {
  const pieces: string[] = [];
  let rest = xml;
  for (const m of marks) {
    const at = rest.indexOf(m);
    if (at < 0) throw new Error(`notice-protos: mark ${m} missing`);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at + m.length);
  }
  return [...pieces, rest];
}

const shapeKey = (t: Pick<NoticeTable, 'header' | 'numeric' | 'weights'>): string => JSON.stringify([t.header, t.numeric, t.weights]);

interface TableProto {
  open: string;
  header: string;
  /** The body row cut at each cell's text: plain, and bold. */
  rows: [string[], string[]];
}

function tableProto(xml: string, columns: number): TableProto {
  const rows = [...xml.matchAll(/<w:tr>[^]*?<\/w:tr>/g)];
  const [header, plain, bold] = rows;
  if (!header || !plain || !bold) throw new Error('notice-protos: a table prototype without its rows');
  const marks = (n: number) => Array.from({ length: columns }, () => mark(n));
  return { open: xml.slice(0, header.index), header: header[0], rows: [cut(plain[0], marks(0)), cut(bold[0], marks(1))] };
}

export interface NoticeXml {
  /** document.xml before the body's content, the last section's properties (with its headers), and after them. */
  frame: { head: string; properties: string; tail: string };
  /** The other parts of the package, in docx's order (document.xml and core.xml included, to be replaced). */
  parts: Map<string, Uint8Array>;
  /** A notice's content as the body's XML. */
  body(c: NoticeContent): string;
}

/** The prototypes of these notices (their head, tables and foot are alike but for their texts). */
export async function noticeXml(contents: readonly NoticeContent[], s: ReportSettings): Promise<NoticeXml> {
  const first = contents[0];
  if (!first) throw new Error('notice-protos: no notice');
  const shapes = new Map<string, NoticeTable>();
  for (const c of contents) for (const sec of c.sections) for (const b of sec.blocks) if ('table' in b) shapes.set(shapeKey(b.table), b.table);
  const recipients = first.recipients.map((_, i) => mark(`R${i}`));
  const proto: NoticeContent = { ...first, number: mark('NUMBER'), subject: mark('SUBJECT'), closing: mark('CLOSING'), recipients };
  const group = () => paragraph({ text: BETWEEN });
  const pageNumber = new Header({ children: [new Paragraph({ alignment: CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.table })] })] });
  const doc = new Document({
    creator: `cchc ${s.version}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN, pageNumbers: { start: 1 } } },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          ...noticeHead(proto, s, WIDTH),
          ...KINDS.flatMap((k) => [group(), PARAGRAPHS[k](mark(k))]),
          ...[...shapes.values()].flatMap((t) => [group(), tableOf(t, WIDTH, [mark(0), mark(1)])]),
          group(),
          ...noticeFoot(proto, WIDTH),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  const parts = readZipParts(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
  const xml = new TextDecoder().decode(parts.get('word/document.xml'));
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  // The groups, cut at the paragraphs that hold BETWEEN.
  const groups = xml.slice(start, end).split(new RegExp(`<w:p>(?:(?!</w:p>)[^])*?${BETWEEN}[^]*?</w:p>`));
  const [head = '', ...rest] = groups;
  const paragraphs = new Map(KINDS.map((k, i) => [k, cut(rest[i] ?? '', [mark(k)])]));
  const tables = new Map([...shapes.keys()].map((key, i) => [key, tableProto(rest[KINDS.length + i] ?? '', shapes.get(key)?.header.length ?? 0)]));
  const heads = cut(head, [proto.number, proto.subject]);
  const feet = cut(rest[KINDS.length + shapes.size] ?? '', [proto.closing, ...recipients]);
  const para = (k: ParagraphKind, text: string) => fill(paragraphs.get(k) ?? [], [text]);

  const cell = (pieces: readonly string[], c: NoticeCell, i: number): string => {
    const after = pieces[i + 1] ?? '';
    if (typeof c === 'string' || c.notes.length === 0) return `${xmlEscape(typeof c === 'string' ? c : c.text)}${after}`;
    // A criterion's remarks: paragraphs of their own at the end of its cell.
    const close = after.indexOf('</w:tc>');
    return `${xmlEscape(c.text)}${after.slice(0, close)}${c.notes.map((n) => para('note', n)).join('')}${after.slice(close)}`;
  };
  const table = (t: NoticeTable): string => {
    const p = tables.get(shapeKey(t));
    if (!p) throw new Error('notice-protos: a table without its prototype');
    const rows = t.rows.map((r, j) => {
      const pieces = p.rows[t.totalsFrom !== undefined && j >= t.totalsFrom ? 1 : 0];
      return r.reduce<string>((out, c, i) => out + cell(pieces, c, i), pieces[0] ?? '');
    });
    return `${p.open}${p.header}${rows.join('')}</w:tbl>`;
  };
  const block = (b: NoticeBlock): string =>
    'paragraph' in b ? para('body', b.paragraph) : 'label' in b ? para('label', b.label) : 'items' in b ? b.items.map((i) => para('item', `- ${i}`)).join('') : table(b.table);

  return {
    frame: { head: xml.slice(0, start), properties: xml.slice(end, xml.lastIndexOf('</w:body>')), tail: xml.slice(xml.lastIndexOf('</w:body>')) },
    parts,
    body: (c) =>
      [
        fill(heads, [c.number, c.subject]),
        ...c.intro.map((l) => para('body', l)),
        ...c.sections.flatMap((sec) => [para('heading', sec.heading), ...sec.blocks.map(block)]),
        fill(feet, [c.closing, ...c.recipients]),
      ].join(''),
  };
}
