// Output to pipes: a reader that stops early (head) ends cchc quietly; a slow reader gets every byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const SAMPLE = '-s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv';
const sh = (script: string) => spawnSync('/bin/bash', ['--norc', '--noprofile', '-c', script], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });

describe('pipes', () => {
  it('cchc … | head exits 0 without a message (EPIPE)', () => {
    const r = sh(`node bin/cchc.js score ${SAMPLE} -f json | head -c 20 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
    expect(r.stdout.toString()).toContain('status=0');
    expect(r.stderr.toString()).toBe('');
  });

  it('a large output through a slow pipe arrives whole, byte for byte as -o writes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-pipe-'));
    const [header, ...rows] = readFileSync(join(ROOT, 'samples/huong-son-2021/scores.csv'), 'utf8').trimEnd().split('\n');
    const many = Array.from({ length: 40 }, (_, k) => rows.map((r) => r.replace(/^([A-Z0-9]+),/, `$1-${k},`))).flat();
    const scores = join(dir, 'many.csv');
    writeFileSync(scores, [header, ...many].join('\n'));
    const file = join(dir, 'out.json');
    const r = sh(`node bin/cchc.js score -s ${scores} -f json -o ${file} && node bin/cchc.js score -s ${scores} -f json | (sleep 0.3; cat) > ${file}.piped`);
    expect(r.status).toBe(0);
    const a = readFileSync(file);
    expect(a.length).toBeGreaterThan(1_000_000);
    expect(readFileSync(`${file}.piped`).equals(a)).toBe(true);
  });
});
