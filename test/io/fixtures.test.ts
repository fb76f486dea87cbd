// The committed fixtures are the output of make-fixtures.mjs: a change to one without the other fails.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../fixtures/io/make-fixtures.mjs';
import { fixture } from './helpers.js';

const generated = fixtures();
const SCRIPT = ['make-fixtures.mjs', 'make-fixtures.d.mts'];

describe('test/fixtures/io', () => {
  it.each(Object.keys(generated))('%s is current', (name) => {
    expect(Buffer.from(fixture(name)).equals(Buffer.from(generated[name] as Uint8Array))).toBe(true);
  });

  it('holds no file the script does not make', () => {
    const dir = fileURLToPath(new URL('../fixtures/io/', import.meta.url));
    expect(readdirSync(dir).filter((f) => !SCRIPT.includes(f)).sort()).toEqual(Object.keys(generated).sort());
  });
});
