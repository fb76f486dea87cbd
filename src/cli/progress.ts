// How far a long job has got, on stderr: the rows read, or a bar of the intervals computed (as
// rowsText or barText say it), shown once the job has taken more than a second, rewritten in place
// a few times a second, wiped at the end. Only on a terminal:
// never in a pipe, a file or CI, where it would be noise in a log. Written with writeSync, so a
// worker thread can show it too, and it is on the screen before a long synchronous step ends.
import { writeSync } from 'node:fs';

export interface Progress {
  /** How far: a number of rows, or a share of the work (whatever the line's text says). */
  update(n: number): void;
  done(): void;
}

const NONE: Progress = { update: () => {}, done: () => {} };
const AFTER_MS = 1000;
const EVERY_MS = 100;

/** Whether stderr is a terminal worth drawing on. */
export const wantsProgress = (stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean =>
  stream.isTTY === true && !env['CI'] && env['TERM'] !== 'dumb';

/** The rows read so far. */
export const rowsText = (lang: 'vi' | 'en') => (rows: number): string =>
  lang === 'en' ? `cchc: reading… ${rows.toLocaleString('en-US')} rows` : `cchc: đang đọc… ${rows.toLocaleString('vi-VN')} dòng`;

const BAR = 24;

/** A share of the work done (0 to 1), as a bar and a percentage. */
export const barText = (lang: 'vi' | 'en', what: { vi: string; en: string }) => (share: number): string => {
  const full = Math.max(0, Math.min(BAR, Math.floor(share * BAR)));
  return `cchc: ${what[lang]}… ${'█'.repeat(full)}${'░'.repeat(BAR - full)} ${Math.floor(share * 100)}%`;
};

/** When this process started, by the clock of Date.now() (process.uptime: `performance` would load perf_hooks). */
export const processStart = (): number => Date.now() - process.uptime() * 1000;

/**
 * `since`: when the job started (the process, by default): the line shows once it has run a
 * second. `enabled` may be a question (is stderr a terminal?), then asked only when the line is
 * due: setting up process.stderr costs a short run start-up time.
 */
export function createProgress(
  enabled: boolean | (() => boolean),
  lang: 'vi' | 'en' = 'vi',
  since?: number,
  now: () => number = Date.now,
  write: (text: string) => void = (text) => void writeSync(2, text),
  text: (n: number) => string = rowsText(lang),
): Progress {
  if (enabled === false) return NONE;
  // A function is asked only when the line is due (after a second): a short run never is.
  let on = enabled === true ? true : undefined;
  const start = since ?? processStart();
  let last = 0;
  let shown = false;
  return {
    update(n) {
      const t = now();
      if (t - start < AFTER_MS || t - last < EVERY_MS) return;
      if (!(on ??= (enabled as () => boolean)())) return;
      last = t;
      shown = true;
      write(`\r${text(n)}\x1b[K`);
    },
    done() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}
