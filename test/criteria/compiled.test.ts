// A bundled set compiled at build time reads back as the very set parseCriteria makes: the same
// values, exact numbers as Rationals, nodes shared between the tree, `nodes` and `leaves`, the
// same diagnostics; and a compiled text stands only for the file text it was made from.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCriteria, readCompiledCriteria } from '../../src/criteria/compiled.js';
import type { CriteriaNode } from '../../src/criteria/model.js';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import { Rational } from '../../src/numbers/rational.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = new URL('../../criteria/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe('compiled criteria', () => {
  it.each(files)('%s reads back as parsed', (name) => {
    const text = readFileSync(new URL(name, DIR), 'utf8');
    const parsed = parseCriteria(text, `criteria/${name}`);
    const criteria = parsed.criteria;
    if (!criteria) throw new Error('a bundled set must check');
    const back = readCompiledCriteria(compileCriteria(text, criteria, parsed.diagnostics), text);
    if (!back) throw new Error('not read back');
    expect(back.criteria).toEqual(criteria);
    expect(back.diagnostics).toEqual(parsed.diagnostics.map((d) => ({ ...d, loc: { ...d.loc } })));
    // One object per node, wherever it is reached from.
    const inTree: CriteriaNode[] = [];
    const walk = (n: CriteriaNode) => (inTree.push(n), n.children.forEach(walk));
    back.criteria.fields.forEach(walk);
    expect([...back.criteria.nodes.values()].every((n) => inTree.includes(n))).toBe(true);
    expect(back.criteria.leaves.every((n) => inTree.includes(n))).toBe(true);
    expect(back.criteria.total).toBeInstanceOf(Rational);
    expect(back.criteria.total.eq(criteria.total)).toBe(true);
    expect(back.criteria.leaves.map((l) => l.max.toString())).toEqual(criteria.leaves.map((l) => l.max.toString()));
  });

  it('stands only for the text it was made from', () => {
    const text = readFileSync(new URL('ha-tinh-xa-2021.json', DIR), 'utf8');
    const parsed = parseCriteria(text, 'criteria/ha-tinh-xa-2021.json');
    const compiled = compileCriteria(text, parsed.criteria!, parsed.diagnostics);
    expect(readCompiledCriteria(compiled, text.replace('"max": 10', '"max": 11'))).toBeUndefined();
    expect(readCompiledCriteria(compiled.replace('cchc-compiled-criteria/1', 'cchc-compiled-criteria/9'), text)).toBeUndefined();
    expect(readCompiledCriteria('{"format":', text)).toBeUndefined();
  });

  it('keeps exact values past 2^53 exact', () => {
    const text = readFileSync(new URL('ha-tinh-xa-2021.json', DIR), 'utf8');
    const parsed = parseCriteria(text, 'criteria/ha-tinh-xa-2021.json');
    const big = Rational.of(2n ** 70n + 1n, 3n);
    const criteria = { ...parsed.criteria!, total: big };
    const back = readCompiledCriteria(compileCriteria(text, criteria, []), text);
    expect(back?.criteria.total.eq(big)).toBe(true);
  });

  it('built for every bundled set: a run by name says and prints what a run by path does', () => {
    for (const f of files) expect(readFileSync(new URL(`../../dist/criteria-checked/${f}`, import.meta.url), 'utf8')).toContain('cchc-compiled-criteria/1');
    const rest = ['-s', 'samples/huong-son-2021/scores.csv', '-u', 'samples/huong-son-2021/survey.csv', '-f', 'json', '--verbose'];
    const byName = runCli(['score', '-c', 'ha-tinh-xa@2021', ...rest]);
    const byPath = runCli(['score', '-c', 'criteria/ha-tinh-xa-2021.json', ...rest]);
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe(byPath.stdout);
    expect(byName.stderr).toBe(byPath.stderr);
  });
});
