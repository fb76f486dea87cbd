// commander's errors in the run's language. commander writes an English message and throws a
// CommanderError (exitOverride); its output of errors is switched off (main.ts) and each error is
// read here from its code, the details its message quotes (the option, the value) and the command
// it was raised in (the option's choices, the extra arguments), then told as a UsageError: one
// line, and where the help is.
import type { Command, CommanderError, Option } from 'commander';
import { commandLineMessage, helpHint, type CommandLineProblem } from '../report/messages/command-line.js';
import type { Lang } from '../report/messages/index.js';
import { nearest } from '../text/edit-distance.js';
import { UsageError } from './usage-error.js';

/** `cchc criteria show`: the command as typed. */
export const commandPath = (cmd: Command): string => (cmd.parent ? `${commandPath(cmd.parent)} ${cmd.name()}` : cmd.name());

/** commander's "(Did you mean --scores?)" or "(Did you mean one of a, b?)" after the message's first line. */
const SUGGESTION = /\n\(Did you mean (?:one of )?(.*)\?\)$/s;

function splitSuggestion(message: string): { text: string; suggestions: string[] } {
  const m = SUGGESTION.exec(message);
  const text = (m ? message.slice(0, m.index) : message).replace(/^error: /, '');
  return { text, suggestions: m?.[1] ? m[1].split(', ') : [] };
}

/** The part of `text` between `before` and the last `after`: commander quotes values as they were typed, quotes included. */
function between(text: string, before: string, after: string): string | undefined {
  const start = text.indexOf(before);
  const end = text.lastIndexOf(after);
  return start < 0 || end < start + before.length ? undefined : text.slice(start + before.length, end);
}

const optionByFlags = (cmd: Command, flags: string): Option | undefined => {
  for (let c: Command | null = cmd; c; c = c.parent) {
    const found = c.options.find((o) => o.flags === flags);
    if (found) return found;
  }
  return undefined;
};

function invalidValue(text: string, cmd: Command): CommandLineProblem | undefined {
  const flags = between(text, "option '", "' argument '");
  if (flags !== undefined) {
    const option = optionByFlags(cmd, flags);
    const value = between(text.slice(text.indexOf("' argument '")), "' argument '", "' is invalid.") ?? '';
    const name = option?.long ?? option?.short ?? flags;
    const choices = option?.argChoices;
    if (choices && !choices.includes(value)) return { kind: 'invalid-choice', option: name, value, choices };
    return { kind: 'invalid-argument', target: name, value, reason: text.slice(text.lastIndexOf("' is invalid.") + 13).trim() };
  }
  const name = between(text, "' is invalid for argument '", "'.");
  const value = between(text, "command-argument value '", "' is invalid for argument '");
  if (name === undefined || value === undefined) return undefined;
  const choices = cmd.registeredArguments.find((a) => a.name() === name)?.argChoices;
  if (choices && !choices.includes(value)) return { kind: 'invalid-choice', option: `<${name}>`, value, choices };
  return { kind: 'invalid-argument', target: `<${name}>`, value, reason: text.slice(text.lastIndexOf("'.") + 2).trim() };
}

/**
 * The first unknown option of `cmd`'s arguments (what commander leaves in them after its parse
 * starts with a dash only from the first unknown option on), with the options it is close to.
 */
function unknownOption(cmd: Command): CommandLineProblem | undefined {
  const option = cmd.args.find((a) => a.length > 1 && a.startsWith('-') && !/^-\d/.test(a));
  if (option === undefined) return undefined;
  const longs: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) longs.push(...c.options.flatMap((o) => (o.long && !o.hidden ? [o.long] : [])));
  // As commander suggests: long options only, within a third of the name's length.
  const near = option.startsWith('--') ? nearest(option, longs, (l) => l, Math.min(3, Math.floor(option.length / 3))) : [];
  return { kind: 'unknown-option', option, suggestions: near.sort() };
}

/** What commander found wrong, as data; undefined for help and version shown (not a mistake). */
export function commandLineProblem(error: CommanderError, cmd: Command): CommandLineProblem | undefined {
  const { text, suggestions } = splitSuggestion(error.message);
  const quotedAt = (before: string, after: string) => between(text, before, after);
  let problem: CommandLineProblem | undefined;
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.help':
    case 'commander.version':
      return undefined;
    case 'commander.unknownOption': {
      const option = quotedAt("unknown option '", "'");
      problem = option === undefined ? undefined : { kind: 'unknown-option', option, suggestions };
      break;
    }
    case 'commander.unknownCommand': {
      const command = quotedAt("unknown command '", "'");
      problem = command === undefined ? undefined : { kind: 'unknown-command', command, suggestions, commands: [...cmd.commands.map((c) => c.name()), 'help'] };
      break;
    }
    case 'commander.missingMandatoryOptionValue': {
      // commander looks for required options before unknown ones: `--scroes x.csv` is a typo, not a missing --scores.
      const unknown = unknownOption(cmd);
      const option = quotedAt("required option '", "' not specified");
      problem = unknown ?? (option === undefined ? undefined : { kind: 'missing-option', option });
      break;
    }
    case 'commander.optionMissingArgument': {
      const option = quotedAt("option '", "' argument missing");
      problem = option === undefined ? undefined : { kind: 'missing-value', option };
      break;
    }
    case 'commander.missingArgument': {
      const name = quotedAt("missing required argument '", "'");
      const argument = cmd.registeredArguments.find((a) => a.name() === name);
      problem = name === undefined ? undefined : { kind: 'missing-argument', argument: `<${name}${argument?.variadic ? '...' : ''}>`, description: argument?.description ?? '' };
      break;
    }
    case 'commander.excessArguments': {
      const expected = cmd.registeredArguments.length;
      problem = { kind: 'too-many-arguments', command: commandPath(cmd), expected, extra: cmd.args.slice(expected) };
      break;
    }
    case 'commander.invalidArgument':
      problem = invalidValue(text, cmd);
      break;
  }
  return problem ?? { kind: 'other', detail: text };
}

/** The error to throw from a command's exitOverride: ours for a mistake, commander's own for help and version shown. */
export function commandLineError(error: CommanderError, cmd: Command, lang: Lang): Error {
  const problem = commandLineProblem(error, cmd);
  if (!problem) return error;
  // An unknown command is looked up among the commands of `cmd`: its help lists them.
  return new UsageError(commandLineMessage(problem, lang), [helpHint(commandPath(cmd), lang)]);
}
