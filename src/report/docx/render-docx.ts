// `cchc score -f docx`: the annex (phụ lục) of the People's Committee's decision, in the layout
// of Decree 30/2020/NĐ-CP: A4 (landscape when the table has more than 8 columns), margins 20/20/
// 30/15 mm, Times New Roman 13–14 pt, the issuer and the national motto, the title and the
// decision it goes with, the ranking with its header row on every page, the summary, the place
// and date and the signature block; page numbers at the top centre from the second page on.
// docx builds it (this folder is a lazy chunk, with docx: only a run writing a Word file loads
// it), the table's rows and the remarks written from prototypes (docx-bulk.ts) so that memory
// stays linear and small; the bytes are made reproducible here: the document's properties carry
// --date, and every zip entry is stamped with it.
import { Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { CriteriaSet } from '../../criteria/model.js';
import type { RankedUnit } from '../../scoring/rank-units.js';
import { indexStats } from '../../scoring/summarize-ranking.js';
import type { NumberFormat } from '../ranking-rows.js';
import { ANNEX_SIGNER, decisionReference, isoDate, resultsTitle, signerOf, type ReportSettings } from '../report-settings.js';
import { rankingParts, summaryLine } from '../summary-text.js';
import { unzipSync, zipSync } from 'fflate';
import { fillBulks } from './docx-bulk.js';
import { fixZipTimes } from './fix-zip-times.js';
import { docxLetterhead, docxSignature } from './docx-letterhead.js';
import { annexColumns, docxRankingTable } from './docx-ranking-table.js';
import { CENTER, FONT, SIZE, paragraph } from './docx-text.js';
import type { Findings } from '../../sheets/finding.js';
import { docxFindings, docxFindingsHead } from './docx-findings.js';
import { xmlEscape, xmlSafe } from '../../text/xml-text.js';
import { DiagnosticsError, diag } from '../../diagnostics/diagnostic.js';

export const MM = 56.7; // twips per millimetre
export const A4 = { width: 11906, height: 16838 }; // 210 × 297 mm in twips, as Word writes A4
export const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };

export interface DocxAnnexInput {
  criteria: CriteriaSet;
  units: readonly RankedUnit[];
  settings: ReportSettings;
  /** --with-findings: a second annex, each unit's shortcomings and recommendations. */
  findings?: Findings;
}

/** docProps/core.xml with the report's date, not the time of writing. */
export function coreXml(title: string, s: ReportSettings): string {
  const at = `${isoDate(s.date)}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlEscape(title)}</dc:title><dc:creator>cchc ${xmlEscape(s.version)}</dc:creator><cp:lastModifiedBy>cchc ${xmlEscape(s.version)}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
}

/** Portrait up to 8 columns; a wider table turns the page. */
export const annexLandscape = (criteria: CriteriaSet, units: readonly RankedUnit[]): boolean => annexColumns(criteria, units).length > 8;

/**
 * What the annex is measured for: with the repeated elements written as text (docx-bulk.ts),
 * 10,000 units take ~6 s and 276 MB, and with 50,000 remarks 511 MB (docx's objects alone took
 * 2.4 GB for the 10,000 units). Past these it is refused before anything is built.
 */
export const ANNEX_LIMITS = { units: 10_000, remarks: 50_000 } as const;

/** The annex's remarks: the kinds it shows, of the units it lists. */
const remarksShown = (units: readonly RankedUnit[], findings: Findings | undefined): number =>
  findings ? units.reduce((n, u) => n + (findings.byUnit.get(u.unit) ?? []).filter((x) => x.kind === 'shortcoming' || x.kind === 'recommendation').length, 0) : 0;

export async function renderDocx(r: DocxAnnexInput, f: NumberFormat): Promise<Uint8Array> {
  const { criteria, units, settings } = r;
  // Refused before anything is built: a message, never an out-of-memory abort.
  const shown = remarksShown(units, r.findings?.given ? r.findings : undefined);
  if (units.length > ANNEX_LIMITS.units || shown > ANNEX_LIMITS.remarks) {
    throw new DiagnosticsError([diag('OUTPUT_DOCX_TOO_LARGE', 'error', {}, { units: units.length, remarks: shown, maxUnits: ANNEX_LIMITS.units, maxRemarks: ANNEX_LIMITS.remarks })]);
  }
  const landscape = annexLandscape(criteria, units);
  const width = (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
  const title = resultsTitle(settings, 'vi');
  const overall = summaryLine(indexStats(criteria, units), f, 'vi', rankingParts(criteria, units).length > 1 ? 'Toàn bộ' : undefined);
  const pageNumber = () => new Header({ children: [new Paragraph({ alignment: CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.table })] })] });
  // Two annexes are numbered I and II; the second starts a portrait page and goes on numbering.
  const second = r.findings?.given ? r.findings : undefined;
  const remarks = second ? docxFindings(criteria, units, second, f) : undefined;
  const findingsSection = remarks
    ? [{ properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } }, headers: { default: pageNumber() }, children: [...docxFindingsHead(decisionReference(settings)), ...remarks.prototypes] }]
    : [];
  // The summary and the signature block go with the table's last rows, never on a page of their own.
  const ranking = docxRankingTable(criteria, units, f, width, [
    paragraph({ text: overall, italics: true, size: SIZE.table }, { before: 120, keepNext: true }),
    docxSignature(settings, signerOf(settings, ANNEX_SIGNER), width),
  ]);
  const doc = new Document({
    title: xmlSafe(title),
    creator: `cchc ${settings.version}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin: MARGIN },
        },
        headers: { default: pageNumber(), first: new Header({ children: [] }) },
        children: [
          docxLetterhead(settings, width),
          paragraph({ text: second ? 'PHỤ LỤC I' : 'PHỤ LỤC', bold: true }, { align: CENTER, before: 360 }),
          paragraph({ text: title, bold: true }, { align: CENTER }),
          paragraph({ text: `(Kèm theo Quyết định số ${decisionReference(settings)})`, italics: true }, { align: CENTER }),
          paragraph({ text: `Bộ tiêu chí: ${criteria.title} (${criteria.id}@${criteria.version})`, size: SIZE.table }, { align: CENTER, after: 240 }),
          ranking.table,
        ],
      },
      ...findingsSection,
    ],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title, settings) }]);
  // The rows and the remarks into document.xml from their prototypes, the parts zipped again in docx's order.
  const parts = unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
  parts['word/document.xml'] = fillBulks(parts['word/document.xml'] as Uint8Array, [ranking.rows, ...(remarks ? [remarks.paragraphs] : [])]);
  return fixZipTimes(zipSync(parts, { level: 6 }), settings.date);
}
