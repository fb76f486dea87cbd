// One-way doors: the pure core (criteria, scoring, sheets, numbers, text, diagnostics) touches
// no I/O, process, terminal or CLI library; io never reaches up into cli or report.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);
const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

const rules: [string, RegExp][] = [
  ['src/criteria', /^(node:|chalk|commander|cli-table3|iconv-lite)|\/(io|cli|report|scoring|sheets)\//],
  ['src/scoring', /^(node:|chalk|commander|cli-table3|iconv-lite|zod)|\/(io|cli|report|sheets)\//],
  ['src/sheets', /^(node:|chalk|commander|cli-table3|iconv-lite)|\/(io|cli|report)\//],
  ['src/numbers', /^(node:|chalk|commander)|\/(io|cli|report|criteria|scoring|sheets)\//],
  ['src/text', /^(node:|chalk|commander)|\/(io|cli|report|criteria|scoring|sheets)\//],
  ['src/diagnostics', /^(node:|chalk|commander)|\/(io|cli|report|scoring|sheets)\//],
  ['src/io', /^(chalk|commander|cli-table3)|\/(cli|report)\//],
  ['src/report', /^(node:(fs|child_process|process)|commander)|\/(cli|io)\//],
];

describe('layering', () => {
  it.each(rules)('%s imports nothing it may not', (dir, forbidden) => {
    const bad = filesIn(dir).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });
  it('no process or console in the pure core', () => {
    const core = ['src/criteria', 'src/scoring', 'src/sheets', 'src/numbers', 'src/text'].flatMap(filesIn);
    const bad = core.filter((f) => /\b(process\.|console\.|Date\.now|Math\.random)/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
