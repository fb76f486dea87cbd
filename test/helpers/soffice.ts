// LibreOffice as an independent reader and writer of workbooks (tests skip when it is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll } from 'vitest';

// soffice may be Writer's alone (the Word annex's tests need no more): Calc is its spreadsheet library.
const CALC = ['/usr/lib/libreoffice/program/libsclo.so', '/opt/libreoffice/program/libsclo.so'];
export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 && CALC.some((f) => existsSync(f));
if (!hasSoffice) console.warn('LibreOffice Calc (soffice) is not installed: the workbook round-trip tests are skipped');

// One folder for the profile and every conversion, removed after the test file that imported this.
const base = mkdtempSync(join(tmpdir(), 'cchc-soffice-'));
const profile = join(base, 'profile');
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** One sheet (1-based) of a workbook as CSV text, UTF-8, values as shown. soffice exits 0 even when it failed: the file is the check. */
export function sofficeCsv(book: string, sheet = 1): string {
  const out = mkdtempSync(join(base, 'out-'));
  spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', `csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,${sheet}`, '--outdir', out, book], { encoding: 'utf8' });
  const made = readdirSync(out).find((f) => f.startsWith(basename(book).replace(/\.xlsx$/, '')) && f.endsWith('.csv'));
  if (!made) throw new Error(`soffice did not convert ${book}`);
  return readFileSync(join(out, made), 'utf8');
}

/** The workbook opened and saved again by LibreOffice, as a clerk's office would. */
export function sofficeResave(book: string): string {
  const out = mkdtempSync(join(base, 'out-'));
  spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc Office Open XML', '--outdir', out, book], { encoding: 'utf8' });
  const made = join(out, basename(book));
  if (!existsSync(made)) throw new Error(`soffice did not re-save ${book}`);
  return made;
}
