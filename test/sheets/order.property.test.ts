// Row order and column order of the input sheets never change a byte of the ranking.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { scoreText } from '../helpers/pipeline.js';

const criteria = 'criteria/ha-tinh-xa-2021.json';
const scores = readFileSync('samples/huong-son-2021/scores.csv', 'utf8');
const survey = readFileSync('samples/huong-son-2021/survey.csv', 'utf8');
const expected = (await scoreText(criteria, scores, survey)).csv;

function permute(text: string, rowOrder: number[], colOrder: number[]): string {
  const [header, ...rows] = parse(text) as string[][];
  const cols = (r: string[]) => colOrder.map((i) => r[i] ?? '');
  const sortedRows = rowOrder.map((i) => rows[i]!);
  return stringify([cols(header!), ...sortedRows.map(cols)]);
}

const perm = (n: number) => fc.array(fc.integer(), { minLength: n, maxLength: n }).map((keys) => keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i));

describe('order invariance', () => {
  it('the sample scores', () => {
    expect(expected).toBeDefined();
  });

  it('shuffling the rows and columns of both sheets gives the same bytes', async () => {
    const [sh, ...sr] = parse(scores) as string[][];
    const [vh, ...vr] = parse(survey) as string[][];
    await fc.assert(
      fc.asyncProperty(perm(sr.length), perm(sh!.length), perm(vr.length), perm(vh!.length), async (r1, c1, r2, c2) => {
        expect((await scoreText(criteria, permute(scores, r1, c1), permute(survey, r2, c2))).csv).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });
});
