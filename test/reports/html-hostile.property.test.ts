// Hostile text in every field that reaches the HTML report (issue 20.3): unit names and groups,
// the set's, fields' and criteria's titles, band labels, --title, --issuer, --signer,
// --signer-name, --decision, --place. Whatever they hold, the report has the markup of the same
// report with plain names (no text adds or removes a tag), and no control character, bidi
// override or isolate, or noncharacter anywhere: not in <title>, not in the SVG chart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/criteria/model.js';
import { renderHtml } from '../../src/report/render-html.js';
import type { ReportSettings } from '../../src/report/report-settings.js';
import { fuzzRuns } from '../helpers/fuzz-runs.js';
import { scoreJob } from '../helpers/pipeline.js';
import { runCli } from '../helpers/run-cli.js';

const MINI = 'test/fixtures/reports/mini-set/criteria.json';
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]/u;

/** Text a hostile file or command line could hold: markup, entities, every kind of control, bidi, noncharacters. */
const hostile = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'Ư', ' ', 'ệ', '1') },
    { weight: 4, arbitrary: fc.constantFrom('<', '>', '&', '"', "'", '</title>', '<script>', '&amp;', ']]>', '<!--', '<svg') },
    { weight: 4, arbitrary: fc.constantFrom('\u001b', '\u001b[31m', '\u0001', '\u0007', '\b', '\u000b', '\u000c', '\u007f', '\u0085', '\u009b', '\n', '\r', '\t', '\u2028') },
    { weight: 4, arbitrary: fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufffe', '\uffff', '\ufdd0') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  ),
  minLength: 1,
  maxLength: 12,
// Never empty once trimmed: an empty title or group changes what the report shows, not how it escapes.
}).map((s) => `x${s}`);

const DATE = { year: 2021, month: 11, day: 26 };

/** The mini set scored for three units, then given the names and texts (as if its files held them). */
async function report(names: readonly string[], texts: readonly string[]): Promise<string> {
  const scores = ['unit,name,group,1.1,1.2,1.3,2.1,2.2,3.1', ...names.map((_, i) => `U${i},X${i},G${i},có,1.5,-,9${i},2.5,1.5`)].join('\n');
  const { job } = await scoreJob(MINI, scores);
  if (!job) throw new Error('the mini set did not score');
  const criteria = job.criteria;
  // Each unit's group stays its own (G0, G1…): equal groups would change what the report shows, not how it escapes.
  job.units.forEach((u, i) => Object.assign(u, { name: names[i] ?? '', group: `G${i}${texts[i] ?? ''}` }));
  let k = 0;
  const next = () => texts[k++ % texts.length] as string;
  const set = criteria as CriteriaSet & { title: string; source?: string };
  set.title = next();
  set.source = next();
  set.bands.forEach((b, i) => (b.label = `${next()}${i}`));
  for (const node of set.nodes.values()) (node as { title: string }).title = next();
  const settings: ReportSettings = { date: DATE, year: 2021, title: next(), issuer: [next(), next()], signerLines: [next(), next()], signerName: next(), decision: next(), place: next(), version: '0.1.0' };
  return renderHtml({ criteria: set, units: job.units, inputs: [{ role: 'scores', file: next(), sha256: '0'.repeat(64) }], surveyGiven: true, settings }, { precision: 2, mark: ',' }, 'vi');
}

/** The document's markup: every tag name in order (attributes and text left out). */
const tags = (html: string): string[] => html.match(/<\/?[a-zA-Z][^\s>/]*|<!--|<!\[CDATA\[/g) ?? [];

describe('hostile text in the HTML report (property)', () => {
  it('adds no markup, and leaves no control, bidi override or noncharacter anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 3, maxLength: 3 }), fc.array(hostile, { minLength: 8, maxLength: 16 }), async (names, texts) => {
        const html = await report(names, texts);
        const plain = await report(names.map((_, i) => `Xã ${i}`), texts.map((_, i) => `chữ ${i}`));
        expect(tags(html)).toEqual(tags(plain));
        const bad = FORBIDDEN.exec(html);
        expect(bad && `U+${bad[0].codePointAt(0)?.toString(16)} at ${bad.index}: ${JSON.stringify(html.slice(bad.index - 40, bad.index + 10))}`).toBeNull();
        expect(/<title>[^<]*<\/title>/.test(html)).toBe(true);
      }),
      { numRuns: fuzzRuns(60, 2000) },
    );
  });

  it('ESC and U+0001 in --title never reach <title> or the body raw; U+202E in a name is shown as U+FFFD', async () => {
    const html = await report(['Xã \u202eđảo', 'B', 'C'], ['T\u001b[31m\u0001', 'x', 'y']);
    expect(html).toContain('Xã \ufffdđảo');
    expect(html).not.toMatch(/[\u0001\u001b\u202e]/);
  });
});

describe('cchc score -f html with hostile options', () => {
  it('--title with ESC and U+0001, --place and --signer-name with U+202E: shown as U+FFFD, never raw', () => {
    const r = runCli(['score', '-s', 'samples/huong-son-2021/scores.csv', '-f', 'html', '--date', '2021-11-26', '--title', 'Kết quả\u001b[2J\u0001 năm', '--place', 'Hương \u202eSơn', '--signer-name', 'Nguyễn \u2066Văn\u2069 A', '--issuer', 'UBND\ufffe|HUYỆN\u0007']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(FORBIDDEN);
    expect(r.stdout).toContain('<title>Kết quả\ufffd[2J\ufffd năm — ');
    expect(r.stdout).toContain('Hương \ufffdSơn');
  });
});
