// The one door to the workbook writer (src/report/xlsx/, a lazy chunk: a run writing CSV, JSON or
// a table never loads it).
export { renderCompareXlsx, renderRankingXlsx, renderReconcileXlsx, renderSectionsXlsx, renderTemplateXlsx, type WorkbookInput, type XlsxOptions } from './xlsx/index.js';
