// A survey large enough (> 4 MB) to be read in chunks and counted in a worker thread gives the
// same bytes as the same survey read whole in the main thread (CCHC_NO_WORKER), in every format
// that shows its data, with the same messages; and so does one the worker has to hand back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const units = readFileSync('samples/huong-son-2021/scores.csv', 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0] as string);
const groups = ['Đại biểu HĐND', '"Lãnh đạo cơ quan, đơn vị"', '"Người dân, tổ chức"'];
const answers = ['A', 'A', 'B', 'C', 'D', 'E', '', 'Không biết', 'a', ' B '];

/** ~5 MB of forms for the sample's 25 units; `twist` puts something in the middle that needs a word. */
function survey(twist: string): string {
  const lines = ['unit,respondent,group,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12'];
  for (let i = 0; i < 90_000; i++) {
    const row = [units[i % units.length], `R${i}`, groups[(i * 7) % 3], ...Array.from({ length: 12 }, (_, k) => answers[(i * 3 + k * 5) % answers.length])];
    lines.push(row.join(','));
    if (i === 60_000 && twist) lines.push(twist);
  }
  return `${lines.join('\r\n')}\r\n`;
}

function both(name: string, text: string, format: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const args = ['score', '-s', 'samples/huong-son-2021/scores.csv', '-u', path, '-f', format, '--verbose'];
  return [runCli(args), runCli(args, { env: { CCHC_NO_WORKER: '1' } })] as const;
}

describe('a large survey', () => {
  it('read in a worker thread: the same ranking and messages as read whole', () => {
    const text = survey('');
    expect(text.length).toBeGreaterThan(4 << 20);
    for (const format of ['csv', 'json']) {
      const [worker, whole] = both('clean.csv', text, format);
      expect(worker.code).toBe(0);
      expect(worker.stdout).toBe(whole.stdout);
      expect(worker.stderr).toBe(whole.stderr);
    }
  });

  it('with a damaged word in the middle: handed back, and said as read whole', () => {
    const [worker, whole] = both('damaged.csv', survey('SONKIM1,R?,Ng??i d?n,A,A,A,A,A,A,A,A,A,A,A,A'), 'csv');
    expect(worker.code).toBe(whole.code);
    expect(worker.stdout).toBe(whole.stdout);
    expect(worker.stderr).toBe(whole.stderr);
  });

  it('with an invalid answer: the same error, at the same line', () => {
    const [worker, whole] = both('invalid.csv', survey('SONKIM1,R-x,Đại biểu HĐND,A,Z,A,A,A,A,A,A,A,A,A,A'), 'csv');
    expect(worker.code).toBe(1);
    expect(worker.stderr).toBe(whole.stderr);
    expect(worker.stderr).toContain('SCORE_SURVEY_ANSWER_INVALID');
  });
});

describe('a job that does not hash its inputs as read', () => {
  it('still gives each input its SHA-256 when asked, from the file', async () => {
    const { createHash } = await import('node:crypto');
    const { loadJob } = await import('../../src/cli/load-job.js');
    const path = join(dir, 'unhashed.csv');
    writeFileSync(path, survey(''));
    const scores = 'samples/huong-son-2021/scores.csv';
    const hashOf = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    for (const hashInputs of [false, true]) {
      const { job } = loadJob({ scores, survey: path, hashInputs });
      const prints = Object.fromEntries((job?.fingerprints ?? []).map((p) => [p.role, p.sha256]));
      expect(prints).toEqual({ criteria: hashOf('criteria/ha-tinh-xa-2021.json'), scores: hashOf(scores), survey: hashOf(path) });
    }
  });
});
