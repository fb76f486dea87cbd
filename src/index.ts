// cchc as a library: the jobs of the command line as functions that take plain data (paths or
// bytes, options) and return plain data with their diagnostics. Nothing is printed, the process
// is never exited, argv and the environment are never read.
export { score, type ScoreOptions, type ScoreResult, type RankingEntry } from './api/score.js';
export { explain, type ExplainOptions, type ExplainResult } from './api/explain.js';
export { notices, type NoticesOptions, type NoticesResult, type NoticeEntry } from './api/notices.js';
export { reconcile, type ReconcileOptions, type ReconcileResult } from './api/reconcile.js';
export { compare, type CompareOptions, type CompareResult } from './api/compare.js';
export { check, type CheckResult } from './api/check.js';
export { template, type TemplateOptions, type TemplateResult } from './api/template.js';
export { criteria, type CriteriaShowResult } from './api/criteria.js';
export type { Criteria, Diagnostic, Input, InputInfo, Lang, ReadOptions, RenderOptions, ReportOptions, Result, SetInfo, Severity } from './api/types.js';
