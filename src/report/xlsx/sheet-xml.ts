// One worksheet's XML: the header rows bold, frozen and as tall as their wrapped text, widths from
// the longest text of each column, a style per column, numbers as numbers (their exact text in
// <v>), text as shared strings; printed on A4 fitted to the width (print-layout.ts).
import { columnLetters } from '../../text/cell-address.js';
import type { SheetModel } from './workbook-model.js';
import type { StyleTable } from './styles-xml.js';
import { isWide, pageSetupXml, rowHeight } from './print-layout.js';
import { xmlText } from './xml-text.js';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

export interface SharedStrings {
  index(text: string): number;
}

/** `listRange`: where the values of a pick list live (a hidden sheet), as a formula. */
export function sheetXml(sheet: SheetModel, styles: StyleTable, strings: SharedStrings, listRange: (values: string[]) => string): string {
  const widths = sheet.columns.map((c) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (c.width ?? Math.max(...[c.header, ...sheet.rows.map((r) => cellWidthText(r[sheet.columns.indexOf(c)]))].map((t) => [...t].length))) + 2)));
  // A text column's format is the column's own, so that what a clerk types later takes it too.
  const colStyle = (k: number) => (sheet.columns[k]?.text ? ` style="${styles.text}"` : '');
  const cols = widths.map((w, k) => `<col min="${k + 1}" max="${k + 1}" width="${w}"${colStyle(k)} customWidth="1"/>`).join('');
  const frozen = sheet.headerRows > 0
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.headerRows}" topLeftCell="A${sheet.headerRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.headerRows + 1}" sqref="A${sheet.headerRows + 1}"/></sheetView></sheetViews>`
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const columnStyle = sheet.columns.map((c) => (c.text ? styles.text : styles.number(c.decimals)));
  const rows: string[] = [];
  const header = sheet.columns.map((c) => c.header);
  [header, ...sheet.rows].forEach((cells, i) => {
    const r = i + 1;
    const bold = i < sheet.headerRows;
    // Header rows wrap: tall enough for their longest text (Excel does not fit a row's height on opening).
    const ht = bold ? rowHeight(cells.map((c) => (typeof c === 'string' ? c : '')), widths) : undefined;
    const xml = cells.map((cell, k) => {
      if (cell === undefined || cell === '') return '';
      const ref = `${columnLetters(k + 1)}${r}`;
      const s = bold ? styles.header : (columnStyle[k] ?? 0);
      const style = s === 0 ? '' : ` s="${s}"`;
      if (typeof cell === 'string') return `<c r="${ref}"${style} t="s"><v>${strings.index(cell)}</v></c>`;
      return `<c r="${ref}"${style}><v>${cell.n}</v></c>`;
    });
    rows.push(`<row r="${r}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${xml.join('')}</row>`);
  });
  const landscape = sheet.landscape ?? isWide(sheet.columns.length);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<worksheet ${NS}>`,
    // Printed fitted to the page's width (pageSetup's fitToWidth needs fitToPage here).
    sheet.hidden ? '' : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    frozen,
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols ? `<cols>${cols}</cols>` : '',
    `<sheetData>${rows.join('')}</sheetData>`,
    validationsXml(sheet, listRange),
    sheet.hidden ? '' : pageSetupXml(landscape),
    '</worksheet>',
  ].join('');
}

const cellWidthText = (cell: SheetModel['rows'][number][number]): string => (cell === undefined ? '' : typeof cell === 'string' ? (cell.split('\n')[0] ?? '') : cell.n);

function validationsXml(sheet: SheetModel, listRange: (values: string[]) => string): string {
  const vs = sheet.validations ?? [];
  if (vs.length === 0) return '';
  const items = vs.map((v) => {
    const col = columnLetters(v.column + 1);
    const sqref = `${col}${v.fromRow}:${col}${v.toRow}`;
    const prompt = v.prompt ? ` showInputMessage="1" prompt="${xmlText(v.prompt.slice(0, 255))}"` : '';
    const common = `allowBlank="1" showErrorMessage="1"${prompt} sqref="${sqref}"`;
    const rule = v.rule;
    if (rule.kind === 'list') return `<dataValidation type="list" ${common}><formula1>${xmlText(listRange(rule.values))}</formula1></dataValidation>`;
    const op = rule.max === undefined ? 'greaterThanOrEqual' : 'between';
    return `<dataValidation type="${rule.kind}" operator="${op}" ${common}><formula1>${rule.min}</formula1>${rule.max === undefined ? '' : `<formula2>${rule.max}</formula2>`}</dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}
