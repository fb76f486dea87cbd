// All message texts in one table the compiler checks for completeness (a code without text
// does not compile), and the one function that words a diagnostic.
import type { Code, Diagnostic } from '../../diagnostics/diagnostic.js';
import { criteriaMessages } from './criteria.js';
import { inputMessages } from './input.js';
import { scoreMessages } from './score.js';
import { uncertaintyMessages, whatIfMessages } from './uncertainty.js';
import type { Lang, MessageTable, MessageText } from './types.js';

export type { Lang } from './types.js';

const messages: MessageTable<Code> = { ...criteriaMessages, ...inputMessages, ...scoreMessages, ...uncertaintyMessages, ...whatIfMessages };

export function messageOf(d: Diagnostic, lang: Lang): { text: string; hint?: string } {
  const m = messages[d.code] as MessageText<typeof d.args>;
  const hintFn = lang === 'en' ? m.hintEn : m.hintVi;
  const text = m[lang](d.args);
  return hintFn ? { text, hint: hintFn(d.args) } : { text };
}
