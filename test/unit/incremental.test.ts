import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeDocument, checkStory, clearTextCaches, type StoryResult } from '../../server/src/engine';

/**
 * Re-checking a story after every keystroke leans on caches by text (paragraph parses, statement
 * words, pairs of statements found to agree). Whatever they keep, a story checked edit after edit
 * must give exactly what a check from empty caches gives.
 */

const STORY = join(__dirname, '../../examples/tiktok-oracle');
const A = readFileSync(join(STORY, 'cbr-tiktok-oracle-partnership.article'), 'utf8');
const B = readFileSync(join(STORY, 'bytedance-partners-tiktok.article'), 'utf8');
/** A second copy of one report, as wire copy reaches several outlets: nearly every statement aligns with the first. */
const A2 = A.replace(/\bsaid\b/g, 'says');

/** Edits a reporter makes that change what a statement claims, and some that change nothing. */
const EDITS: Array<(word: string) => string> = [
  (w) => (/^\d/.test(w) ? String(Number(w.replace(/\D/g, '')) + 3) : w),
  (w) => (/^(will|would|is|was|has|have|could)$/.test(w) ? `${w} not` : w),
  (w) => (/^\p{Lu}\p{Ll}{3,}$/u.test(w) ? w.slice(0, 2) + w.slice(3) : w),
  (w) => ({ September: 'October', August: 'July', Tuesday: 'Friday', last: 'next' })[w] ?? w,
  (w) => ({ said: 'denied', confirmed: 'denied', partnership: 'sale', buyer: 'seller' })[w] ?? w,
  (w) => (w === 'the' ? 'that' : w),
  () => '',
  (w) => `${w} ${w}`,
  // What the analysis caches by paragraph rests on: how the document writes a word elsewhere,
  // where paragraphs break, and acronyms defined in brackets.
  (w) => (/^\p{Ll}{4,}$/u.test(w) ? w[0].toUpperCase() + w.slice(1) : w),
  (w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w),
  (w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? `\n\n${w}` : w),
  (w) => (/^\p{Lu}\p{Ll}{3,}$/u.test(w) ? `${w} (${w.slice(0, 3).toUpperCase()})` : w),
];

/** The edit of the given kind at one of the words it changes (the word at `at` of them). */
function applyEdit(text: string, at: number, kind: number): string {
  const words = [...text.matchAll(/[\p{L}\p{N}’']+/gu)].filter((m) => EDITS[kind](m[0]) !== m[0]);
  const m = words[Math.floor(at * words.length)];
  if (!m) return text;
  return text.slice(0, m.index) + EDITS[kind](m[0]) + text.slice(m.index! + m[0].length);
}

/** What a check shows the user: each document's findings, linked entities and quotations. */
function shown(result: StoryResult) {
  return result.documents.map((d) => ({ path: d.path, findings: d.findings, entities: d.entities, quotes: d.quotes }));
}

describe('story checks edit after edit', function () {
  this.timeout(120_000);

  it('give what a check from empty caches gives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            doc: fc.constantFrom(0, 1, 2),
            at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
            kind: fc.integer({ min: 0, max: EDITS.length - 1 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (edits) => {
          const texts = [A, A2, B];
          const check = () => checkStory(texts.map((t, i) => analyzeDocument(`/story/${i}.article`, t)));
          check();
          for (const e of edits) {
            texts[e.doc] = applyEdit(texts[e.doc], e.at, e.kind);
            const warm = shown(check());
            clearTextCaches();
            assert.deepEqual(warm, shown(check()));
          }
        },
      ),
      { numRuns: 25, seed: 20261130 },
    );
  });
});

/**
 * Names are found and typed paragraph by paragraph, cached by everything that reading reads beyond
 * the paragraph's own text: each edit below changes only that, in another paragraph, and must give
 * what an analysis from empty caches gives.
 */
describe('entities typed from the paragraph cache', () => {
  const cases: Array<[string, string, string]> = [
    [
      'a word written in lower case elsewhere is no name at a sentence start',
      'Indian copper prices fall, a state firm may cut rates.\n\nCopper prices fell on Monday.',
      'Indian copper prices fall, a state firm may cut rates.\n\nLocal indian copper prices fell on Monday.',
    ],
    [
      'a word written capitalized elsewhere is a name at a sentence start',
      'Target shares rose on Monday.\n\nInvestors cheered.',
      'Target shares rose on Monday.\n\nInvestors cheered the new Target stores.',
    ],
    [
      'the word before a paragraph is the neighbour of its first name',
      'The talks were held in\n\nMarlow on Monday.',
      'The talks were held at\n\nMarlow on Monday.',
    ],
  ];
  for (const [what, before, after] of cases) {
    it(what, () => {
      const entities = (text: string) => analyzeDocument('/story/cached.article', text).entities;
      entities(before);
      const warm = entities(after);
      clearTextCaches();
      assert.deepEqual(warm, entities(after));
    });
  }
});
