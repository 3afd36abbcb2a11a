import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, createEngine, EngineCaches } from '../../server/src/engine';
import { COMPROMISE_TOKENIZER, nlp, TAGGING } from '../../server/src/engine/nlp';

const PATH = join(__dirname, '../../examples/tiktok-oracle/cbr-tiktok-oracle-partnership.article');
const TEXT = readFileSync(PATH, 'utf8');

/** The verb lemmas of the first sentence that has any: an object the analysis keeps in its caches and hands out as it is. */
const cachedLemmas = (facts: ReturnType<typeof analyzeDocument>) => facts.sentences.find((s) => Object.keys(s.lemmas).length > 0)!.lemmas;

describe('engine instances', () => {
  it('each keep their own caches', () => {
    const a = createEngine();
    const b = createEngine();
    const first = cachedLemmas(a.analyzeDocument(PATH, TEXT));
    assert.equal(cachedLemmas(a.analyzeDocument(PATH, TEXT)), first, 'the same engine answers from its cache');
    assert.notEqual(cachedLemmas(b.analyzeDocument(PATH, TEXT)), first, 'another engine computes its own');
    assert.notEqual(cachedLemmas(analyzeDocument(PATH, TEXT)), first, 'and so does the default engine');
    a.clearCaches();
    assert.notEqual(cachedLemmas(a.analyzeDocument(PATH, TEXT)), first, 'clearing one engine forgets its results');
  });

  it('share caches only when given the same ones', () => {
    const caches = new EngineCaches();
    const first = cachedLemmas(createEngine({ caches }).analyzeDocument(PATH, TEXT));
    assert.equal(cachedLemmas(createEngine({ caches }).analyzeDocument(PATH, TEXT)), first);
  });

  it('find what the default engine finds', () => {
    const [report] = createEngine().checkTexts([{ path: PATH, text: TEXT }]);
    assert.deepEqual(report.documents[0].facts, analyzeDocument(PATH, TEXT));
  });

  it("register the engine's compromise plugin once, however many are created", () => {
    const one = (nlp.methods() as unknown as { one: { killUnicode: unknown; tokenize: { splitWhitespace: unknown } } }).one;
    const methods = () => [one.killUnicode, one.tokenize.splitWhitespace];
    const before = methods();
    assert.notDeepEqual(before, [COMPROMISE_TOKENIZER.killUnicode, COMPROMISE_TOKENIZER.splitWhitespace], 'the faster tokenizer is in place');
    const hooks = nlp.hooks().join();
    let registered = 0;
    const counting = new Proxy(nlp, {
      get: (target, key) =>
        key === 'plugin'
          ? (...args: Parameters<typeof nlp.plugin>) => {
              registered++;
              return target.plugin(...args);
            }
          : Reflect.get(target, key),
    });
    createEngine({ nlp: counting });
    createEngine({ nlp: counting });
    assert.equal(registered, 0, "compromise's world already has the plugin");
    assert.deepEqual(methods(), before, 'the tokenizer methods are not wrapped again');
    assert.equal(nlp.hooks().join(), hooks);
    assert.ok(TAGGING.includes('frozenWords'));
  });
});
