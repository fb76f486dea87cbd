// A workbook is bytes: to a pipe they go as they are, to a terminal they would be noise.
import { afterEach, describe, expect, it } from 'vitest';
import { emit } from '../../src/cli/output.js';
import { UsageError } from '../../src/cli/usage-error.js';

const tty = Object.getOwnPropertyDescriptor(process.stdout, 'isTTY');
afterEach(() => {
  if (tty) Object.defineProperty(process.stdout, 'isTTY', tty);
  else delete (process.stdout as { isTTY?: boolean }).isTTY;
});

describe('emit', () => {
  it('refuses a workbook to a terminal with a usage error saying to use -o, in the run’s language', () => {
    Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
    expect(() => emit(new Uint8Array([0x50, 0x4b]), undefined, 'en')).toThrow(UsageError);
    expect(() => emit(new Uint8Array([0x50, 0x4b]), '-', 'vi')).toThrow(/-o xep-hang.xlsx/);
  });
});
