// Mistakes in the command line that commander finds (an unknown option, a missing value…), worded
// here in both languages: commander's own English text is never shown (src/cli/commander-error.ts
// turns its errors into these problems).
import type { Lang } from './types.js';

export type CommandLineProblem =
  | { kind: 'unknown-option'; option: string; suggestions: string[] }
  | { kind: 'unknown-command'; command: string; suggestions: string[]; commands: string[] }
  | { kind: 'missing-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'missing-argument'; argument: string; description: string }
  | { kind: 'too-many-arguments'; command: string; expected: number; extra: string[] }
  | { kind: 'invalid-choice'; option: string; value: string; choices: string[] }
  | { kind: 'invalid-argument'; target: string; value: string; reason: string }
  | { kind: 'repeated-option'; option: string; first: string; second: string }
  | { kind: 'other'; detail: string };

type Kind = CommandLineProblem['kind'];
type Texts = { [K in Kind]: Record<Lang, (p: Extract<CommandLineProblem, { kind: K }>) => string> };

const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');
const orList = (values: readonly string[], or: string): string =>
  values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} ${or} ${values.at(-1)}`;

const TEXTS: Texts = {
  'unknown-option': {
    vi: (p) => `không có tùy chọn ${p.option}${p.suggestions.length ? ` (có phải ${orList(p.suggestions, 'hay')}?)` : ''}`,
    en: (p) => `unknown option ${p.option}${p.suggestions.length ? ` (did you mean ${orList(p.suggestions, 'or')}?)` : ''}`,
  },
  'unknown-command': {
    vi: (p) => `không có lệnh "${p.command}"${p.suggestions.length ? ` (có phải ${orList(p.suggestions, 'hay')}?)` : `; các lệnh: ${p.commands.join(', ')}`}`,
    en: (p) => `unknown command "${p.command}"${p.suggestions.length ? ` (did you mean ${orList(p.suggestions, 'or')}?)` : `; the commands are ${p.commands.join(', ')}`}`,
  },
  'missing-option': {
    vi: (p) => `thiếu tùy chọn bắt buộc ${p.option}`,
    en: (p) => `the required option ${p.option} is missing`,
  },
  'missing-value': {
    vi: (p) => `tùy chọn ${p.option} cần một giá trị đi kèm`,
    en: (p) => `option ${p.option} needs a value`,
  },
  'missing-argument': {
    vi: (p) => `thiếu đối số bắt buộc ${p.argument}${p.description ? `: ${p.description}` : ''}`,
    en: (p) => `the required argument ${p.argument} is missing${p.description ? `: ${p.description}` : ''}`,
  },
  'too-many-arguments': {
    vi: (p) => `lệnh ${p.command} ${p.expected === 0 ? 'không nhận đối số nào, nhưng có' : `chỉ nhận ${p.expected} đối số; thừa`}: ${quoted(p.extra)}`,
    en: (p) => `${p.command} ${p.expected === 0 ? 'takes no arguments, but was given' : `takes ${p.expected} argument${p.expected === 1 ? '' : 's'}; too many`}: ${quoted(p.extra)}`,
  },
  'invalid-choice': {
    vi: (p) => `${p.option} không nhận giá trị "${p.value}"; chọn một trong: ${p.choices.join(', ')}`,
    en: (p) => `${p.option} does not take "${p.value}"; choose one of: ${p.choices.join(', ')}`,
  },
  'invalid-argument': {
    vi: (p) => `giá trị "${p.value}" của ${p.target} không hợp lệ${p.reason ? `: ${p.reason}` : ''}`,
    en: (p) => `"${p.value}" is not a valid value of ${p.target}${p.reason ? `: ${p.reason}` : ''}`,
  },
  'repeated-option': {
    vi: (p) => `tùy chọn ${p.option} chỉ nhận một giá trị nhưng được cho hai lần ("${p.first}" và "${p.second}"); hãy giữ một`,
    en: (p) => `option ${p.option} takes one value but was given twice ("${p.first}" and "${p.second}"); keep one`,
  },
  other: {
    vi: (p) => `dòng lệnh có lỗi: ${p.detail}`,
    en: (p) => `the command line has an error: ${p.detail}`,
  },
};

/** The problem in one line, in `lang`. */
export function commandLineMessage(p: CommandLineProblem, lang: Lang): string {
  return (TEXTS[p.kind][lang] as (p: CommandLineProblem) => string)(p);
}

/** The line after a command-line mistake: where its help is. */
export const helpHint = (command: string, lang: Lang): string => (lang === 'en' ? `For help: ${command} --help` : `Xem hướng dẫn: ${command} --help`);

/** `--lang fr` or `CCHC_LANG=fr`: said in both languages, since the one wanted is unknown. */
export const langMessage = (lang: Lang, given: string): string =>
  lang === 'en' ? `${given}: the language is vi (Vietnamese) or en (English)` : `${given}: ngôn ngữ chỉ có thể là vi (tiếng Việt) hoặc en (tiếng Anh)`;

/** The start of the line that reports one of cchc's own faults (exit 3). */
export const internalErrorText = (lang: Lang): string => (lang === 'en' ? 'internal error (please report it)' : 'lỗi nội bộ của cchc (xin báo lại cho người phát triển)');
