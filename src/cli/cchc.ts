// The entry the build bundles (dist/cchc.cjs): runs the CLI on the process's arguments. Apart from
// main.ts so that a test can import the program without running it (and printing its help).
import { main } from './main.js';

// main() reports every error itself; Node waits for it to settle (the bundle is CommonJS: no top-level await).
void main(process.argv);
