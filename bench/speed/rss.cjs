// Runs the bundled CLI (argv[2..]) in this process and, at exit, writes the peak resident set size
// of the process (worker threads included), its CPU time and wall time as JSON to $SPEED_STATS_FILE.
// Timed from before the CLI is loaded, as speed/bare.cjs is from before compromise is loaded.
const t = performance.now();
const c = process.cpuUsage();
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
process.on('exit', () => {
  const u = process.cpuUsage(c);
  writeFileSync(
    process.env.SPEED_STATS_FILE,
    JSON.stringify({ ms: performance.now() - t, cpuMs: (u.user + u.system) / 1000, maxRSS: process.resourceUsage().maxRSS }),
  );
});
process.argv = [process.argv[0], join(__dirname, '../../dist/cli.js'), ...process.argv.slice(2)];
require('../../dist/cli.js');
