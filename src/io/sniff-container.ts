// Looks at the first bytes: BOMs, workbooks and other binary files given instead of a CSV, and
// UTF-16 without a BOM (recognised by its zero bytes, as Notepad's "Unicode" files are).
import type { NotCsvKind } from '../diagnostics/codes-input.js';

export type Sniffed =
  | { kind: NotCsvKind }
  | { kind?: undefined; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'; bomLength: number; utf16WithoutBom?: false }
  | { kind?: undefined; encoding: 'utf-16le' | 'utf-16be'; bomLength: 0; utf16WithoutBom: true };

const SIGNATURES: [NotCsvKind, number[]][] = [
  ['xlsx', [0x50, 0x4b, 0x03, 0x04]], // ZIP: .xlsx, .ods
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // OLE2: .xls
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

export function sniffContainer(b: Uint8Array): Sniffed {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', bomLength: 3 };
  if (startsWith(b, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(b, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 };
  for (const [kind, sig] of SIGNATURES) if (startsWith(b, sig)) return { kind };

  const n = Math.min(b.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) (i % 2 === 0 ? even++ : odd++);
  if (even + odd === 0) return { encoding: 'utf-8', bomLength: 0 };
  // Latin text in UTF-16 has a zero in (nearly) every other byte, on one side only.
  const half = n / 2;
  if (odd > half * 0.3 && even === 0) return { encoding: 'utf-16le', bomLength: 0, utf16WithoutBom: true };
  if (even > half * 0.3 && odd === 0) return { encoding: 'utf-16be', bomLength: 0, utf16WithoutBom: true };
  return { kind: 'binary' };
}
