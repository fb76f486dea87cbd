// One part of the zip as text, inflated and decoded piece by piece (a large part streamed through
// fflate, whose inflater is synchronous and incremental; a small one at once by node:zlib). The bytes really inflated are
// counted as they come, against the part's cap, against the size the directory declared (a
// lying header is refused at once, not trusted for an allocation) and against the compressed
// bytes used so far (a zip bomb shows its ratio within its first megabytes).
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';
import type { ByteSource } from './byte-source.js';
import { INFLATE_PIECE, MAX_RATIO, RATIO_FROM_BYTES, WHOLE_BYTES } from './limits.js';
import { damaged, WorkbookRefusal } from './refusal.js';
import { dataStart, type ZipEntry } from './zip-directory.js';

const bomb = (part: string, why: 'ratio' | 'size' | 'declared-size') => new WorkbookRefusal({ kind: 'bomb', part, why });

/** The entry's bytes as inflated, in pieces of at most ~16 MB. */
export function* entryBytes(src: ByteSource, e: ZipEntry, cap: number): Generator<Uint8Array, void, undefined> {
  if (e.declaredSize > cap) throw bomb(e.name, 'size');
  if (e.declaredSize > RATIO_FROM_BYTES && e.declaredSize > e.compressedSize * MAX_RATIO) throw bomb(e.name, 'ratio');
  const start = dataStart(src, e);
  if (e.method === 8 && e.declaredSize <= WHOLE_BYTES) return yield wholeEntry(src, e, start);
  let inflated = 0;
  let used = 0;
  const out: Uint8Array[] = [];
  const inflater = e.method === 8 ? new Inflate((chunk) => void out.push(chunk)) : undefined;
  for (let done = false; !done; ) {
    const piece = src.read(start + used, Math.min(INFLATE_PIECE, e.compressedSize - used));
    used += piece.length;
    done = used >= e.compressedSize;
    if (piece.length === 0 && !done) throw damaged('cut-short', e.name);
    if (inflater) {
      try {
        inflater.push(piece, done);
      } catch {
        throw damaged('not-inflating', e.name);
      }
    } else out.push(piece);
    for (const chunk of out) {
      inflated += chunk.length;
      if (inflated > e.declaredSize) throw bomb(e.name, 'declared-size');
      if (inflated > cap) throw bomb(e.name, 'size');
      if (inflated > RATIO_FROM_BYTES && inflated > used * MAX_RATIO) throw bomb(e.name, 'ratio');
      yield chunk;
    }
    out.length = 0;
  }
  if (inflated !== e.declaredSize) throw damaged('cut-short', e.name);
}

/**
 * A part small enough to hold, inflated at once by node:zlib (native, and ~4× faster than fflate
 * before V8 optimises it: a district's run). maxOutputLength is the declared size: the part cannot
 * inflate past it, and coming short of it is damage.
 */
function wholeEntry(src: ByteSource, e: ZipEntry, start: number): Uint8Array {
  let out: Buffer;
  try {
    out = inflateRawSync(src.read(start, e.compressedSize), { maxOutputLength: Math.max(1, e.declaredSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(e.name, 'declared-size');
    throw damaged('not-inflating', e.name);
  }
  if (out.length !== e.declaredSize) throw damaged('cut-short', e.name);
  return out;
}

/**
 * The entry as text: UTF-8, or UTF-16 with its BOM (which OPC allows for XML parts). Invalid
 * UTF-8 is damage, not something to guess around.
 */
export function* entryText(src: ByteSource, e: ZipEntry, cap: number): Generator<string, void, undefined> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  for (const bytes of entryBytes(src, e, cap)) {
    if (!decoder) {
      const le = bytes[0] === 0xff && bytes[1] === 0xfe;
      const be = bytes[0] === 0xfe && bytes[1] === 0xff;
      decoder = new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8', { fatal: true });
    }
    try {
      const text = decoder.decode(bytes, { stream: true });
      if (text !== '') yield text;
    } catch {
      throw damaged('not-text', e.name);
    }
  }
  try {
    const rest = decoder?.decode() ?? '';
    if (rest !== '') yield rest;
  } catch {
    throw damaged('not-text', e.name);
  }
}
