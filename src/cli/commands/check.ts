import { Option, type Command } from 'commander';
import { decodeCriteria } from '../../criteria/decode-criteria.js';
import { parseCriteria } from '../../criteria/parse-criteria.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { readInput } from '../../io/write-file.js';
import { messageOf } from '../../report/messages/index.js';
import { renderDiagnostics } from '../../report/render-diagnostics.js';
import { addCommonOptions, type CommonOptions } from '../common.js';
import { getExitCode } from '../exit-code.js';
import { decideColor, writeStdout } from '../output.js';
import { resolveCriteriaPath } from '../load-criteria.js';
import { checkHelp } from '../help/check-help.js';
import type { Lang } from '../../report/messages/index.js';

interface CheckOptions extends CommonOptions {
  format: 'text' | 'json';
}

export function checkFile(name: string): { file: string; diagnostics: Diagnostic[] } {
  const resolved = resolveCriteriaPath(name);
  if (!resolved.path) return { file: name, diagnostics: resolved.diagnostics };
  const read = readInput(resolved.path);
  if (!read.bytes) return { file: name, diagnostics: read.diagnostics };
  const file = resolved.display ?? resolved.path;
  const { text, diagnostics } = decodeCriteria(read.bytes, file);
  return { file, diagnostics: text === undefined ? diagnostics : parseCriteria(text, file).diagnostics };
}

export function checkCommand(program: Command, lang: Lang): void {
  const h = checkHelp(lang);
  const cmd = program
    .command('check')
    .description(h.description)
    .argument(h.files.name, h.files.text)
    .addOption(new Option(h.format.flags, h.format.text).choices(['text', 'json']).default('text'));
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action((files: string[], o: CheckOptions) => {
    const results = files.map(checkFile);
    const all = results.flatMap((r) => r.diagnostics);
    if (o.format === 'json') {
      const json = results.map((r) => ({
        file: r.file,
        errorCount: r.diagnostics.filter((d) => d.severity === 'error').length,
        warningCount: r.diagnostics.filter((d) => d.severity === 'warning').length,
        diagnostics: r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, ...d.loc, message: messageOf(d, o.lang).text, args: d.args })),
      }));
      writeStdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      const text = renderDiagnostics(all, { lang: o.lang, color: decideColor(process.stdout), verbose: true });
      const ok = all.every((d) => d.severity === 'info');
      const done = o.lang === 'en' ? `✔ ${files.length} file${files.length === 1 ? '' : 's'} checked: no problems\n` : `✔ đã kiểm tra ${files.length} tệp: không có vấn đề\n`;
      writeStdout(text + (ok ? done : ''));
    }
    process.exitCode = getExitCode(all);
  });
}
