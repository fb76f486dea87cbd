// The second sheet of every workbook cchc writes: what the columns mean, the criteria set and the
// SHA-256 of each input, so a workbook passed around can be traced to its data.
import type { CriteriaSet } from '../../criteria/model.js';
import type { Lang } from '../messages/index.js';
import { num, type Cell, type SheetModel } from './workbook-model.js';
import { xlsxText } from './report-texts-xlsx.js';

export interface WorkbookInput {
  role: string;
  file: string;
  sha256: string;
}

export function legendSheet(lang: Lang, o: { columns: [string, string][]; criteria?: CriteriaSet; inputs: readonly WorkbookInput[]; date?: string }): SheetModel {
  const t = xlsxText(lang);
  const rows: Cell[][] = o.columns.map(([c, meaning]) => [c, meaning]);
  if (o.criteria) {
    const cr = o.criteria;
    for (const f of cr.fields) rows.push([f.code, `${t.field}: ${f.title}`, num(f.max.toString())]);
    rows.push([], [t.criteria, `${cr.id}@${cr.version}`, cr.title], [t.precision, String(cr.precision)]);
  }
  if (o.date) rows.push([t.date, o.date]);
  rows.push([], [t.input, t.sha256]);
  for (const i of o.inputs) rows.push([`${i.role}: ${i.file}`, i.sha256]);
  return { name: t.legend, headerRows: 1, columns: [{ header: t.column }, { header: t.meaning, width: 70 }, { header: t.max }], rows };
}
