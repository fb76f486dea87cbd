// A WorkbookModel → the bytes of an .xlsx (fflate's zip). Same model, same bytes: entries in a
// fixed order, their time the model's date or 1980-01-01, no creation date unless one is given.
// A model past Excel's limits throws DiagnosticsError (excel-limits.ts) before anything is built.
import { zipSync, type Zippable } from 'fflate';
import { columnLetters } from '../../text/cell-address.js';
import { DiagnosticsError } from '../../diagnostics/diagnostic.js';
import { excelLimitProblems } from './excel-limits.js';
import { sheetXml } from './sheet-xml.js';
import { buildStyles } from './styles-xml.js';
import type { SheetModel, WorkbookModel } from './workbook-model.js';
import { sheetName, xmlText } from './xml-text.js';
import { zipStampDay } from '../zip-date.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
/** Where pick lists live: a hidden sheet, one column per list (a list written inline is limited to 255 characters). */
const LISTS_SHEET = 'Danh sách chọn';

export function writeWorkbook(model: WorkbookModel): Uint8Array {
  const sheets: SheetModel[] = [...model.sheets];
  const lists: string[][] = [];
  const listKeys = new Map<string, number>();
  const taken = new Set<string>();
  const names = sheets.map((s) => {
    const n = sheetName(s.name, taken);
    taken.add(n.toLowerCase());
    return n;
  });
  const listsName = sheetName(LISTS_SHEET, taken);
  // Excel's limits, before anything is built (the pick lists' values are checked with their sheet's validations).
  const problems = sheets.flatMap((s, i) => excelLimitProblems(s, names[i] as string));
  if (problems.length > 0) throw new DiagnosticsError(problems);
  const listRange = (values: string[]): string => {
    const key = JSON.stringify(values);
    let k = listKeys.get(key);
    if (k === undefined) listKeys.set(key, (k = lists.push(values) - 1));
    const col = columnLetters(k + 1);
    return `'${listsName.replaceAll("'", "''")}'!$${col}$1:$${col}$${Math.max(1, values.length)}`;
  };
  const decimals = new Set(sheets.flatMap((s) => s.columns.map((c) => c.decimals)).filter((d): d is number => d !== undefined));
  const styles = buildStyles(decimals);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = { index: (t: string) => stringIndex.get(t) ?? (stringIndex.set(t, strings.push(t) - 1), strings.length - 1) };
  const xmls = sheets.map((s) => sheetXml(s, styles, shared, listRange));
  if (lists.length > 0) {
    // One column per list; its first value sits where a header would (headerRows 0: not bold, not frozen).
    const depth = Math.max(...lists.map((l) => l.length));
    const rows = Array.from({ length: depth - 1 }, (_, r) => lists.map((l) => l[r + 1]));
    const listSheet: SheetModel = { name: listsName, hidden: true, headerRows: 0, columns: lists.map((l) => ({ header: l[0] ?? '' })), rows };
    const more = excelLimitProblems(listSheet, listsName);
    if (more.length > 0) throw new DiagnosticsError(more);
    xmls.push(sheetXml(listSheet, styles, shared, listRange));
    sheets.push(listSheet);
    names.push(listsName);
  }
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypes(sheets.length)],
    ['_rels/.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`],
    ['docProps/core.xml', coreXml(model)],
    ['docProps/app.xml', `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>cchc</Application></Properties>`],
    ['xl/workbook.xml', `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
      .map((s, i) => `<sheet name="${xmlText(names[i] as string)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets>${printTitles(sheets, names)}</workbook>`],
    ['xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG_REL}">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`],
    ['xl/styles.xml', styles.xml],
    ...xmls.map((x, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, x]),
    ['xl/sharedStrings.xml', `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map(si).join('')}</sst>`],
  ];
  // A workbook of 1900 or 9999 keeps its date; its parts' stamps are clamped to what a zip holds.
  const mtime = model.date ? localDate(zipStampDay(model.date)) : new Date(1980, 0, 1);
  const files: Zippable = {};
  const enc = new TextEncoder();
  for (const [path, text] of parts) files[path] = [enc.encode(text), { mtime }];
  return zipSync(files, { level: 6 });
}

// `_x0041_` in a cell is Excel's escape for `A`: a text that holds one literally has its `_` escaped (`_x005F_`).
const si = (t: string): string => `<si><t${/^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ''}>${xmlText(t).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')}</t></si>`;

/** Each printed sheet's header rows repeated at the top of every page. */
function printTitles(sheets: readonly SheetModel[], names: readonly string[]): string {
  const defined = sheets
    .map((s, i) => (s.hidden || s.headerRows === 0 ? '' : `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`'${(names[i] as string).replaceAll("'", "''")}'!$1:$${s.headerRows}`)}</definedName>`))
    .join('');
  return defined ? `<definedNames>${defined}</definedNames>` : '';
}

/** fflate writes DOS times from local-time fields: a date built from local fields is the same in every time zone. */
function localDate(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0);
}

function coreXml(model: WorkbookModel): string {
  const date = model.date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${model.date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${model.date}T00:00:00Z</dcterms:modified>` : '';
  return `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${model.title ? `<dc:title>${xmlText(model.title)}</dc:title>` : ''}<dc:creator>cchc</dc:creator>${date}</cp:coreProperties>`;
}

function contentTypes(sheetCount: number): string {
  const ws = Array.from({ length: sheetCount }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${ws}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}
