// Bare compromise, single-threaded: nlp(text) of every file named in the list file (argv[2]).
// Timed from before compromise is loaded, as the CLI's figure is timed from before the CLI is
// loaded (speed/rss.cjs): each side pays its own start-up, neither node's.
// Prints {"ms": wall, "cpuMs": user+system, "bytes": n, "maxRSS": kB} as JSON on stdout.
const t = performance.now();
const c = process.cpuUsage();
const { readFileSync } = require('node:fs');
const nlp = require('compromise');
const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let bytes = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  bytes += text.length;
  nlp(text);
}
const u = process.cpuUsage(c);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - t, cpuMs: (u.user + u.system) / 1000, bytes, maxRSS: process.resourceUsage().maxRSS })}\n`);
