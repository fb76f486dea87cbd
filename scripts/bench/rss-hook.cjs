// Preloaded with `node -r` when GNU time is missing: writes the process's peak RSS (in KB, as
// GNU time's %M does) to the file named by CCHC_BENCH_RSS_FILE when the process exits.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.CCHC_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
