// Proves the .vsix holds what its extension page and the story overview need: lists its files,
// reads its README (docs/marketplace.md) and fails when an image it shows, or the overview's
// timeline script, is not in the package.
//
//   node scripts/vscode/check-vsix.mjs [second-source.vsix]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const path = resolve(process.argv[2] ?? 'second-source.vsix');
const zip = readFileSync(path);

/** The entries of a zip file from its central directory: name → contents. */
function entries(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${path} is not a zip file`);
  const files = new Map();
  let at = buf.readUInt32LE(end + 16);
  for (let n = buf.readUInt16LE(end + 10); n > 0; n--) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    files.set(name, () => (method === 8 ? inflateRawSync(raw) : raw));
    at += 46 + skip;
  }
  return files;
}

const files = entries(zip);
console.log(`${path}: ${files.size} files`);
for (const name of [...files.keys()].sort()) console.log(`  ${name}`);
const readme = files.get('extension/readme.md')?.().toString('utf8');
const missing = [];
if (!readme) missing.push('extension/readme.md');
else if (!readme.startsWith('<!-- The extension page')) missing.push('the extension page (docs/marketplace.md) as its README');
const images = [...(readme ?? '').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
if (!images.length) missing.push('a screenshot in the README');
for (const image of images) if (!files.has(`extension/${image}`)) missing.push(`extension/${image} (shown by the README)`);
for (const needed of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/timeline.js', 'extension/images/icon.png'])
  if (!files.has(needed)) missing.push(needed);
if (missing.length) {
  console.error(`✘ the .vsix lacks: ${missing.join('; ')}`);
  process.exit(1);
}
console.log(`✔ the README's ${images.length} images and the overview's timeline script are in the package`);
