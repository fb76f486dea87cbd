// --uncertainty and its settings: --replicates, --seed, --level. A value out of range is a usage
// error (exit 2) worded in the run's language; --replicates, --seed or --level alone imply
// --uncertainty (asking how many replicates is asking for intervals).
import type { Command } from 'commander';
import { optionHelp } from './help/option-help.js';
import type { Lang } from '../report/messages/index.js';
import { usageMessage } from '../report/messages/usage.js';
import type { UncertaintyOptions } from '../scoring/estimate-uncertainty.js';
import { UsageError } from './usage-error.js';

export const DEFAULT_REPLICATES = 1000;
export const DEFAULT_SEED = 1;
export const DEFAULT_LEVEL = 0.9;

export interface UncertaintyFlags {
  uncertainty?: boolean;
  replicates?: string;
  seed?: string;
  level?: string;
}

export function addUncertaintyOptions(cmd: Command, lang: Lang): Command {
  const h = optionHelp(lang);
  return cmd.option(h.uncertainty.flags, h.uncertainty.text).option(h.replicates.flags, h.replicates.text).option(h.seed.flags, h.seed.text).option(h.level.flags, h.level.text);
}

const WHOLE = /^\d{1,10}$/;

function whole(text: string, min: number, max: number): number | undefined {
  const t = text.trim();
  if (!WHOLE.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
}

/** A level written 0.9, 0,9, 90% or 90; undefined unless it lies from 0.5 to 0.99. */
export function parseLevel(text: string): number | undefined {
  const m = /^(\d{1,3}(?:[.,]\d{1,6})?)\s*(%?)$/.exec(text.trim());
  if (!m) return undefined;
  const x = Number((m[1] as string).replace(',', '.'));
  const level = m[2] === '%' || x > 1 ? x / 100 : x;
  // Compared in hundredths of a percent, so that 99% (0.9899999…) is in.
  const bp = Math.round(level * 10000);
  return bp >= 5000 && bp <= 9900 ? bp / 10000 : undefined;
}

/** The options asked for, checked; undefined without any of the four. Throws UsageError. */
export function parseUncertaintyOptions(o: UncertaintyFlags, lang: Lang): UncertaintyOptions | undefined {
  if (!o.uncertainty && o.replicates === undefined && o.seed === undefined && o.level === undefined) return undefined;
  const replicates = o.replicates === undefined ? DEFAULT_REPLICATES : whole(o.replicates, 100, 100_000);
  if (replicates === undefined) throw new UsageError(usageMessage('replicates', o.replicates ?? '', lang));
  const seed = o.seed === undefined ? DEFAULT_SEED : whole(o.seed, 0, 4_294_967_295);
  if (seed === undefined) throw new UsageError(usageMessage('seed', o.seed ?? '', lang));
  const level = o.level === undefined ? DEFAULT_LEVEL : parseLevel(o.level);
  if (level === undefined) throw new UsageError(usageMessage('level', o.level ?? '', lang));
  return { replicates, seed, level };
}
