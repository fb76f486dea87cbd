import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

export const fixture = (name: string): Uint8Array =>
  readFileSync(fileURLToPath(new URL(`../fixtures/io/${name}`, import.meta.url)));

export const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => d.code);

/** The header keys the tests treat as known: what the criteria model would answer. */
const KNOWN = new Set(['unit', 'đơn vị', 'tên', 'nhóm', 'stt', 'ghi chú', 'điểm thẩm định', '1.1', '1.2', '2.1']);
export const isKnownHeader = (key: string): boolean => KNOWN.has(key);
