// styles.xml: one cell format per kind of column (text, header, each number of decimals), not
// one per cell: Excel's limit is ~64,000 formats.
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface StyleTable {
  xml: string;
  /** The cellXfs index for a column's cells: undefined decimals = General. */
  number(decimals: number | undefined): number;
  header: number;
  /** Text (`@`). */
  text: number;
}

/** decimals used anywhere → ids 164… ("0", "0.0", "0.00"…). */
export function buildStyles(decimalsUsed: ReadonlySet<number>): StyleTable {
  const decimals = [...decimalsUsed].sort((a, b) => a - b);
  const formats = decimals.map((d, i) => `<numFmt numFmtId="${164 + i}" formatCode="${d === 0 ? '0' : `0.${'0'.repeat(d)}`}"/>`).join('');
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    ...decimals.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`),
  ];
  const xml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<styleSheet xmlns="${NS}">`,
    decimals.length ? `<numFmts count="${decimals.length}">${formats}</numFmts>` : '',
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`,
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '</styleSheet>',
  ].join('');
  return { xml, header: 1, text: 2, number: (d) => (d === undefined ? 0 : 3 + decimals.indexOf(d)) };
}
