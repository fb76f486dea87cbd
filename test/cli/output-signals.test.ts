// Interrupted while writing a large -o (Ctrl-C, kill, the terminal closed): the temporary file
// is removed, the target keeps its old bytes, and the process ends by the signal it got.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

// The sample's 25 communes copied 240 times under new codes: 6,000 units, a ~10 MB JSON ranking.
const dir = mkdtempSync(join(tmpdir(), 'cchc-signals-'));
const [header, ...rows] = readFileSync(join(ROOT, 'samples/huong-son-2021/scores.csv'), 'utf8').trimEnd().split('\n');
const many = Array.from({ length: 240 }, (_, k) => rows.map((r) => r.replace(/^([A-Z0-9]+),/, `$1-${k},`))).flat();
writeFileSync(join(dir, 'scores.csv'), [header, ...many].join('\n'));

/** Written beside the target while it is written: any new hidden file in the folder. */
const temporary = () => readdirSync(dir).filter((f) => f.startsWith('.'));

/** Runs cchc with `args` and sends `signal` as soon as a temporary file (or folder) exists beside the target. */
function interruptRun(signal: NodeJS.Signals, args: string[]): Promise<{ signal: NodeJS.Signals | null; code: number | null; sawTemp: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/cchc.js'), ...args], { cwd: dir, stdio: 'ignore' });
    let sawTemp = false;
    const poll = setInterval(() => {
      if (!sawTemp && temporary().length > 0) {
        sawTemp = true;
        child.kill(signal);
      }
    }, 0);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      done({ signal: sig, code, sawTemp });
    });
  });
}

/** A ~10 MB JSON ranking into `target`, which held OLD. */
function interrupt(signal: NodeJS.Signals, target: string) {
  writeFileSync(target, 'OLD');
  return interruptRun(signal, ['score', '-s', 'scores.csv', '-f', 'json', '-o', target]);
}

/** `cchc notices -f md` for 500 of those units into the folder `target`. */
const interruptNotices = (signal: NodeJS.Signals, target: string) => interruptRun(signal, ['notices', '-s', 'scores-500.csv', '-f', 'md', '-o', target]);
writeFileSync(join(dir, 'scores-500.csv'), [header, ...many.slice(0, 500)].join('\n'));

describe('signals during a large write', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('cchc notices, %s: no temporary folder left, no folder of notices', async (signal) => {
    const target = join(dir, `notices-${signal}`);
    const r = await interruptNotices(signal, target);
    expect(temporary()).toEqual([]);
    if (!r.sawTemp) return void console.log(`${signal}: the notices were written before the signal could be sent; nothing to check`);
    expect(r.signal).toBe(signal);
    expect(readdirSync(dir)).not.toContain(`notices-${signal}`);
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s: no temporary file left, the old file intact', async (signal) => {
    const target = join(dir, `out-${signal}.json`);
    const r = await interrupt(signal, target);
    expect(temporary()).toEqual([]);
    if (!r.sawTemp) return void console.log(`${signal}: the write ended before the signal could be sent (a fast disk); nothing to check`);
    expect(r.signal).toBe(signal);
    expect(readFileSync(target, 'utf8')).toBe('OLD');
  });
});
