// The README lists every diagnostic code; a code added without a line there fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const codes = ['codes-criteria', 'codes-input', 'codes-score', 'codes-uncertainty', 'codes-output', 'codes-findings'].flatMap((f) =>
  [...readFileSync(`src/diagnostics/${f}.ts`, 'utf8').matchAll(/^\s+((?:CRITERIA|INPUT|SCORE|OUTPUT)_[A-Z0-9_]+):/gm)].map((m) => m[1] as string),
);

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('starts with the install-and-run and the test commands', () => {
    expect(readme.split('\n').slice(0, 6).join('\n')).toMatch(/npm ci && npm start[\s\S]*npm test/);
  });
  it.each(codes)('documents %s', (code) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\| .+ \\|$`, 'm'));
  });
  it('the excerpt of the findings sheet is the sample\'s, line for line', () => {
    const excerpt = readme.split("The sample's `findings.csv` (an excerpt):")[1]?.split('```csv\n')[1]?.split('```')[0] ?? '';
    const sample = readFileSync('samples/huong-son-2021/findings.csv', 'utf8').split('\n');
    const lines = excerpt.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(sample).toContain(line);
  });
});
