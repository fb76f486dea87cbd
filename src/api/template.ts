// `template`: the blank sheet of a set for data entry, its columns and titles, and the file.
import { loadCriteria } from '../core/load-criteria.js';
import { TEMPLATE_FORMATS, TEMPLATE_RENDERERS, templateModel, type TemplateFormat } from '../report/kinds/template.js';
import { okOf, publicDiagnostics, withOutput } from './diagnostics.js';
import { formatOf, langOf, limitOf, renderOf } from './requests.js';
import type { Criteria, Lang, Result } from './types.js';

export interface TemplateOptions {
  criteria?: Criteria;
  /** The survey's forms (unit, respondent, group, every question) instead of the scores sheet. */
  survey?: boolean;
  /** A row of titles under the header (each column's maximum and what to enter). */
  titles?: boolean;
  format?: TemplateFormat;
  lang?: Lang;
  maxInputBytes?: number;
}

export interface TemplateResult extends Result {
  header: string[];
  titles: string[];
  output?: string | Uint8Array;
}

export async function template(options: TemplateOptions = {}): Promise<TemplateResult> {
  const lang = langOf(options);
  const format = formatOf(options.format, TEMPLATE_FORMATS);
  const { criteria, diagnostics } = loadCriteria(options.criteria, limitOf(options).limit);
  const out = publicDiagnostics(diagnostics, lang);
  const model = criteria && templateModel(criteria, { survey: options.survey === true, titles: options.titles === true, lang });
  if (!model) {
    // The set loaded, but has no survey section to make forms of.
    if (criteria) throw new RangeError(`cchc: the criteria set ${criteria.id}@${criteria.version} has no survey section (survey.questions)`);
    return { ok: false, header: [], titles: [], diagnostics: out };
  }
  return withOutput({ ok: okOf(diagnostics), header: model.sheet.header, titles: model.sheet.titles, diagnostics: out }, format ? () => TEMPLATE_RENDERERS[format](model, renderOf({ lang })) : undefined, lang);
}
