// The built CLI starts from V8's code cache (dist/cchc.cache): a cache V8 rejects (another Node,
// flags changed before it is read, a bundle rebuilt without a new training run) costs a district
// run ~10 ms of compiling, and says nothing. Checked as the loader reads it, in a fresh node.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const check = `
const { Script } = require('node:vm');
const { readFileSync } = require('node:fs');
const file = require('node:path').resolve('dist/cchc.cjs');
const script = new Script(readFileSync(file, 'latin1'), { filename: file, cachedData: readFileSync('dist/cchc.cache') });
process.stdout.write(String(script.cachedDataRejected));
`;

describe('the code cache', () => {
  it('is accepted by the node that built it', () => {
    const r = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('false');
  });
});
