// The README's install: the built package packed and installed globally (here under a temporary
// prefix) is a copy, not a link into the clone: `cchc` keeps working wherever the clone goes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
const hasNpm = npm(['--version'], ROOT).status === 0;

describe.skipIf(!hasNpm)('npm pack, then npm install -g of the tarball', () => {
  it('installs a copy that runs from anywhere, with the bundled sets and samples', (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-install-'));
    // The build is the test run's (global setup): packing must not build again meanwhile.
    const pack = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(dir, pack.stdout.trim().split('\n').at(-1) ?? '');
    const prefix = join(dir, 'prefix');
    const install = npm(['install', '-g', '--prefix', prefix, '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', tarball], dir);
    if (install.status !== 0 && /E(NOTFOUND|AI_AGAIN|CONNREFUSED|TIMEDOUT)|network/i.test(install.stderr)) return ctx.skip('no npm registry reachable');
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/install-scripts|prepare/);
    const bin = join(prefix, 'bin', 'cchc');
    // A copy under the prefix, not a symlink into this worktree.
    expect(realpathSync(bin).startsWith(realpathSync(prefix))).toBe(true);
    const pkg = join(prefix, 'lib', 'node_modules', 'cchc');
    expect(readdirSync(join(pkg, 'dist')).sort()).toEqual(['cchc.cache', 'cchc.cjs', 'criteria-checked', 'index.cjs', 'index.d.cts', 'lazy', 'package.json', 'survey-worker.cjs', 'uncertainty-worker.cjs']);
    const run = (args: string[]) => spawnSync(bin, args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(run(['criteria', 'list']).stdout).toMatch(/^ha-tinh-xa@2021 /m);
    const score = run(['score', '-s', join(pkg, 'samples/huong-son-2021/scores.csv'), '-u', join(pkg, 'samples/huong-son-2021/survey.csv'), '-f', 'csv']);
    expect(score.status, score.stderr).toBe(0);
    expect(score.stdout.split('\r\n')[1]).toMatch(/^1,PHOCHAU,Thị trấn Phố Châu,/);
  });
});
