// commander's own words in the help (the headings, "[options]", the choices and default of an
// option, the descriptions of -h, --help and of the help command) in the run's language. Each
// command's texts are its own (src/cli/help/*-help.ts); this is what commander adds around them.
import { Help, type Argument, type Command, type Option } from 'commander';
import type { Lang } from '../../report/messages/index.js';

interface Words {
  headings: Record<string, string>;
  usage: Record<string, string>;
  oneOf: string;
  default: string;
  help: string;
  helpCommand: string;
  helpCommandText: string;
}

const WORDS: Record<Lang, Words> = {
  vi: {
    headings: { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Đối số:', 'Global Options:': 'Tùy chọn chung:' },
    usage: { '[options]': '[tùy-chọn]', '[command]': '[lệnh]' },
    oneOf: 'một trong',
    default: 'mặc định',
    help: 'xem hướng dẫn này',
    helpCommand: 'help [lệnh]',
    helpCommandText: 'xem hướng dẫn của một lệnh',
  },
  en: {
    headings: {},
    usage: {},
    oneOf: 'one of',
    default: 'default',
    help: 'show this help',
    helpCommand: 'help [command]',
    helpCommandText: 'show the help of a command',
  },
};

/** The version option's description (set where the program is built, with the version). */
export const versionText = (lang: Lang): string => (lang === 'en' ? "print cchc's version number" : 'in số phiên bản của cchc');

const usageWords = (usage: string, w: Words): string => usage.replace(/\[options\]|\[command\]/g, (word) => w.usage[word] ?? word);

/** The description, then what commander knows about the value: its choices and its default. */
function withExtras(description: string, item: Option | Argument, w: Words): string {
  const extras: string[] = [];
  if (item.argChoices) extras.push(`${w.oneOf}: ${item.argChoices.join(', ')}`);
  const takesValue = !('isBoolean' in item) || item.required || item.optional;
  const defaultText = item.defaultValueDescription ?? (item.defaultValue === undefined ? undefined : String(item.defaultValue));
  if (defaultText !== undefined && takesValue) extras.push(`${w.default}: ${defaultText}`);
  if (extras.length === 0) return description;
  return `${description}${description ? ' ' : ''}(${extras.join('; ')})`;
}

/** Sets commander's words of `cmd`'s help in `lang` (each command: a command's help is its own). */
export function localizeHelp(cmd: Command, lang: Lang): void {
  const w = WORDS[lang];
  cmd.helpOption('-h, --help', w.help);
  if (cmd.commands.length > 0) cmd.helpCommand(w.helpCommand, w.helpCommandText);
  cmd.configureHelp({
    styleTitle: (title) => w.headings[title] ?? title,
    commandUsage(c) {
      return usageWords(Help.prototype.commandUsage.call(this, c), w);
    },
    subcommandTerm(c) {
      return usageWords(Help.prototype.subcommandTerm.call(this, c), w);
    },
    optionDescription: (option) => withExtras(option.description, option, w),
    argumentDescription: (argument) => withExtras(argument.description, argument, w),
  });
}
