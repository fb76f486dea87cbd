// A survey large enough (> 4 MB) to be read in chunks gives the same bytes read from its file as
// the same bytes through a named pipe, in every format that shows its data, with the same messages
// (the pipe is read once, as a stream: never opened twice).
import { spawn, spawnSync } from 'node:child_process';
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

/** `cchc score` on the survey as a file, and on the same bytes through a FIFO (its name replaced by the file's in the output). */
function both(name: string, text: string, format: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const fifo = join(dir, `${name}.fifo`);
  spawnSync('mkfifo', [fifo]);
  const args = (survey: string) => ['score', '-s', 'samples/huong-son-2021/scores.csv', '-u', survey, '-f', format, '--verbose'];
  const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', path, fifo], { stdio: 'ignore' });
  const piped = runCli(args(fifo));
  writer.kill();
  rmSync(fifo);
  const asFile = (s: string) => s.replaceAll(fifo, path);
  return [runCli(args(path)), { ...piped, stdout: asFile(piped.stdout), stderr: asFile(piped.stderr) }] as const;
}

describe('a large survey', () => {
  it('read from a pipe: the same ranking and messages as from its file', () => {
    const text = survey('');
    expect(text.length).toBeGreaterThan(4 << 20);
    for (const format of ['csv', 'json']) {
      const [file, pipe] = both('clean.csv', text, format);
      expect(file.code).toBe(0);
      expect(file.stdout).toBe(pipe.stdout);
      expect(file.stderr).toBe(pipe.stderr);
    }
  });

  it('with a damaged word in the middle: said the same from a pipe as from the file', () => {
    const [file, pipe] = both('damaged.csv', survey('SONKIM1,R?,Ng??i d?n,A,A,A,A,A,A,A,A,A,A,A,A'), 'csv');
    expect(file.code).toBe(pipe.code);
    expect(file.stdout).toBe(pipe.stdout);
    expect(file.stderr).toBe(pipe.stderr);
  });

  it('with an invalid answer: the same error, at the same line', () => {
    const [file, pipe] = both('invalid.csv', survey('SONKIM1,R-x,Đại biểu HĐND,A,Z,A,A,A,A,A,A,A,A,A,A'), 'csv');
    expect(file.code).toBe(1);
    expect(file.stderr).toBe(pipe.stderr);
    expect(file.stderr).toContain('SCORE_SURVEY_ANSWER_INVALID');
  });
});

describe('a job that does not hash its inputs as read', () => {
  it('still gives each input its SHA-256 when asked, from the file', async () => {
    const { createHash } = await import('node:crypto');
    const { runJob } = await import('../../src/core/run-job.js');
    const { jobRequest } = await import('../helpers/core-request.js');
    const path = join(dir, 'unhashed.csv');
    writeFileSync(path, survey(''));
    const scores = 'samples/huong-son-2021/scores.csv';
    const hashOf = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    for (const hashInputs of [false, true]) {
      const { job } = await runJob(jobRequest({ scores, survey: path, hash: hashInputs }));
      const prints = Object.fromEntries((job?.fingerprints ?? []).map((p) => [p.role, p.sha256]));
      expect(prints).toEqual({ criteria: hashOf('criteria/ha-tinh-xa-2021.json'), scores: hashOf(scores), survey: hashOf(path) });
    }
  });
});
