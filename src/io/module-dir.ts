// The folder of the running code: dist/ in the built CLI, the module's own folder otherwise.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the build to the bundle's folder (its __dirname): no URL is made or parsed at start-up. */
declare const CCHC_DIST_DIR: string | undefined;

/** The folder of the module whose import.meta.url is `url` (in the bundle: dist/). */
export function moduleDir(url: string): string {
  return typeof CCHC_DIST_DIR === 'string' ? CCHC_DIST_DIR : dirname(fileURLToPath(url));
}
