// Runs the built CLI in a real pseudo-terminal of a given width, as a clerk's terminal runs it:
// util-linux's `script` opens the pty, `stty cols` sets its width. Its output comes back with
// the colours stripped and the pty's \r\n as \n, for measuring line by line.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { displayWidth } from '../../src/text/display-width.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/cchc.js', import.meta.url));

/** Why the terminal tests cannot run here, or undefined when they can. */
export const noTerminal = (): string | undefined => (spawnSync('script', ['--version']).status === 0 ? undefined : 'script (util-linux) is not installed: no pseudo-terminal to run the CLI in');

const quote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;
const ANSI = /\u001b\[[0-9;]*m/g;

export interface TerminalRun {
  code: number | null;
  /** What the terminal showed, colours stripped, lines ended by \n. */
  text: string;
  /** Whether colour codes were in it (a terminal gets colour unless NO_COLOR). */
  coloured: boolean;
}

/** `cchc args…` on a terminal `cols` wide (stderr there too: a terminal shows both). */
export function runInTerminal(args: readonly string[], cols: number, env: Record<string, string> = {}): Promise<TerminalRun> {
  const command = `stty cols ${cols} rows 50 && exec ${[process.execPath, BIN, ...args].map(quote).join(' ')}`;
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', fail);
    child.on('close', (code) => {
      const raw = Buffer.concat(out).toString('utf8').replaceAll('\r\n', '\n');
      done({ code, text: raw.replace(ANSI, ''), coloured: /\u001b\[/.test(raw) });
    });
  });
}

/** The lines wider than `cols` terminal columns. */
export const linesWiderThan = (text: string, cols: number): string[] => text.split('\n').filter((l) => displayWidth(l) > cols);
