import { strict as assert } from 'node:assert';
import { EngineCaches, memo, textCache, withCaches } from '../../server/src/engine/collections';

/** A cache of an engine's caches and a counter of the computations it did not spare. */
function counted(limit = 100): { computed: string[]; get(text: string): string; withoutKeepingTextResults<T>(work: () => T): T } {
  const caches = new EngineCaches();
  const key = textCache<string>(limit);
  const computed: string[] = [];
  return {
    computed,
    get: (text) =>
      withCaches(caches, () =>
        memo(key, text, (t) => {
          computed.push(t);
          return t.toUpperCase();
        }),
      ),
    withoutKeepingTextResults: (work) => caches.withoutKeepingTextResults(work),
  };
}

describe('caches of text results', () => {
  it('answer from what they hold', () => {
    const c = counted();
    c.get('a');
    c.get('a');
    assert.deepEqual(c.computed, ['a']);
  });

  it('keep what a story nobody edits adds only while its check runs', () => {
    const c = counted();
    c.withoutKeepingTextResults(() => {
      c.get('b');
      c.get('b');
    });
    assert.deepEqual(c.computed, ['b'], 'within the check, computed once');
    c.get('b');
    assert.deepEqual(c.computed, ['b', 'b'], 'after it, forgotten');
  });

  it('keep what they held before such a check, including entries it used', () => {
    const c = counted(6);
    // Three entries fill the young half, which becomes the old one: a hit there moves an entry back.
    for (const t of ['kept', 'x', 'y']) c.get(t);
    c.withoutKeepingTextResults(() => c.get('kept'));
    // Three more: the old half is dropped, and 'kept' is still held only if the hit moved it.
    for (const t of ['z', 'w', 'v']) c.get(t);
    c.get('kept');
    assert.deepEqual(c.computed, ['kept', 'x', 'y', 'z', 'w', 'v'], 'the hit within the check counted as a use');
  });

  it('drop the scratch entries only when the outermost such check ends', () => {
    const c = counted();
    c.withoutKeepingTextResults(() => {
      c.withoutKeepingTextResults(() => c.get('inner'));
      c.get('inner');
    });
    assert.deepEqual(c.computed, ['inner']);
    c.get('inner');
    assert.deepEqual(c.computed, ['inner', 'inner']);
  });

  it('drop the scratch entries when the check throws', () => {
    const c = counted();
    assert.throws(() =>
      c.withoutKeepingTextResults(() => {
        c.get('failed');
        throw new Error('check failed');
      }),
    );
    c.get('failed');
    assert.deepEqual(c.computed, ['failed', 'failed']);
  });
});
