// `criteria`: the bundled sets, and a set explained (as `cchc criteria show -f json`).
import { loadCriteria } from '../core/load-criteria.js';
import { listBundled } from '../io/bundled-criteria.js';
import { CRITERIA_FORMATS, CRITERIA_RENDERERS, type CriteriaFormat } from '../report/kinds/criteria.js';
import { criteriaJsonDoc } from '../report/render-criteria.js';
import { okOf, publicDiagnostics } from './diagnostics.js';
import { formatOf, langOf, limitOf, renderOf } from './requests.js';
import type { Criteria, Lang, Result } from './types.js';

export interface CriteriaShowResult extends Result {
  /** The set: every node with its rule in words, the survey and ranking rules. */
  set?: Record<string, unknown>;
  output?: string;
}

export const criteria = {
  /** The sets bundled with cchc: id, version, title. */
  list(): { id: string; version: string; title: string }[] {
    return listBundled().map(({ id, version, title }) => ({ id, version, title }));
  },
  /** A set (bundled id, path or data) explained; the newest bundled ha-tinh-xa when none is named. */
  async show(set?: Criteria, options: { lang?: Lang; format?: CriteriaFormat; maxInputBytes?: number } = {}): Promise<CriteriaShowResult> {
    const lang = langOf(options);
    const format = formatOf(options.format, CRITERIA_FORMATS);
    const loaded = loadCriteria(set, limitOf(options).limit);
    const diagnostics = publicDiagnostics(loaded.diagnostics, lang);
    if (!loaded.criteria) return { ok: false, diagnostics };
    const output = format ? ((await CRITERIA_RENDERERS[format](loaded.criteria, renderOf({ lang }))) as string) : undefined;
    return { ok: okOf(loaded.diagnostics), set: criteriaJsonDoc(loaded.criteria, lang), diagnostics, ...(output !== undefined ? { output } : {}) };
  },
};
