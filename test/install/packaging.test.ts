// The package as a library: packed as npm would publish it, its "exports" and types checked by
// publint (strict) and @arethetypeswrong/cli (Node 16+ resolution, from CommonJS and ES modules).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[], cwd = ROOT) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });

describe('the packed library', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // The build is the test run's (global setup): packing must not build again meanwhile.
  const pack = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir]);
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')) ?? 'none');

  it('is clean for publint --strict', () => {
    expect(pack.status, pack.stderr).toBe(0);
    const r = run(bin('publint'), ['run', tarball, '--strict']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('All good!');
  });

  it('is clean for @arethetypeswrong/cli under Node 16+ resolution', () => {
    const r = run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'json']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
  });
});
