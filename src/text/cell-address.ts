// Cells named the way spreadsheets name them: column letters, and `Sheet!K8` references.

/** `11` → `K`, `28` → `AB`. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `Điểm!K8`; `'Khảo sát'!B2` when the name needs quotes (as Excel writes it); `Điểm!8:8` for a whole row. */
export function cellAddress(sheet: string, line?: number, column?: number): string {
  const name = /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
  if (line === undefined) return name;
  return column === undefined ? `${name}!${line}:${line}` : `${name}!${columnLetters(column)}${line}`;
}
