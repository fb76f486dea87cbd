// `cchc notices` in Word: each notice A4 portrait, margins and type as the annex (Decree
// 30/2020/NĐ-CP), page numbers at the top centre from its second page. This file is a lazy chunk
// of its own (scripts/build.mjs): only a run writing notices in Word loads it and docx.
//
// The notices' XML is filled into docx's prototypes (notice-protos.ts); the files share every part
// but document.xml and core.xml, compressed once (zip-parts.ts). The bytes are reproducible:
// core.xml carries --date, and every zip entry is stamped with it.
import type { NoticeContent } from '../notice-model.js';
import type { ReportSettings } from '../report-settings.js';
import { noticeXml, type NoticeXml } from './notice-protos.js';
import { coreXml } from './render-docx.js';
import { packPart, packTexts, writeZip, type PackedPart } from './zip-parts.js';

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A Word file: the shared parts, with this document.xml and this title in core.xml. */
function wordFile(x: NoticeXml, shared: Map<string, PackedPart>, document: PackedPart, title: string, s: ReportSettings): Uint8Array {
  const parts = [...x.parts.keys()].map((name) => (name === DOCUMENT ? document : name === CORE ? packPart(name, utf8(coreXml(title, s))) : (shared.get(name) as PackedPart)));
  return writeZip(parts, s.date);
}

const sharedParts = (x: NoticeXml): Map<string, PackedPart> => new Map([...x.parts].filter(([name]) => name !== DOCUMENT && name !== CORE).map(([name, data]) => [name, packPart(name, data)]));

const titleOf = (c: NoticeContent) => `${c.title} ${c.subject}`;

/** One Word file per notice, in the notices' order. */
export async function renderNoticeFiles(contents: readonly NoticeContent[], s: ReportSettings): Promise<Uint8Array[]> {
  if (contents.length === 0) return [];
  const x = await noticeXml(contents, s);
  const shared = sharedParts(x);
  const { head, properties, tail } = x.frame;
  return contents.map((c) => wordFile(x, shared, packPart(DOCUMENT, utf8(`${head}${x.body(c)}${properties}${tail}`)), titleOf(c), s));
}

/**
 * Every notice in one Word file, each a section of its own: from a new page, its pages numbered
 * from 1, none on its first. The first section carries the page-number headers and the others
 * inherit them (OOXML: a section without its own headers takes the previous one's). The paragraph
 * that ends a section is 1 pt high: a notice that fills its last page must not push it onto a new one.
 */
export async function renderCombinedNotices(contents: readonly NoticeContent[], s: ReportSettings, title: string): Promise<Uint8Array> {
  const x = await noticeXml(contents, s);
  const { head, properties, tail } = x.frame;
  const inherited = properties.replace(/<w:headerReference [^>]*\/>/g, '');
  const end = (i: number) => `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr>${i === 0 ? properties : inherited}</w:pPr></w:p>`;
  // Written notice by notice into the compressor: never one string, however many notices.
  function* texts(): Generator<string> {
    yield head;
    for (const [i, c] of contents.entries()) yield `${x.body(c)}${i < contents.length - 1 ? end(i) : ''}`;
    yield `${contents.length > 1 ? inherited : properties}${tail}`;
  }
  return wordFile(x, sharedParts(x), await packTexts(DOCUMENT, texts()), title, s);
}
