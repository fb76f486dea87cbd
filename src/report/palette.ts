// Colour is decided by the CLI (NO_COLOR, FORCE_COLOR, TERM, TTY) and passed in: renderers
// never look at the environment. chalk's own detection ignores NO_COLOR.
import { Chalk, type ChalkInstance } from 'chalk';

export type Palette = ChalkInstance;

export const palette = (color: boolean): Palette => new Chalk({ level: color ? 1 : 0 });
