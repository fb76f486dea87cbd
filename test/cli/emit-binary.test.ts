// A workbook is bytes: to a pipe they go as they are, to a terminal they would be noise.
import { afterEach, describe, expect, it } from 'vitest';
import { openOutput } from '../../src/cli/output.js';
import { UsageError } from '../../src/cli/usage-error.js';

const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
afterEach(() => {
  if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
  else delete (process.stdout as { isTTY?: boolean }).isTTY;
});

describe('an output opened on stdout', () => {
  it('refuses a workbook to a terminal with a usage error saying to use -o, in the run’s language', async () => {
    Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
    const en = openOutput(undefined, [], 'en');
    await expect(en?.write(new Uint8Array([0x50, 0x4b]))).rejects.toThrow(/cannot be shown on a terminal/);
    const vi = openOutput('-', [], 'vi');
    await expect(vi?.write(new Uint8Array([0x50, 0x4b]))).rejects.toThrow(UsageError);
    await expect(vi?.write(new Uint8Array([0x50, 0x4b]))).rejects.toThrow(/-o xep-hang.xlsx/);
  });
});
