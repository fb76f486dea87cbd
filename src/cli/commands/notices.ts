import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { runNotices } from '../../core/run-notices.js';
import { NOTICE_EXTENSION, NOTICES_FORMATS, NOTICES_RENDERERS, noticesModel, type NoticesFormat } from '../../report/kinds/notices.js';
import type { Lang } from '../../report/messages/index.js';
import { usageMessage } from '../../report/messages/usage.js';
import { addCommonOptions, deliver, type CommonOptions } from '../common.js';
import { noticesHelp } from '../help/notices-help.js';
import { optionHelp } from '../help/option-help.js';
import { noticesFolder, noticesNumbering } from '../notices-options.js';
import { openOutput } from '../output.js';
import { openFolder } from '../output-folder.js';
import { resolveFormat } from '../output-format.js';
import { addReportOptions, type ReportOptions } from '../report-options.js';
import { jobRequest, readerFromFlags, renderSettings, type JobFlags } from '../requests.js';
import { UsageError } from '../usage-error.js';
import { addJobOptions } from './score.js';

interface NoticesOptions extends CommonOptions, JobFlags, ReportOptions {
  format?: NoticesFormat;
  output?: string;
  outputDecimal?: 'dot' | 'comma';
  unit?: string[];
  combined?: boolean;
  number?: string;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function noticesCommand(program: Command, lang: Lang): void {
  const h = noticesHelp(lang);
  const cmd = program.command('notices').description(h.description);
  addJobOptions(cmd, lang);
  cmd.addOption(new Option(optionHelp(lang).format.flags, h.format).choices(NOTICES_FORMATS)).option(h.output.flags, h.output.text);
  cmd.option(h.unit.flags, h.unit.text, collect).option(h.combined.flags, h.combined.text).option(h.number.flags, h.number.text);
  addReportOptions(cmd, lang, true);
  addCommonOptions(cmd, lang).addHelpText('after', h.after);
  cmd.action(async (o: NoticesOptions) => {
    const units = o.unit ?? [];
    // Every mistake of the command line before any file is read.
    const numbering = noticesNumbering(o.number, units, o.lang);
    const inputs = [o.scores, o.survey, o.criteria, o.findings];
    const settings = renderSettings(o, { toFile: true });
    // One file: the format -f or its extension says (.txt is text: Markdown); a folder: -f, else Word.
    const format = (o.combined ? resolveFormat(o, NOTICES_FORMATS, extname(o.output ?? '').toLowerCase() === '.txt' ? 'md' : 'docx') : (o.format ?? 'docx')) as NoticesFormat;
    const folderPath = o.combined ? undefined : noticesFolder(o.output, o.lang);
    if (o.combined && format === 'docx' && (o.output === undefined || o.output === '-') && process.stdout.isTTY) throw new UsageError(usageMessage('docxToTerminal', '', o.lang));
    const combined = o.combined ? openOutput(o.output, inputs, o.lang) : undefined;
    const folder = folderPath === undefined ? undefined : openFolder(folderPath, inputs, o.lang);
    if (!combined && !folder) return;
    const { reader, done } = readerFromFlags(o, { hash: false });
    const run = await runNotices({ ...jobRequest(o, reader), units });
    done();
    const { job, notices } = run;
    const render = NOTICES_RENDERERS[format];
    const write =
      job && notices
        ? async () => {
            const model = noticesModel(job, notices, numbering);
            if (combined) return combined.write(await render.combined(model, settings));
            const files = await render.files(model, settings);
            await folder?.write(files.map((data, i) => ({ name: `${notices[i]?.file}${NOTICE_EXTENSION[format]}`, data })));
          }
        : undefined;
    await deliver(run.diagnostics, o, write);
  });
}
