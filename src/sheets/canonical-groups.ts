// A sheet's `group` column matched as unit names are: `xã`, `XÃ` and ` Xã ` are one group, named
// as it is first written (a notice for --verbose names the other spellings). Groups whose names
// differ in diacritics only (`Xã`, `Xa`) may be one group typed two ways, or two: they stay two,
// as written, and a warning names both.
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { unitKey } from '../scoring/unit-identity.js';
import { plainKey } from '../text/plain-key.js';

interface Grouped {
  group: string;
  file: string;
  line: number;
}

/** Each unit's group as the group is first written; problems in `out`. */
export function canonicalGroups<U extends Grouped>(units: readonly U[], out: Diagnostic[]): Map<U, string> {
  const first = new Map<string, Grouped>();
  const byPlain = new Map<string, Grouped>();
  const said = new Set<string>();
  const groups = new Map<U, string>();
  for (const u of units) {
    if (u.group === '') continue;
    const key = unitKey(u.group);
    const seen = first.get(key);
    if (seen) {
      groups.set(u, seen.group);
      if (seen.group !== u.group && !said.has(u.group)) {
        said.add(u.group);
        out.push(diag('SCORE_GROUP_SPELLINGS', 'info', { file: u.file, line: u.line }, { group: seen.group, spelling: u.group, firstLine: seen.line }));
      }
      continue;
    }
    first.set(key, u);
    groups.set(u, u.group);
    const plain = plainKey(u.group);
    const near = byPlain.get(plain);
    if (near) out.push(diag('SCORE_GROUP_NEAR', 'warning', { file: u.file, line: u.line }, { group: near.group, other: u.group, firstLine: near.line }));
    else byPlain.set(plain, u);
  }
  return groups;
}
