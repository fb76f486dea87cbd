// What-if is re-scoring: for any unit of the sample, any of its cells and any value the cell's
// rule reads (points, có/không, a rate, a count, a level label, "-"), and bonus or penalty,
// `--set` gives exactly what scoring the sheet with that cell changed gives, for every unit.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriteriaNode } from '../../src/criteria/model.js';
import { readSetValues } from '../../src/sheets/read-set-values.js';
import type { RankedUnit } from '../../src/scoring/rank-units.js';
import type { LeafValue } from '../../src/scoring/score-leaf.js';
import { whatIf } from '../../src/scoring/what-if.js';
import { loadSet, scoreJob } from '../helpers/pipeline.js';

const criteria = loadSet('criteria/ha-tinh-xa-2021.json');
const scores = readFileSync('samples/huong-son-2021/scores.csv', 'utf8');
const survey = readFileSync('samples/huong-son-2021/survey.csv', 'utf8');
const [header = '', ...rows] = scores.trimEnd().split(/\r?\n/);
const columns = header.split(',');
const appraisal = criteria.leaves.filter((l) => l.source === 'appraisal');

/** A text the leaf's rule reads, as a clerk would type it. */
function cellArb(leaf: CriteriaNode): fc.Arbitrary<string> {
  const max = leaf.max.toNumber();
  const rule = leaf.rule;
  const value =
    rule.type === 'yesno' ? fc.constantFrom('có', 'không', 'x', '', '1', '0', 'Đạt', 'không đạt')
      : rule.type === 'levels' ? fc.constantFrom(...[...rule.levels.values()].map((l) => l.label))
        : rule.type === 'steps' || rule.type === 'proportional' ? fc.integer({ min: 0, max: 1000 }).chain((x) => fc.constantFrom(`${x / 10}`, `${x / 10}%`))
          : rule.type === 'deduction' ? fc.integer({ min: 0, max: 8 }).map(String)
            : fc.integer({ min: 0, max: max * 4 }).map((q) => String(q / 4));
  return leaf.whenNotApplicable ? fc.oneof(value, fc.constant('-')) : value;
}

const changeArb = fc.record({
  unit: fc.integer({ min: 0, max: rows.length - 1 }),
  cells: fc.uniqueArray(fc.integer({ min: 0, max: appraisal.length + 1 }), { minLength: 1, maxLength: 3 }).chain((at) =>
    fc.tuple(...at.map((i) => {
      const leaf = appraisal[i];
      return leaf ? cellArb(leaf).map((text) => [leaf.code, text] as const) : fc.integer({ min: 0, max: 12 }).map((q) => [i === appraisal.length ? 'bonus' : 'penalty', String(q / 4)] as const);
    })),
  ),
});

const result = (u: RankedUnit | undefined) => u && [u.appraisal, u.survey, u.bonus, u.penalty, u.total, u.max, u.index].map((r) => r?.toString()).concat([String(u.rank), u.band ?? '']);

describe('what-if', async () => {
  const base = (await scoreJob('criteria/ha-tinh-xa-2021.json', scores, survey)).job;
  if (!base) throw new Error('the sample does not score');
  it('is exactly what scoring the changed sheet gives, for the unit and every other', async () => {
    await fc.assert(
      fc.asyncProperty(changeArb, async ({ unit, cells }) => {
        const cellsOf = rows[unit]?.split(',') as string[];
        const code = cellsOf[0] as string;
        for (const [c, text] of cells) cellsOf[columns.indexOf(c)] = text;
        const changed = [header, ...rows.map((r, i) => (i === unit ? cellsOf.join(',') : r))].join('\n') + '\n';
        const again = (await scoreJob('criteria/ha-tinh-xa-2021.json', changed, survey)).job;
        const read = readSetValues(criteria, cells.map(([c, text]) => ({ text: `${c}=${text}`, code: c, value: text })), 'dot', true, code);
        // A rate below 1% is read, with a warning that it may be a fraction.
        expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const values = new Map<string, LeafValue>();
        const change: Parameters<typeof whatIf>[5] = { values };
        for (const c of read.changes) c.kind === 'leaf' ? values.set(c.leaf.code, c.value) : (change[c.kind] = c.value);
        const w = whatIf(criteria, base.inputs, base.units, base.ctx, code, change);
        expect(result(w?.after)).toEqual(result(again?.units.find((u) => u.unit === code)));
        expect(w?.units.map((u) => `${u.unit} ${u.rank}`)).toEqual(again?.units.map((u) => `${u.unit} ${u.rank}`));
        const moved = again?.units.filter((u) => u.unit !== code && u.rank !== base.units.find((b) => b.unit === u.unit)?.rank).map((u) => u.unit);
        expect(w?.moved.map((m) => m.unit.unit)).toEqual(moved);
      }),
      { numRuns: 60 },
    );
  });
});
