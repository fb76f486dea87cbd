// How large an input may be before it is refused unread: 2 GiB, or CCHC_MAX_INPUT (bytes, or a
// number with K, M or G: 500M). No sheet comes near it; a device or a runaway pipe would.
const DEFAULT = 2 * 1024 ** 3;
const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** The limit CCHC_MAX_INPUT asks for; undefined when it is set to something that is not a size. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)i?B?\s*$/i.exec(text);
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * (UNITS[(m[2] ?? '').toUpperCase()] ?? 1));
  return bytes > 0 ? bytes : undefined;
}

/** The limit in bytes and as the user wrote it (or the default). */
export function inputLimit(env: NodeJS.ProcessEnv = process.env): { bytes: number; text: string } {
  const set = env['CCHC_MAX_INPUT'];
  const bytes = set === undefined ? undefined : parseSize(set);
  return bytes === undefined ? { bytes: DEFAULT, text: '2 GiB' } : { bytes, text: (set as string).trim() };
}
