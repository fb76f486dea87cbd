// An option that takes one value, given twice with two values (`-c a.json -c b.json`): commander
// would keep the last one without a word, and the run would not be the one asked for. It is a
// usage error (exit 2) naming both values. The same value twice changes nothing and is let be
// (`cchc --lang en score … --lang en`: --lang may stand anywhere). The options that read several files (-s, -u, --self, --findings: made
// repeatable by issue 24), --set (one per cell) and notices' --unit (one per unit) are left as they are; flags take no value.
import type { Command } from 'commander';
import { commandLineMessage, helpHint } from '../report/messages/command-line.js';
import type { Lang } from '../report/messages/index.js';
import { commandPath } from './commander-error.js';
import { UsageError } from './usage-error.js';

/** Attribute names of the options that may be given more than once. */
const REPEATABLE = new Set(['scores', 'survey', 'self', 'findings', 'set', 'unit']);

/** Wraps the value parser of each single-value option of `cmd` (its choices check included) to refuse a second value. */
export function rejectRepeatedOptions(cmd: Command, lang: Lang): void {
  for (const option of cmd.options) {
    if ((!option.required && !option.optional) || option.variadic || REPEATABLE.has(option.attributeName())) continue;
    const parse = option.parseArg;
    let first: string | undefined;
    option.argParser(<T>(value: string, previous: T): T => {
      if (first !== undefined && first !== value) {
        const name = option.long ?? option.short ?? option.flags;
        throw new UsageError(commandLineMessage({ kind: 'repeated-option', option: name, first, second: value }, lang), [helpHint(commandPath(cmd), lang)]);
      }
      first ??= value;
      return parse ? parse(value, previous) : (value as T);
    });
  }
}
