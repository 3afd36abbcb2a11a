import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FactsCache, InProcessChecker } from '../../server/src/lsp/analysisWorker';
import { diagnosedDocuments } from '../../server/src/lsp/workerProtocol';

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

describe('the analysis worker’s facts cache, bounded by text (issue 21, item 9)', () => {
  it('keeps the facts of at most so many characters of text, least recently used out first, the newest always', () => {
    const text = (n: number) => `Acme Corp. opened plant number ${n}. `.repeat(30);
    const cache = new FactsCache(100, text(0).length * 3);
    for (let i = 0; i < 10; i++) cache.get(`/${i}.article`, text(i));
    assert.equal(cache.size, 3);
    assert.ok(cache.textLength <= text(0).length * 3);
    const long = 'Beta Inc. closed a plant. '.repeat(200);
    const facts = cache.get('/long.article', long);
    assert.deepEqual([cache.size, cache.textLength], [1, long.length]);
    assert.equal(cache.get('/long.article', long), facts);
  });
});

describe('checks of stories no one is editing', () => {
  const folder = join(__dirname, '../../examples/tiktok-oracle');
  const docs = readdirSync(folder).map((name) => ({ path: join(folder, name), text: readFileSync(join(folder, name), 'utf8') }));

  it('answer with the same diagnostics as a full check, and nothing else', () => {
    const full = new InProcessChecker().check(docs, {}, true);
    const diagnosed = new InProcessChecker().check(docs, {}, false);
    assert.ok('documents' in full && 'diagnosed' in diagnosed);
    assert.ok(
      diagnosedDocuments(full).some((d) => d.findings.length > 0),
      'the reference story’s sources disagree',
    );
    assert.deepEqual(diagnosed, { diagnosed: diagnosedDocuments(full) });
  });
});
