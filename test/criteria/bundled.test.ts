// The criteria sets shipped in criteria/: each must load cleanly, and the Hà Tĩnh 2021 set must keep
// the shape of the decision it reconstructs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/criteria/parse-criteria.js';
import { Rational } from '../../src/numbers/rational.js';

const DIR = new URL('../../criteria/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const load = (name: string) => {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  return { raw: JSON.parse(text) as Record<string, unknown>, ...parseCriteria(text, `criteria/${name}`) };
};

describe('bundled criteria sets', () => {
  it('includes ha-tinh-xa-2021.json', () => {
    expect(files).toContain('ha-tinh-xa-2021.json');
  });

  it.each(files)('%s parses with no error and no warning', (name) => {
    const { criteria, diagnostics } = load(name);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(criteria).toBeDefined();
  });

  // The reports print a set's title, source and every title and label: a Vietnamese document with no
  // English sentence in it (the English note on a set lives in the README).
  it.each(files)('%s speaks Vietnamese: no English word in any text of the set', (name) => {
    const texts: string[] = [];
    const walk = (v: unknown, key?: string): void => {
      if (typeof v === 'string' && key !== undefined && !['$schema', 'format', 'id', 'version', 'code', 'type', 'unit', 'on'].includes(key)) texts.push(v);
      else if (Array.isArray(v)) for (const x of v) walk(x, key);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(load(name).raw);
    expect(texts.length).toBeGreaterThan(10);
    const english = /\b(?:the|and|of|not|is|are|for|with|an|from|following|reconstructed|illustrative|points?)\b/i;
    expect(texts.filter((t) => english.test(t))).toEqual([]);
  });

  it('have distinct id@version', () => {
    const keys = files.map((f) => load(f).criteria).map((c) => `${c?.id}@${c?.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('ha-tinh-xa 2021', () => {
  const { raw, criteria, diagnostics } = load('ha-tinh-xa-2021.json');
  const c = criteria!;

  it('is the 2021 version of the ha-tinh-xa family', () => {
    expect([c.id, c.version]).toEqual(['ha-tinh-xa', '2021']);
  });

  it('totals 100 = 70 appraisal + 30 survey', () => {
    expect(c.total.toString()).toBe('100');
    expect(diagnostics.filter((d) => d.code === 'CRITERIA_TOTAL').map((d) => d.args)).toEqual([{ total: '100', appraisal: '70', survey: '30' }]);
    const sum = (source: string) =>
      c.leaves.filter((l) => l.source === source).reduce((s, l) => s.add(l.max), Rational.ZERO);
    expect([sum('appraisal').toString(), sum('survey').toString()]).toEqual(['70', '30']);
  });

  it('has between 30 and 45 leaves', () => {
    expect(c.leaves.length).toBeGreaterThanOrEqual(30);
    expect(c.leaves.length).toBeLessThanOrEqual(45);
  });

  it('uses every rule type', () => {
    const types = new Set(c.leaves.map((l) => l.rule.type));
    expect([...types].sort()).toEqual(['deduction', 'levels', 'points', 'proportional', 'steps', 'yesno']);
  });

  it('has leaves with whenNotApplicable', () => {
    expect(c.leaves.filter((l) => l.whenNotApplicable !== undefined).length).toBeGreaterThan(0);
  });

  it('maps a question to every survey leaf', () => {
    const mapped = new Set(c.survey?.questions.map((q) => q.code));
    const surveyLeaves = c.leaves.filter((l) => l.source === 'survey');
    expect(surveyLeaves.length).toBeGreaterThan(0);
    for (const leaf of surveyLeaves) expect(mapped.has(leaf.code), leaf.code).toBe(true);
  });

  it('says in its source that it is a reconstruction', () => {
    expect(c.source).toMatch(/tái dựng|reconstruct/i);
  });

  it('points $schema at the bundled JSON schema', () => {
    expect(raw['$schema']).toBe('../schema/cchc-criteria-1.schema.json');
  });
});

describe('resolving a bundled name', () => {
  it('finds id@version by its file name, and falls back to reading every file', async () => {
    const { resolveCriteriaPath } = await import('../../src/core/load-criteria.js');
    const { bundledByFileName } = await import('../../src/io/bundled-criteria.js');
    expect(bundledByFileName('ha-tinh-xa', '2021')?.path).toMatch(/criteria[\\/]ha-tinh-xa-2021\.json$/);
    // example@1 lives in example.json: not found by name, found by the listing.
    expect(bundledByFileName('example', '1')).toBeUndefined();
    expect(resolveCriteriaPath('example@1').display).toBe('criteria/example.json');
    expect(resolveCriteriaPath('ha-tinh-xa@2021').display).toBe('criteria/ha-tinh-xa-2021.json');
    expect(resolveCriteriaPath('ha-tinh-xa').display).toBe('criteria/ha-tinh-xa-2021.json');
    expect(resolveCriteriaPath('ha-tinh-xa@1999').diagnostics.map((d) => d.code)).toEqual(['CRITERIA_NOT_FOUND']);
  });
});
