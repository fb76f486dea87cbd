// The README lists every diagnostic code; a code added without a line there fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const codeFiles = readdirSync('src/diagnostics').filter((f) => f.startsWith('codes-'));
const codes = codeFiles.flatMap((f) =>
  [...readFileSync(`src/diagnostics/${f}`, 'utf8').matchAll(/^\s+((?:CRITERIA|INPUT|SCORE|OUTPUT)_[A-Z0-9_]+):/gm)].map((m) => m[1] as string),
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

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
const slug = (heading: string): string => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

describe('links in the Markdown files', () => {
  const links = ['README.md', 'samples/README.md'].flatMap((doc) =>
    [...readFileSync(doc, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({ doc, target: m[1] as string })).filter((l) => !/^[a-z]+:/.test(l.target)),
  );
  it('there are some to check', () => expect(links.length).toBeGreaterThan(0));
  it.each(links)('$doc → $target exists', ({ doc, target }) => {
    const [path = '', anchor] = target.split('#');
    const file = path === '' ? doc : join(dirname(doc), path);
    expect(existsSync(file), `${file} does not exist`).toBe(true);
    if (anchor !== undefined && file.endsWith('.md')) {
      const headings = [...readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1] as string));
      expect(headings).toContain(anchor);
    }
  });
});
