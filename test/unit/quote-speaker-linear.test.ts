import { strict as assert } from 'node:assert';
import { analyzeDocument, checkStory, clearTextCaches } from '../../server/src/engine';

/**
 * Issue 21, items 3 and 4: the quote-speaker rule reads "X said <statement>" in every sentence of
 * every source of a story; its time must stay linear in the length of the sentence.
 */
describe('quote-speaker rule on hostile text', function () {
  this.timeout(60000);

  /** Milliseconds the story check of two sources with this text takes (the analysis is not counted). */
  function checkMs(text: string): number {
    clearTextCaches();
    const facts = [analyzeDocument('s/a.article', text), analyzeDocument('s/b.article', text)];
    const started = performance.now();
    checkStory(facts);
    return performance.now() - started;
  }

  it('"Smith said " written over 33 KB of one sentence (item 3; 16 s before)', () => {
    const ms = checkMs(`${'Smith said '.repeat(3000)}the church is about 30 years old.`);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('a 100 KB run of capitals (item 4; 10 s before)', () => {
    const ms = checkMs('A'.repeat(100_000));
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('", X said" before a 100 KB run of spaces (6 s before)', () => {
    const ms = checkMs(`Oracle, A said${' '.repeat(100_000)}x`);
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
  });

  it('still finds one statement given to two people, in either form', () => {
    // One declared story: two sources naming one person are compared only when they say they report one story.
    const story = '---\nstory: church\n---\n';
    const a = analyzeDocument(
      's/a.article',
      `${story}Mayor Jane Holloway spoke on Monday. Jane Holloway said the church is about 30 years old and will close soon.`,
    );
    const b = analyzeDocument(
      's/b.article',
      `${story}Mayor Jane Holloway spoke on Monday. The church is about 30 years old and will close soon, Peter Dunmore said.`,
    );
    const findings = checkStory([a, b]).documents.flatMap((d) =>
      d.findings.filter((f) => f.code === 'quote-speaker').map((f) => d.facts.article.text.slice(f.start, f.end)),
    );
    assert.deepEqual(findings.sort(), ['Jane Holloway', 'Peter Dunmore']);
  });
});
