import { strict as assert } from 'node:assert';
import { parseArticle } from '../../server/src/engine/article';
import { extractEntities } from '../../server/src/engine/extract/entities';

/** Issue 21, item 2: the acronym/ticker match must take time linear in the length of the name. */
describe('acronyms and tickers on hostile text', function () {
  this.timeout(20000);
  const run = (text: string) => extractEntities(parseArticle('/tmp/ticker.article', text));

  it('reads the 3.3 KB repro (a 2,400-letter name and a ticker that is not in it) in under a second', () => {
    const text = `M${'sft'.repeat(800)} Corporation said on Monday that its shares rose. Traders bought MSFTX and sold the rest.`;
    const started = performance.now();
    const entities = run(text);
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
    // The ticker's letters are not all in the name: it is not read as the name's ticker.
    assert.notEqual(entities.find((e) => e.text === 'MSFTX')?.via, 'ticker');
  });

  it('still reads tickers and acronyms of ordinary names', () => {
    const entities = run(
      'Microsoft Corp said profits rose. MSFT gained 3 percent and MSFT options traded. Shares of Qarlo Venture Partners fell; QVP cut jobs.',
    );
    const msft = entities.filter((e) => e.text === 'MSFT');
    assert.equal(msft.length, 2);
    for (const e of msft) assert.deepEqual([e.type, e.name, e.via], ['organization', 'Microsoft Corp', 'ticker']);
    const qvp = entities.find((e) => e.text === 'QVP');
    assert.deepEqual([qvp?.type, qvp?.name, qvp?.via], ['organization', 'Qarlo Venture Partners', 'acronym']);
  });
});
