// One-way doors, from the bottom up: numbers, text, diagnostics → criteria, scoring → sheets → io
// → core (the jobs) → report (models and renderers) → api (the library) → cli. The pure engine
// touches no I/O, process, terminal or CLI library; the core and the library never print, exit, or
// read argv or the environment.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);
const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

const rules: [string, RegExp][] = [
  ['src/criteria', /^(node:|chalk|commander|cli-table3|iconv-lite)|\/(io|cli|report|scoring|sheets|core|api)\//],
  ['src/scoring', /^(node:|chalk|commander|cli-table3|iconv-lite|zod)|\/(io|cli|report|sheets|core|api)\//],
  ['src/sheets', /^(node:|chalk|commander|cli-table3|iconv-lite)|\/(io|cli|report|core|api)\//],
  ['src/numbers', /^(node:|chalk|commander)|\/(io|cli|report|criteria|scoring|sheets|core|api)\//],
  ['src/text', /^(node:|chalk|commander)|\/(io|cli|report|criteria|scoring|sheets|core|api)\//],
  ['src/diagnostics', /^(node:|chalk|commander)|\/(io|cli|report|scoring|sheets|core|api)\//],
  ['src/io', /^(chalk|commander|cli-table3)|\/(cli|report|core|api)\//],
  ['src/core', /^(chalk|commander|cli-table3)|\/(cli|report|api)\//],
  ['src/report', /^(node:(fs|child_process|process)|commander)|\/(cli|io|api)\//],
  ['src/api', /^(chalk|commander|cli-table3)|\/cli\//],
];

describe('layering', () => {
  it.each(rules)('%s imports nothing it may not', (dir, forbidden) => {
    const bad = filesIn(dir).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });
  it('the jobs and the library never print, exit, or read argv or the environment', () => {
    const files = [...filesIn('src/core'), ...filesIn('src/api'), 'src/index.ts'];
    const bad = files.filter((f) => /\bprocess\.(argv|env|exit|stdout|stderr|stdin)\b|\bconsole\./.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
  it('no process or console in the pure core', () => {
    const core = ['src/criteria', 'src/scoring', 'src/sheets', 'src/numbers', 'src/text'].flatMap(filesIn);
    const bad = core.filter((f) => /\b(process\.|console\.|Date\.now|Math\.random)/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
