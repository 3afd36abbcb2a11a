import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { nlp } from '../../server/src/engine/nlp';
import { WARM_UP_TEXT_CHARS } from '../../server/src/lsp/workerProtocol';
import { ArticleWorkspace } from '../../server/src/session/workspace';
import { withTypoInEverySentence } from '../../server/src/lsp/warmUps';

const examples = resolve(__dirname, '../../examples/tiktok-oracle');
/** No surrogate pair cut in two. */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** The sentences compromise parses (and the engine caches by text), paragraph by paragraph. */
function sentences(text: string): string[] {
  const split = (nlp.methods() as unknown as { one: { tokenize: { splitSentences(t: string, w: unknown): string[] } } }).one.tokenize.splitSentences;
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => split(p, nlp.world()))
    .filter((s) => /\p{L}/u.test(s));
}

describe('the analysis worker’s warm-up on a workspace article', () => {
  const cases: Array<[string, string]> = [
    ...readdirSync(examples).map((f): [string, string] => [f, readFileSync(join(examples, f), 'utf8')]),
    ['headlines in capitals and figures', 'REPORT: RED SOX MAKE HUGE OFFER\n\n919 OPS, 203 HR, 676 RBI\n\nThursday, December 11, 2008'],
    ['CRLF, emoji and an unterminated quote', 'He said: “We will not sell 😀 the plant.\r\n\r\nOracle declined. 𝒶𝒷𝒸 ok'],
  ];
  for (const [name, text] of cases) {
    it(`leaves none of its sentences in the caches: ${name}`, () => {
      const original = new Set(sentences(text));
      for (let r = 0; r < 3; r++) {
        const replayed = withTypoInEverySentence(text, r);
        assert.ok(wellFormed(replayed), 'no surrogate pair cut in two');
        const kept = sentences(replayed).filter((s) => original.has(s));
        assert.deepEqual(kept, [], `replay ${r} keeps sentences of the article`);
      }
    });
  }

  it('changes one word of every run between sentence ends, and only that', () => {
    const piece = fc.constantFrom('said', 'Oracle', 'plant', ' ', '. ', '!', '?', '\n', '\r\n', '2008', ', ', '“', '😀', '𝒶𝒷𝒸', 'é', 'ok');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        fc.nat(5),
        (text, r) => {
          const out = withTypoInEverySentence(text, r);
          const runsWithLetters = (text.match(/[^.!?\n]+/g) ?? []).filter((run) => /\p{L}/u.test(run)).length;
          assert.equal([...out].length, [...text].length + runsWithLetters);
          assert.equal(out.replace(/[^.!?\n]/g, ''), text.replace(/[^.!?\n]/g, ''), 'sentence ends unchanged');
          assert.ok(wellFormed(out));
        },
      ),
    );
  });

  it('takes the longest article on disk within the lengths worth a warm-up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'second-source-warm-up-'));
    try {
      const write = (name: string, chars: number) =>
        writeFileSync(join(dir, name), `Oracle said the plant would close. `.repeat(Math.ceil(chars / 35)).slice(0, chars));
      const workspace = () => {
        const w = new ArticleWorkspace(
          () => ['.article'],
          () => 1_000_000,
        );
        w.scan([dir]);
        return w;
      };
      write('short.article', WARM_UP_TEXT_CHARS.min - 1);
      write('huge.article', WARM_UP_TEXT_CHARS.max + 1);
      assert.equal(workspace().longestArticle(WARM_UP_TEXT_CHARS), undefined, 'none within the bounds');
      write('long.article', WARM_UP_TEXT_CHARS.min + 2000);
      write('medium.article', WARM_UP_TEXT_CHARS.min + 1000);
      assert.equal(workspace().longestArticle(WARM_UP_TEXT_CHARS)?.length, WARM_UP_TEXT_CHARS.min + 2000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
