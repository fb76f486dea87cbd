// SHA-256 of the inputs, for the reports that show it. node:crypto is loaded on first use: a run
// that shows no hash (a CSV ranking, the terminal table) does not pay for loading it.
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;
const load = (): Crypto => (crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto);

/** A hash fed piece by piece (a streamed input). */
export const createSha256 = (): { update(bytes: Uint8Array): unknown; digest(encoding: 'hex'): string } => load().createHash('sha256');

/** The hex SHA-256 of `bytes`. */
export const sha256 = (bytes: Uint8Array): string => load().createHash('sha256').update(bytes).digest('hex');
