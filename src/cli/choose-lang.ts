// The run's language, known before the program is built: its help texts, option descriptions and
// commander's own errors are all written in it. `--lang` on the command line wins (read by a first
// commander pass that knows that option alone), then the CCHC_LANG environment variable, then
// Vietnamese. A value that is not a language is a usage error said in both languages: the
// language the user wanted is unknown.
import { Command, Option } from 'commander';
import { langMessage } from '../report/messages/command-line.js';
import type { Lang } from '../report/messages/index.js';
import { UsageError } from './usage-error.js';

export const LANG_VARIABLE = 'CCHC_LANG';

export interface ChosenLang {
  lang: Lang;
  /** Where it came from: the help says so in the default of --lang. */
  from: 'argv' | 'env' | 'default';
}

const asLang = (value: string): Lang | undefined => (value === 'vi' || value === 'en' ? value : undefined);

/** --lang as the command line gives it (the last one wins, as in the program itself); undefined when absent or without a value. */
function langArgument(argv: readonly string[]): string | undefined {
  const first = new Command()
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .addOption(new Option('--lang <lang>'))
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} })
    .exitOverride();
  try {
    first.parse([...argv]);
  } catch {
    // `--lang` without its value: the program itself says so, in the language found otherwise.
    return undefined;
  }
  return first.opts<{ lang?: string }>().lang;
}

/** The language of the run for `argv` (node, script, arguments…); throws UsageError for a value that is not vi or en. */
export function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ChosenLang {
  const given = langArgument(argv);
  if (given !== undefined) {
    const lang = asLang(given);
    if (!lang) throw new UsageError(langMessage('vi', `--lang ${given}`), [langMessage('en', `--lang ${given}`)]);
    return { lang, from: 'argv' };
  }
  const set = (env[LANG_VARIABLE] ?? '').trim();
  if (set === '') return { lang: 'vi', from: 'default' };
  const lang = asLang(set.toLowerCase());
  if (!lang) throw new UsageError(langMessage('vi', `${LANG_VARIABLE}=${set}`), [langMessage('en', `${LANG_VARIABLE}=${set}`)]);
  return { lang, from: 'env' };
}
