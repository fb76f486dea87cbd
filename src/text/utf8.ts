// Where a text that should be UTF-8 is not: the first byte sequence a strict decoder refuses, for
// a message that points at it (a criteria file, a sheet) instead of a U+FFFD far from its cause.

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
const sequenceLength = (b: number): number => (b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0);

/** Offset and length of the first byte sequence that is not UTF-8 (`length` 0: none). */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; length: number } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes[i] as number);
    if (n === 1) {
      i++;
      continue;
    }
    // Overlong forms, surrogates and values past U+10FFFF are caught by the decoder itself.
    const ok = n > 0 && i + n <= bytes.length && (() => {
      try {
        strict.decode(bytes.subarray(i, i + n));
        return true;
      } catch {
        return false;
      }
    })();
    if (!ok) {
      // The lead byte and the continuation bytes that follow it: the sequence as far as it goes.
      let length = 1;
      while (length < n && i + length < bytes.length && ((bytes[i + length] as number) & 0xc0) === 0x80) length++;
      return { offset: i, length };
    }
    i += n;
  }
  return { offset: bytes.length, length: 0 };
}

/** Bytes as a message shows them: `C3 28`. */
export const hexBytes = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
