// Runs the bundled CLI (argv[2..]) in this process and, at exit, writes the peak resident set size
// of the process (worker threads included), its CPU time and wall time as JSON to $SPEED_STATS_FILE.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const t = performance.now();
process.on('exit', () => {
  const r = process.resourceUsage();
  writeFileSync(process.env.SPEED_STATS_FILE, JSON.stringify({ ms: performance.now() - t, cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, maxRSS: r.maxRSS }));
});
process.argv = [process.argv[0], join(__dirname, '../../dist/cli.js'), ...process.argv.slice(2)];
require('../../dist/cli.js');
