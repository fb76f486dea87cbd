// The language of a help text: `--lang` as given on the command line, else Vietnamese. Help is
// written before commander parses anything, so the arguments are looked at directly here.
import type { Lang } from '../report/messages/index.js';

export function helpLang(argv: readonly string[] = process.argv): Lang {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]?.includes('=') ? argv[at]?.split('=')[1] : argv[at + 1];
  return value === 'en' ? 'en' : 'vi';
}

/** A help text in both languages, picked by helpLang. */
export const helpText = (text: Record<Lang, string>): string => text[helpLang()];
