// The README promises Node 20: `npm ci` on Node 20 must not warn EBADENGINE. npm warns when the
// running Node is outside a package's `engines.node`, and the lockfile records every package's
// range: each must admit Node 20 (docx 9.15 asked for nanoid 6, Node 22+ only; package.json's
// `overrides` pins nanoid 5, which docx does not even load: its build carries its own copy).
// .ci/run checks the real `npm ci` output too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

type Version = [number, number, number];

/** `20`, `20.19`, `v12.22.7`, `10.*` → the lowest version it names, and how many parts were given. */
function parseVersion(text: string): { v: Version; given: number } {
  const parts = text.replace(/^v/, '').split('.').filter((p) => p !== '' && p !== '*' && p.toLowerCase() !== 'x');
  const n = parts.map(Number);
  return { v: [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0], given: parts.length };
}

const cmp = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** One comparator of a semver range (`^20.19.0`, `>=18`, `~1.2`, `10.*`, `12.x`) tested on `v`. */
function satisfiesOne(v: Version, comparator: string): boolean {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*(.+)$/.exec(comparator);
  if (!m) throw new Error(`engines: cannot read "${comparator}"`);
  const op = m[1] ?? '';
  const { v: w, given } = parseVersion(m[2] as string);
  const c = cmp(v, w);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '^': {
      // The first non-zero part given stays fixed.
      const top: Version = w[0] > 0 || given < 2 ? [w[0] + 1, 0, 0] : w[1] > 0 || given < 3 ? [0, w[1] + 1, 0] : [0, 0, w[2] + 1];
      return c >= 0 && cmp(v, top) < 0;
    }
    case '~':
      return c >= 0 && cmp(v, given < 2 ? [w[0] + 1, 0, 0] : [w[0], w[1] + 1, 0]) < 0;
    default:
      // A bare or x-range version: the parts given must match.
      return v.slice(0, given).every((x, i) => x === w[i]);
  }
}

/** A range: alternatives joined by `||`, each a list of comparators that must all hold. */
function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version).v;
  return range.split('||').some((alt) => {
    const comparators = alt.trim().replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return comparators.length === 0 || comparators.every((c) => satisfiesOne(v, c));
  });
}

interface LockPackage {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  engines?: Record<string, string> | string[];
}

const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
const nodeRange = (p: LockPackage): string | undefined => (p.engines && !Array.isArray(p.engines) ? p.engines['node'] : undefined);

describe('the lockfile on Node 20', () => {
  it('the range reader agrees with npm on the forms the lockfile uses', () => {
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.0', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '^22 || ^24 || >=26')).toBe(false);
    expect(satisfies('20.19.0', '^18 || >=20')).toBe(true);
    expect(satisfies('20.19.0', '>=v12.22.7')).toBe(true);
    expect(satisfies('20.19.0', '10.* || >= 12.*')).toBe(true);
    expect(satisfies('20.19.0', '^12.17.0 || ^14.13 || >=16.0.0')).toBe(true);
    expect(satisfies('20.19.0', '>=18 <20')).toBe(false);
  });

  it('every package, dependency of a dependency included, admits Node 20.19 (the development tools need 20.19; cchc itself 20)', () => {
    const refused = Object.entries(lock.packages)
      .filter(([, p]) => !satisfies(p.dev ? '20.19.0' : '20.0.0', nodeRange(p) ?? '*'))
      .map(([path, p]) => `${path}@${p.version}: node ${nodeRange(p)}`);
    expect(refused).toEqual([]);
  });

  it('docx’s nanoid is the overridden one, for Node 18 and 20', () => {
    const nanoid = lock.packages['node_modules/docx/node_modules/nanoid'] ?? lock.packages['node_modules/nanoid'];
    expect(nanoid?.version).toMatch(/^5\./);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { overrides?: Record<string, unknown> };
    expect(pkg.overrides).toEqual({ docx: { nanoid: '^5.1.12' } });
  });
});
