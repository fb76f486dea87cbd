// Damaged sheets, at random: whatever happens to the bytes of a valid scores or survey file (a
// byte flipped, inserted or deleted, quotes added or lost, delimiters swapped, the file cut short,
// re-encoded, a NUL or a BOM in the middle), `cchc score` must answer with a ranking or with
// located errors, never crash. Run in-process through runJob (what `cchc score` runs) and the
// message and CSV renderers; then a few cases through the built binary for the exit code.
//
// Runs: 300 damaged in-process (about 2 s), 100 harmless re-saves in-process, 15 damaged through
// the binary. fast-check picks a new seed each run and prints it with the shrunk case on failure:
// replay with { seed, path } in fc.assert. The damage itself: test/helpers/damage-bytes.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runJob } from '../../src/core/run-job.js';
import { jobRequest } from '../helpers/core-request.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { renderCsv } from '../../src/report/render-csv.js';
import { renderDiagnostics } from '../../src/report/render-diagnostics.js';
import { cp1258 } from '../fixtures/io/make-fixtures.mjs';
import { FILE_LEVEL_CODES, printedDiagnostics } from '../helpers/printed-diagnostics.js';
import { damage, op, type Op } from '../helpers/damage-bytes.js';
import { runCliAsync } from '../helpers/run-cli.js';

// CCHC_FUZZ_RUNS=20000 npx vitest run test/sheets/fuzz.property.test.ts digs deeper, locally.
const IN_PROCESS_RUNS = Number(process.env['CCHC_FUZZ_RUNS'] ?? 300);
const RESAVE_RUNS = 100;
const BINARY_RUNS = 15;

const CORPUS = 'test/fixtures/sheets';
// Valid starting points in different shapes: the clean base, vi-VN, UTF-16 text, long form, a report layout.
const STARTS = ['clean', 'vi-locale-semicolon-decimal-comma', 'excel-unicode-text-utf16le-tab', 'long-format', 'report-layout-stt-sections-total-footer'];
const read = (dir: string, file: string) => new Uint8Array(readFileSync(join(CORPUS, dir, file)));
const CLEAN_SURVEY = read('clean', 'survey.csv');

const damaged = fc.record({
  start: fc.constantFrom(...STARTS),
  scoresOps: fc.array(op, { maxLength: 4 }),
  surveyOps: fc.array(op, { maxLength: 3 }),
}).filter((c) => c.scoresOps.length + c.surveyOps.length > 0);

const dir = mkdtempSync(join(tmpdir(), 'cchc-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** The damaged pair written to new files: scores.csv, survey.csv. */
function writeCase(c: { start: string; scoresOps: Op[]; surveyOps: Op[] }): { scores: string; survey: string } {
  const scores = join(dir, `${++n}-scores.csv`);
  const survey = join(dir, `${n}-survey.csv`);
  writeFileSync(scores, c.scoresOps.reduce(damage, read(c.start, 'scores.csv')));
  writeFileSync(survey, c.surveyOps.reduce(damage, CLEAN_SURVEY));
  return { scores, survey };
}

// Re-saving: encoding, line ends, delimiter (with a decimal comma for `;`, as vi-VN Excel does),
// quoting, NFD, BOM, blank rows and trailing empty columns. None of it may change a byte of the ranking.
const parseCsv = (b: Uint8Array) => parse(Buffer.from(b)) as string[][];
const CLEAN_SCORES_RECORDS = parseCsv(read('clean', 'scores.csv'));
const CLEAN_SURVEY_RECORDS = parseCsv(CLEAN_SURVEY);
const resave = fc.record({
  encoding: fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'windows1258'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  delimiter: fc.constantFrom(',', ';', '\t'),
  quoteAll: fc.boolean(),
  nfd: fc.boolean(),
  blankRows: fc.array(fc.nat(), { maxLength: 3 }),
  extraColumns: fc.nat(3),
});

function resaved(records: string[][], how: typeof resave extends fc.Arbitrary<infer T> ? T : never): Uint8Array {
  const comma = how.delimiter === ';';
  const rows = records.map((r, i) => [...r.map((v) => (i > 0 && comma ? v.replace(/^(\d+)\.(\d+)$/, '$1,$2') : v)), ...Array<string>(how.extraColumns).fill('')]);
  for (const at of how.blankRows) rows.splice(1 + (at % rows.length), 0, rows[0]!.map(() => ''));
  const quote = (v: string) => (how.quoteAll || v.includes(how.delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  let text = rows.map((r) => r.map(quote).join(how.delimiter)).join(how.eol) + how.eol;
  if (how.nfd) text = text.normalize('NFD');
  switch (how.encoding) {
    case 'utf8':
      return Buffer.from(text);
    case 'utf8-bom':
      return Buffer.from(`\ufeff${text}`);
    case 'utf16le-bom':
      return iconv.encode(`\ufeff${text}`, 'utf16le');
    case 'utf16be-bom':
      return iconv.encode(`\ufeff${text}`, 'utf16be');
    case 'windows1258':
      return cp1258(text);
  }
}

const rankingOf = async (files: { scores: string; survey: string }) => {
  const { job, diagnostics } = await runJob(jobRequest(files));
  return job ? renderCsv(job.criteria, job.units, { precision: job.criteria.precision, mark: '.' }) : diagnostics.map((d) => `${d.code} ${d.loc.line}:${d.loc.column}`).join('\n');
};

/** An error names its file, and its line unless the whole file is the problem. */
const unlocated = (ds: readonly Diagnostic[]) =>
  ds.filter((d) => d.severity === 'error' && (d.loc.file === undefined || (d.loc.line === undefined && !FILE_LEVEL_CODES.has(d.code))));

describe('damaged sheets (property)', () => {
  it('give a ranking or located errors, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (c) => {
        const files = writeCase(c);
        const { job, diagnostics } = await runJob(jobRequest(files));
        expect(unlocated(diagnostics)).toEqual([]);
        const errors = diagnostics.filter((d) => d.severity === 'error');
        expect(job === undefined).toBe(errors.length > 0);
        for (const lang of ['vi', 'en'] as const) {
          const printed = printedDiagnostics(renderDiagnostics(diagnostics, { lang, color: false, verbose: true, perCode: Infinity }));
          expect(printed.strays).toEqual([]);
          expect(printed.entries.length).toBe(diagnostics.length);
        }
        if (job) expect(renderCsv(job.criteria, job.units, { precision: job.criteria.precision, mark: '.' })).toMatch(/^\ufeffrank,/);
      }),
      { numRuns: IN_PROCESS_RUNS },
    );
  });

  it('a file re-saved in any of the ways spreadsheets save it ranks exactly like the clean one', async () => {
    const clean = await rankingOf({ scores: join(CORPUS, 'clean', 'scores.csv'), survey: join(CORPUS, 'clean', 'survey.csv') });
    expect(clean).toMatch(/^\ufeffrank,/);
    await fc.assert(
      fc.asyncProperty(resave, fc.boolean(), async (how, scoresOrSurvey) => {
        const { scores, survey } = writeCase({ start: 'clean', scoresOps: [], surveyOps: [] });
        writeFileSync(scoresOrSurvey ? scores : survey, resaved(scoresOrSurvey ? CLEAN_SCORES_RECORDS : CLEAN_SURVEY_RECORDS, how));
        expect(await rankingOf({ scores, survey })).toBe(clean);
      }),
      { numRuns: RESAVE_RUNS },
    );
  });

  it('through the binary: exit 0 or 1, every error printed with its place, no stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (c) => {
        const files = writeCase(c);
        const r = await runCliAsync(['score', '-s', files.scores, '-u', files.survey, '-f', 'csv']);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect([0, 1]).toContain(r.code);
        const { entries, strays } = printedDiagnostics(r.stderr);
        expect(strays).toEqual([]);
        const errors = entries.filter((d) => d.severity === 'error');
        expect(errors.filter((d) => d.line === undefined && !FILE_LEVEL_CODES.has(d.code))).toEqual([]);
        expect(r.code === 1).toBe(errors.length > 0);
      }),
      { numRuns: BINARY_RUNS },
    );
  });
});
