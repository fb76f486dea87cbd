// What a file that is not text may be: a zip (an .xlsx, or another Office file), or an OLE2
// compound file, which is either an old .xls or a password-protected .xlsx (Office encrypts the
// whole package into an OLE2 file with an `EncryptedPackage` stream): the clerk is told which.
import type { ByteSource } from './byte-source.js';

export type WorkbookKind = 'zip' | 'encrypted' | 'xls';

const ZIP = [0x50, 0x4b];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// `EncryptedPackage` as an OLE2 directory entry names it, in UTF-16LE.
const ENCRYPTED = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));
const SCAN_PIECE = 1 << 20;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

export function sniffWorkbook(src: ByteSource): WorkbookKind | undefined {
  const head = src.read(0, 8);
  if (startsWith(head, ZIP) && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'zip';
  if (!startsWith(head, OLE2)) return undefined;
  return holdsEncryptedPackage(src) ? 'encrypted' : 'xls';
}

/** The directory entry's name, searched in pieces (overlapping by the name's length): memory stays flat. */
function holdsEncryptedPackage(src: ByteSource): boolean {
  for (let at = 0; at < src.size; at += SCAN_PIECE) {
    const piece = Buffer.from(src.read(at, SCAN_PIECE + ENCRYPTED.length));
    if (piece.indexOf(ENCRYPTED) >= 0) return true;
  }
  return false;
}
