import { Option, type Command } from 'commander';
import { listBundled } from '../../io/bundled-criteria.js';
import { writeStdout } from '../output.js';

export function criteriaCommand(program: Command): void {
  const cmd = program.command('criteria').description('the bundled criteria sets');
  cmd
    .command('list')
    .description('list the bundled sets: id, version, title')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((o: { format: 'text' | 'json' }) => {
      const sets = listBundled().map(({ id, version, title }) => ({ id, version, title }));
      if (o.format === 'json') return writeStdout(`${JSON.stringify(sets, null, 2)}\n`);
      const w = Math.max(...sets.map((s) => `${s.id}@${s.version}`.length), 10);
      writeStdout(sets.map((s) => `${`${s.id}@${s.version}`.padEnd(w)}  ${s.title}\n`).join(''));
    });
}
