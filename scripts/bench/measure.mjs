// Runs a command as a child and measures its wall time and peak RSS. The RSS comes from GNU time
// (`/usr/bin/time -f %M`) when it is installed, else from a preloaded hook that reports the child's
// own process.resourceUsage().maxRSS at exit. Both ways are applied the same to every command, so
// the baseline (`node -e 0`) pays the same overhead as the jobs it is compared with.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const HOOK = fileURLToPath(new URL('./rss-hook.cjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cchc-measure-'));
const rssFile = join(scratch, 'rss');

export const rssMethod = existsSync(GNU_TIME) ? 'GNU time' : 'resourceUsage hook';

/** Runs `node …args` and returns { ms, rssMB }; throws on a non-zero exit. */
export function runNode(args, opts) {
  return runProgram([process.execPath, ...args], opts);
}

/** Runs a program ([file, …args]) and returns { ms, rssMB }; throws on a non-zero exit. */
export function runProgram([file, ...args], { cwd } = {}) {
  rmSync(rssFile, { force: true });
  const node = file === process.execPath;
  // Without GNU time, the RSS hook can only measure node itself.
  if (!existsSync(GNU_TIME) && !node) throw new Error(`bench: ${file} needs GNU time (/usr/bin/time) for its peak RSS`);
  const [cmd, argv, env] = existsSync(GNU_TIME)
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, file, ...args], process.env]
    : [file, ['-r', HOOK, ...args], { ...process.env, CCHC_BENCH_RSS_FILE: rssFile }];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  const kb = Number(readFileSync(rssFile, 'utf8').trim().split(/\s+/).at(-1));
  return { ms, rssMB: kb / 1024 };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function cleanupMeasure() {
  rmSync(scratch, { recursive: true, force: true });
}
