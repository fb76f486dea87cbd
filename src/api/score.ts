// `score`: the ranking as data (each unit as `cchc score -f json` gives it), the summary, and on
// request the report in any of the CLI's formats.
import { runScore } from '../core/run-score.js';
import { RANKING_FORMATS, RANKING_RENDERERS, rankingModel, type RankingFormat } from '../report/kinds/ranking.js';
import { rankingJsonDoc } from '../report/render-json.js';
import { camelKeys } from './camel-keys.js';
import { okOf, publicDiagnostics, withOutput } from './diagnostics.js';
import { formatOf, jobOf, langOf, renderOf, type JobOptions } from './requests.js';
import type { InputInfo, RenderOptions, Result, SetInfo } from './types.js';

export interface ScoreOptions extends JobOptions, RenderOptions<RankingFormat> {
  /** How sure each rank is, from resampling the survey forms (the CLI's --uncertainty). */
  uncertainty?: { replicates?: number; seed?: number; level?: number } | boolean;
}

/** One unit of the ranking: the CSV's columns (camelCase), each field's points, max and component index. */
export interface RankingEntry {
  rank: number | null;
  unit: string;
  name: string;
  group: string;
  ranked: boolean;
  appraisal: number | null;
  survey: number | null;
  bonus: number | null;
  penalty: number | null;
  total: number | null;
  max: number | null;
  index: number | null;
  band: string | null;
  note: string;
  fields: { code: string; title: string; points: number | null; max: number | null; index: number | null }[];
  /** With `uncertainty`: the rank and index intervals and what they come from. */
  rankLow?: number | null;
  rankHigh?: number | null;
  indexLow?: number | null;
  indexHigh?: number | null;
  intervalBasis?: string | null;
  [key: string]: unknown;
}

export interface ScoreResult extends Result {
  criteria?: SetInfo;
  ranking: RankingEntry[];
  /** Mean, median, highest, lowest, band counts: overall and per group. */
  summary?: Record<string, unknown>;
  inputs: InputInfo[];
  /** The report asked for with `format`. */
  output?: string | Uint8Array;
}

const UNCERTAINTY = { replicates: 1000, seed: 1, level: 0.9 };

function uncertaintyOf(u: ScoreOptions['uncertainty']) {
  if (u === undefined || u === false) return undefined;
  const o = { ...UNCERTAINTY, ...(u === true ? {} : u) };
  if (!Number.isInteger(o.replicates) || o.replicates < 100 || o.replicates > 100_000) throw new RangeError('cchc: uncertainty.replicates is a whole number from 100 to 100000');
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 4_294_967_295) throw new RangeError('cchc: uncertainty.seed is a whole number from 0 to 4294967295');
  if (!(o.level >= 0.5 && o.level <= 0.99)) throw new RangeError('cchc: uncertainty.level is from 0.5 to 0.99');
  return o;
}

export async function score(options: ScoreOptions): Promise<ScoreResult> {
  const lang = langOf(options);
  const format = formatOf(options.format, RANKING_FORMATS);
  const settings = renderOf(options);
  const uncertainty = uncertaintyOf(options.uncertainty);
  const run = await runScore({ ...jobOf(options, uncertainty !== undefined), ...(uncertainty ? { uncertainty } : {}) });
  const diagnostics = publicDiagnostics(run.diagnostics, lang);
  const { job } = run;
  if (!job) return { ok: false, ranking: [], inputs: [], diagnostics };
  const doc = camelKeys(rankingJsonDoc(job.criteria, job.units, {}, run.uncertainty, job.findings.given ? job.findings : undefined));
  const { id, version, title, precision } = job.criteria;
  const result = {
    ok: okOf(run.diagnostics),
    criteria: { id, version, title, precision },
    ranking: doc.units as RankingEntry[],
    summary: doc.summary as Record<string, unknown>,
    inputs: job.fingerprints.map(({ role, file, sha256 }) => ({ role, file, sha256 })),
    diagnostics,
  };
  return withOutput(result, format ? () => RANKING_RENDERERS[format](rankingModel(job, run.uncertainty), settings) : undefined, lang);
}
