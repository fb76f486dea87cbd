// The sheet corpus, end to end: every situation directory of test/fixtures/sheets (written by
// make-corpus.mjs from one clean base) run through the built binary. A valid file must rank byte
// for byte like the clean one; an invalid one must exit 1 with the expected codes, the first one
// where the clerk has to look. No stack trace, ever; every error located (file, and a line unless
// the whole file is the problem: FILE_LEVEL_CODES).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../fixtures/sheets/make-corpus.mjs';
import type { CorpusExpectation } from '../fixtures/sheets/make-corpus.mjs';
import { FILE_LEVEL_CODES, printedDiagnostics } from '../helpers/printed-diagnostics.js';
import { ROOT, runCliAsync } from '../helpers/run-cli.js';

const DIR = join(ROOT, 'test/fixtures/sheets');
const situations = readdirSync(DIR).filter((d) => statSync(join(DIR, d)).isDirectory()).sort();

type Expectation = CorpusExpectation;

/** `cchc score -f csv` on a situation; its own survey.csv, else the clean one. */
function score(dir: string, args: string[] = []) {
  const survey = existsSync(join(DIR, dir, 'survey.csv')) ? join(dir, 'survey.csv') : join('clean', 'survey.csv');
  return runCliAsync(['score', '-s', join(dir, 'scores.csv'), '-u', survey, '-f', 'csv', ...args], { cwd: DIR });
}

const clean = score('clean');

describe('test/fixtures/sheets', () => {
  it('is what make-corpus.mjs writes, and nothing else', () => {
    const made = corpus();
    expect(situations).toEqual(Object.keys(made).sort());
    for (const [name, { files, expect: expected }] of Object.entries(made)) {
      const dir = join(DIR, name);
      expect(readdirSync(dir).sort(), name).toEqual([...Object.keys(files), 'expect.json'].sort());
      for (const [file, bytes] of Object.entries(files)) expect(readFileSync(join(dir, file)).equals(Buffer.from(bytes)), `${name}/${file}`).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')), `${name}/expect.json`).toEqual(expected);
    }
  });

  it('holds at least 40 situations, valid and invalid', () => {
    const kinds = situations.map((d) => (existsSync(join(DIR, d, 'expect.json')) ? (JSON.parse(readFileSync(join(DIR, d, 'expect.json'), 'utf8')) as Expectation).same : undefined));
    expect(kinds.filter((s) => s === true).length).toBeGreaterThanOrEqual(20);
    expect(kinds.filter((s) => s !== true).length).toBeGreaterThanOrEqual(20);
  });

  it('the clean base ranks (exit 0)', async () => {
    const r = await clean;
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n').length).toBe(7);
  });
});

describe.concurrent('cchc score on each situation', () => {
  it.each(situations)('%s', async (dir) => {
    const file = join(DIR, dir, 'expect.json');
    expect(existsSync(file), `${dir} has no expect.json`).toBe(true);
    const e = JSON.parse(readFileSync(file, 'utf8')) as Expectation;
    const r = await score(dir, e.args);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const { entries, strays } = printedDiagnostics(r.stderr);
    expect(strays).toEqual([]);
    const errors = entries.filter((d) => d.severity === 'error');
    for (const d of errors) if (!FILE_LEVEL_CODES.has(d.code)) expect(d.line, `${d.code} has no line`).toBeGreaterThan(0);

    if (e.same) {
      expect({ code: r.code, errors }).toEqual({ code: 0, errors: [] });
      expect(r.stdout).toBe((await clean).stdout);
      return;
    }
    expect(r.code).toBe(e.exit);
    expect(r.stdout).toBe('');
    expect([...new Set(errors.map((d) => d.code))]).toEqual(e.codes);
    const first = errors[0];
    expect({ file: first && basename(first.file), line: first?.line, column: first?.column }).toEqual({ file: e.file, line: e.line, column: e.column });
  });
});
