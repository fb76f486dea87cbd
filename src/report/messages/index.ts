// All message texts in one table the compiler checks for completeness (a code without text
// does not compile), and the one function that words a diagnostic.
import type { Code, Diagnostic } from '../../diagnostics/diagnostic.js';
import { criteriaMessages } from './criteria.js';
import { findingsMessages } from './findings.js';
import { identityMessages } from './identity.js';
import { filesMessages } from './files.js';
import { inputMessages } from './input.js';
import { inputLimitMessages } from './input-limits.js';
import { numberBoundMessages } from './number-bounds.js';
import { outputMessages } from './output.js';
import { scoreMessages } from './score.js';
import { sheetCheckMessages } from './sheet-checks.js';
import { uncertaintyMessages, whatIfMessages } from './uncertainty.js';
import { shortenArgs } from './shorten.js';
import type { Lang, MessageTable, MessageText } from './types.js';

export type { Lang } from './types.js';

const messages: MessageTable<Code> = { ...criteriaMessages, ...inputMessages, ...inputLimitMessages, ...numberBoundMessages, ...scoreMessages, ...sheetCheckMessages, ...uncertaintyMessages, ...whatIfMessages, ...outputMessages, ...findingsMessages, ...identityMessages, ...filesMessages };

export function messageOf(d: Diagnostic, lang: Lang): { text: string; hint?: string } {
  const m = messages[d.code] as MessageText<typeof d.args>;
  const hintFn = lang === 'en' ? m.hintEn : m.hintVi;
  const args = shortenArgs(d.args, lang);
  const text = m[lang](args);
  // A hint may say nothing for some arguments ('').
  const hint = hintFn?.(args);
  return hint ? { text, hint } : { text };
}
