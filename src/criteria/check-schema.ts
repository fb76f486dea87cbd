// Turns the schema's findings into located diagnostics. The `format` key is checked first so
// that a file from a newer cchc says so instead of listing every key it does not know.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { JsonSource, PathSegment } from './json-source.js';
import { criteriaSchema, type CriteriaInput } from './schema.js';
import { schemaDiagnostics } from './schema-issues.js';
import { wrongType } from './shown-value.js';

const FORMAT = /^cchc-criteria\/(\d+)(?:\.\d+)*$/;

export function checkSchema(src: JsonSource): { input?: CriteriaInput; diagnostics: Diagnostic[] } {
  const at = (path: readonly PathSegment[], key = false) => ({ file: src.file, ...src.locate(path, { key }) });
  const value = src.value;
  const format = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['format'] : undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !('format' in value)) {
    return { diagnostics: [diag('CRITERIA_MISSING_KEY', 'error', at(['format']), { key: 'format' })] };
  }
  if (format !== undefined && typeof format !== 'string') {
    return { diagnostics: [diag('CRITERIA_WRONG_TYPE', 'error', at(['format']), wrongType(['format'], 'string', format))] };
  }
  if (typeof format === 'string' && format !== 'cchc-criteria/1') {
    const major = FORMAT.exec(format)?.[1];
    const code = major && Number(major) > 1 ? 'CRITERIA_FORMAT_NEWER' : 'CRITERIA_FORMAT_UNKNOWN';
    return { diagnostics: [diag(code, 'error', at(['format']), { format })] };
  }
  // reportInput: tells a missing key (input undefined) from a value of the wrong type.
  const result = criteriaSchema.safeParse(value, { reportInput: true });
  if (result.success) return { input: result.data, diagnostics: [] };
  return { diagnostics: schemaDiagnostics(result.error.issues, at) };
}
