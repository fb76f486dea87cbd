import type { Code, DiagnosticArgs } from '../../diagnostics/diagnostic.js';

export type Lang = 'vi' | 'en';

/** The text of one diagnostic code: a message and an optional hint (what to do), in both languages. */
export interface MessageText<A> {
  en: (a: A) => string;
  vi: (a: A) => string;
  hintEn?: (a: A) => string;
  hintVi?: (a: A) => string;
}

/** A table of texts for a set of codes; `satisfies MessageTable<K>` makes a code without text fail to compile. */
export type MessageTable<K extends Code> = { [C in K]: MessageText<DiagnosticArgs[C]> };
