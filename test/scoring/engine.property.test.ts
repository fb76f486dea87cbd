// Invariants of the engine over random criteria sets and units (fast-check). A failing run
// prints its seed; re-run with that seed to reproduce (fc.assert(…, { seed })).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/numbers/rational.js';
import { rankUnits } from '../../src/scoring/rank-units.js';
import { scoreAll } from '../../src/scoring/score-all.js';
import { scoreUnit } from '../../src/scoring/score-unit.js';
import { makeCriteria } from '../helpers/criteria.js';
import { unit } from '../helpers/units.js';

type LeafSpec = { max: number; kind: 'points' | 'yesno' | 'steps' | 'proportional' | 'deduction' };
const leafArb: fc.Arbitrary<LeafSpec> = fc.record({
  max: fc.integer({ min: 1, max: 40 }).map((q) => q / 4),
  kind: fc.constantFrom('points', 'yesno', 'steps', 'proportional', 'deduction'),
});
const fieldsArb = fc.array(fc.array(leafArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

function buildSet(fields: LeafSpec[][]) {
  const rule = (l: LeafSpec) =>
    l.kind === 'steps' ? { type: 'steps', steps: [{ min: 100, points: l.max }, { min: 50, points: l.max / 2 }, { min: 0, points: 0 }] }
      : l.kind === 'deduction' ? { type: 'deduction', per: 0.25 }
        : l.kind === 'points' ? undefined : { type: l.kind };
  return makeCriteria({
    adjustments: { bonusMax: 2, penaltyMax: 3 },
    fields: fields.map((leaves, i) => ({
      code: `${i + 1}`,
      max: leaves.reduce((s, l) => s + l.max * 4, 0) / 4,
      children: leaves.map((l, j) => ({ code: `${i + 1}.${j + 1}`, max: l.max, ...(rule(l) ? { rule: rule(l) } : {}), whenNotApplicable: 'exclude' })),
    })),
  });
}

/** A cell text for a leaf from a number in [0, 1]. */
function cell(l: LeafSpec, t: number): string {
  switch (l.kind) {
    case 'points': return String(Math.floor(t * l.max * 4) / 4);
    case 'yesno': return t >= 0.5 ? 'có' : 'không';
    case 'deduction': return String(Math.floor((1 - t) * 10));
    default: return String(Math.round(t * 1000) / 10);
  }
}

const caseArb = fieldsArb.chain((fields) => {
  const n = fields.flat().length;
  return fc.record({
    fields: fc.constant(fields),
    units: fc.array(fc.record({ ts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }), bonus: fc.integer({ min: 0, max: 12 }), penalty: fc.integer({ min: 0, max: 16 }) }), { minLength: 1, maxLength: 8 }),
  });
});

function inputsOf(fields: LeafSpec[][], units: { ts: number[]; bonus: number; penalty: number }[]) {
  const c = buildSet(fields);
  const leaves = fields.flat();
  const inputs = units.map((u, k) =>
    unit(c, `U${k}`, Object.fromEntries(c.leaves.map((leaf, i) => [leaf.code, cell(leaves[i]!, u.ts[i]!)])), { bonus: Rational.int(u.bonus).div(Rational.int(4)), penalty: Rational.int(u.penalty).div(Rational.int(4)) }),
  );
  return { c, inputs };
}

describe('engine invariants', () => {
  it('points stay within [0, max] per node; total ≤ max + bonus cap', () => {
    fc.assert(fc.property(caseArb, ({ fields, units }) => {
      const { c, inputs } = inputsOf(fields, units);
      for (const i of inputs) {
        const s = scoreUnit(c, i, { surveyGiven: false });
        for (const [, n] of s.nodes) expect(n.points.sign() >= 0 && n.points.cmp(n.max) <= 0).toBe(true);
        expect(s.total.cmp(s.max.add(Rational.int(2))) <= 0).toBe(true);
      }
    }), { numRuns: 150 });
  });

  it('raising one input never lowers the total', () => {
    fc.assert(fc.property(caseArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), ({ fields, units }, pick, bump) => {
      const u = units[0]!;
      const i = pick % u.ts.length;
      const higher = { ...u, ts: u.ts.map((t, k) => (k === i ? Math.min(1, t + bump * (1 - t)) : t)) };
      const { c, inputs } = inputsOf(fields, [u, higher]);
      const [a, b] = inputs.map((x) => scoreUnit(c, x, { surveyGiven: false }));
      expect(b!.total.cmp(a!.total) >= 0).toBe(true);
    }), { numRuns: 150 });
  });

  it('the order of units never changes the result (deterministic)', () => {
    fc.assert(fc.property(caseArb, fc.nat(), ({ fields, units }, seed) => {
      const { c, inputs } = inputsOf(fields, units);
      const shuffled = [...inputs].sort((x, y) => ((x.unit.charCodeAt(1) * 31 + seed) % 7) - ((y.unit.charCodeAt(1) * 31 + seed) % 7));
      const show = (rs: ReturnType<typeof rankUnits>) => rs.map((r) => `${r.rank}|${r.unit}|${r.total}|${r.index}`).join('\n');
      expect(show(scoreAll(c, shuffled, { surveyGiven: false }).units)).toBe(show(scoreAll(c, inputs, { surveyGiven: false }).units));
    }), { numRuns: 100 });
  });

  it('rank = 1 + number of ranked units with a higher published index', () => {
    fc.assert(fc.property(caseArb, ({ fields, units }) => {
      const { c, inputs } = inputsOf(fields, units);
      const ranked = scoreAll(c, inputs, { surveyGiven: false }).units;
      for (const r of ranked) {
        const higher = ranked.filter((o) => o.published!.cmp(r.published!) > 0).length;
        expect(r.rank).toBe(higher + 1);
      }
    }), { numRuns: 100 });
  });

  it('a field is the sum of its leaves, and the unit\'s totals the sum of its fields, with leaves not applying', () => {
    fc.assert(fc.property(caseArb, fc.array(fc.nat(), { maxLength: 6 }), ({ fields, units }, notApplying) => {
      const { c, inputs } = inputsOf(fields, units);
      for (const input of inputs) {
        // Some leaves marked not applicable ('-'): their maxima drop out of the field's and the unit's.
        for (const k of notApplying) {
          const leaf = c.leaves[k % c.leaves.length]!;
          input.values.set(leaf.code, { kind: 'na' } as never);
        }
        const s = scoreUnit(c, input, { surveyGiven: false });
        let appraisal = Rational.ZERO;
        let max = Rational.ZERO;
        for (const field of c.fields) {
          const leaves = field.children.map((l) => s.nodes.get(l.code)!);
          const sum = (pick: (n: { points: Rational; max: Rational }) => Rational) => leaves.reduce((t, n) => t.add(pick(n)), Rational.ZERO);
          const got = s.nodes.get(field.code)!;
          expect([got.points.toString(), got.max.toString()]).toEqual([sum((n) => n.points).toString(), sum((n) => n.max).toString()]);
          appraisal = appraisal.add(got.points);
          max = max.add(got.max);
        }
        expect(s.appraisal.toString()).toBe(appraisal.toString());
        expect(s.max.toString()).toBe(max.toString());
      }
    }), { numRuns: 200 });
  });
});
