import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/cchc.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs the built `bin/cchc.js` with colour off, from the project root unless cwd is given. */
export function runCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}

/** The diagnostic codes printed on stderr, in order. */
export const codesIn = (stderr: string): string[] => [...stderr.matchAll(/\b((?:CRITERIA|INPUT|SCORE|OUTPUT)_[A-Z0-9_]+)\b/g)].map((m) => m[1] as string);

/** runCli without blocking, so that many runs can go at once (it.concurrent). */
export function runCliAsync(args: string[], opts: { env?: Record<string, string>; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      done({ code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
  });
}

/**
 * How to run as an unprivileged user (nobody) where permissions matter: root ignores them. Run
 * as is when the tests are not root; `reason` when the machine cannot drop to another user.
 */
export function unprivileged(): { prefix: string[]; uid: number; gid: number } | { reason: string } {
  if (typeof process.getuid !== 'function') return { reason: 'no POSIX users on this system' };
  if (process.getuid() !== 0) return { prefix: [], uid: process.getuid(), gid: process.getgid?.() ?? process.getuid() };
  const setpriv = spawnSync('setpriv', ['--version']);
  if (setpriv.status !== 0) return { reason: 'running as root and setpriv (util-linux) is not installed' };
  return { prefix: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'], uid: 65534, gid: 65534 };
}

/** runCli as the unprivileged user (see unprivileged()); the caller skips when it says why it cannot. */
export function runCliAs(user: { prefix: string[] }, args: string[], opts: { cwd?: string } = {}): CliResult {
  const [cmd, ...pre] = user.prefix.length ? user.prefix : [process.execPath];
  const argv = user.prefix.length ? [...pre, process.execPath, BIN, ...args] : [BIN, ...args];
  const r = spawnSync(cmd as string, argv, { cwd: opts.cwd ?? ROOT, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), stdoutBytes: r.stdout };
}
