// One identity for a unit in every sheet (scores, survey, self-assessment, findings, rankings): a
// unit is named by its code or its name, and two spellings are the same unit when they are equal
// after NFC, case folding, trimming, folding runs of white space (no-break spaces included, as
// answers and headers are matched: foldKey) and dropping the characters that show nothing
// (zero-width spaces and joiners, soft hyphens) that text pasted from the web or Word carries.
// Diacritics count: `Sơn Hà` and `Sơn Hạ` may be two communes; without them a spelling only
// suggests a unit (find-unit.ts), it never is one.
import { unitKey } from '../text/unit-key.js';
import { closestUnits, type Named } from './find-unit.js';

export { unitKey };

/** A unit as one sheet names it: the text of its unit cell, its name ('' when none), and where. */
export interface UnitSighting {
  unit: string;
  name: string;
  file: string;
  line: number;
  sheet?: string;
}

/**
 * Two sightings of one unit: `second` (later in the order given) names the unit `first` names.
 * `code`: the same code; `name-code`: second's unit cell is first's name (`Sơn Hà` below
 * `SONHA, Sơn Hà`); `code-name`: second's name is first's code.
 */
export interface DuplicateUnit<S extends UnitSighting> {
  first: S;
  second: S;
  how: 'code' | 'name-code' | 'code-name';
}

/**
 * Every sighting that names a unit an earlier one named, in the order given: within one sheet
 * (a unit written twice, by code and by name) or across several files of one role, each sighting
 * carrying its file and line. Two units with the same name and different codes are not one unit
 * (communes of two districts share names); their name then cannot find either (UnitDirectory).
 */
export function findDuplicateUnits<S extends UnitSighting>(sightings: readonly S[]): DuplicateUnit<S>[] {
  const byCode = new Map<string, S>();
  const byName = new Map<string, S>();
  const out: DuplicateUnit<S>[] = [];
  for (const s of sightings) {
    const code = unitKey(s.unit);
    const name = s.name === '' ? '' : unitKey(s.name);
    let first = byCode.get(code);
    let how: DuplicateUnit<S>['how'] = 'code';
    if (!first && (first = byName.get(code))) how = 'name-code';
    if (!first && name !== '' && (first = byCode.get(name))) how = 'code-name';
    if (first) {
      out.push({ first, second: s, how });
      continue;
    }
    byCode.set(code, s);
    if (name !== '' && !byName.has(name)) byName.set(name, s);
  }
  return out;
}

/** What a spelling names among a directory's units: one unit, several, or none (with the closest, when any is near). */
export type Resolved<U> =
  | { kind: 'found'; unit: U; by: 'code' | 'name' }
  | { kind: 'ambiguous'; units: U[] }
  | { kind: 'none'; closest: U[] };

/** Distinct spellings remembered: a survey writes each unit a few ways, a national one 10,000 units. */
const MEMO_LIMIT = 1 << 16;

/** The units of one sheet (a scores sheet's, a ranking's), found by code or name as any other sheet spells them. */
export class UnitDirectory<U extends Named> {
  private readonly byCode = new Map<string, U>();
  private readonly byName = new Map<string, U[]>();
  private readonly memo = new Map<string, Resolved<U>>();

  constructor(readonly units: readonly U[]) {
    for (const u of units) {
      const code = unitKey(u.unit);
      if (!this.byCode.has(code)) this.byCode.set(code, u);
    }
    for (const u of units) {
      if (u.name === '') continue;
      const name = unitKey(u.name);
      const list = this.byName.get(name);
      if (!list) this.byName.set(name, [u]);
      else if (!list.includes(u)) list.push(u);
    }
  }

  /** The unit `text` names: by its code, or by its name when no unit has that code and one unit has that name. */
  resolve(text: string): Resolved<U> {
    let r = this.memo.get(text);
    if (r) return r;
    const key = unitKey(text);
    const code = this.byCode.get(key);
    const named = (this.byName.get(key) ?? []).filter((u) => u !== code);
    if (code && named.length === 0) r = { kind: 'found', unit: code, by: 'code' };
    else if (!code && named.length === 1) r = { kind: 'found', unit: named[0] as U, by: 'name' };
    else if (code || named.length > 0) r = { kind: 'ambiguous', units: code ? [code, ...named] : named };
    else r = { kind: 'none', closest: closestUnits(this.units, text) };
    if (this.memo.size < MEMO_LIMIT) this.memo.set(text, r);
    return r;
  }

  /** The unit a spelling names, or undefined (none, or several). */
  find(text: string): U | undefined {
    const r = this.resolve(text);
    return r.kind === 'found' ? r.unit : undefined;
  }
}

/** Whether a text is the code or the name of one of `units` (a row naming one is a unit's row). */
export function knownUnits(units: readonly Named[]): (text: string) => boolean {
  // Asked only of rows below a signature block: the keys are made when first asked.
  let keys: Set<string> | undefined;
  return (text) => {
    if (!keys) {
      keys = new Set();
      for (const u of units) {
        keys.add(unitKey(u.unit));
        if (u.name !== '') keys.add(unitKey(u.name));
      }
    }
    return keys.has(unitKey(text));
  };
}

/** `"SONHA" (Sơn Hà)`: a unit as messages name it. */
export const unitLabel = (u: Named): string => `"${u.unit}"${u.name && u.name !== u.unit ? ` (${u.name})` : ''}`;
