import { strict as assert } from 'node:assert';
import { FactsCache } from '../../server/src/lsp/analysisThread';

describe('the analysis worker’s facts cache', () => {
  it('re-uses facts while a text is unchanged and analyses a changed one again', () => {
    const cache = new FactsCache(10);
    const first = cache.get('/a.article', 'Jane Roe said on Monday that the plant would close.');
    assert.equal(cache.get('/a.article', 'Jane Roe said on Monday that the plant would close.'), first);
    assert.notEqual(cache.get('/a.article', 'Jane Roe said on Tuesday that the plant would close.'), first);
  });

  it('forgets the articles unused for longest beyond its bound (deleted files age out)', () => {
    const cache = new FactsCache(2);
    const a = cache.get('/a.article', 'Acme Corp. opened a plant.');
    const b = cache.get('/b.article', 'Beta Inc. closed a plant.');
    assert.equal(cache.get('/a.article', 'Acme Corp. opened a plant.'), a, 'a is used again, b is now the oldest');
    cache.get('/c.article', 'Gamma Ltd. sold a plant.');
    assert.equal(cache.size, 2);
    assert.equal(cache.get('/a.article', 'Acme Corp. opened a plant.'), a, 'a was kept');
    assert.notEqual(cache.get('/b.article', 'Beta Inc. closed a plant.'), b, 'b was forgotten and is analysed again');
    assert.equal(cache.size, 2);
  });
});
