// Which bundled set a name like `ha-tinh-xa` or `ha-tinh-xa@2021` means: the exact version, or
// the newest version of the family. Pure: the list of sets is read elsewhere.

export interface BundledEntry {
  id: string;
  version: string;
  title: string;
  path: string;
}

/** Compares versions segment by segment, numerically where both segments are numbers. */
export function compareVersions(a: string, b: string): number {
  const as = a.split(/[.-]/);
  const bs = b.split(/[.-]/);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i] ?? '';
    const y = bs[i] ?? '';
    const c = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

export function pickBundled(entries: readonly BundledEntry[], name: string): BundledEntry | undefined {
  const [id, version] = name.split('@') as [string, string | undefined];
  const family = entries.filter((e) => e.id === id);
  if (version !== undefined) return family.find((e) => e.version === version);
  return [...family].sort((a, b) => compareVersions(b.version, a.version))[0];
}

export const looksLikeBundledName = (s: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*(@[\w.-]+)?$/.test(s);
