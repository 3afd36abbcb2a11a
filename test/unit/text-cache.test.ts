import { strict as assert } from 'node:assert';
import { memo, TextCache, withoutKeepingTextResults } from '../../server/src/engine/collections';

/** A cache and a counter of the computations it did not spare. */
function counted(limit = 100): { cache: TextCache<string>; computed: string[]; get(text: string): string } {
  const cache = new TextCache<string>(limit);
  const computed: string[] = [];
  return {
    cache,
    computed,
    get: (text) =>
      memo(cache, text, (t) => {
        computed.push(t);
        return t.toUpperCase();
      }),
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
    withoutKeepingTextResults(() => {
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
    withoutKeepingTextResults(() => c.get('kept'));
    // Three more: the old half is dropped, and 'kept' is still held only if the hit moved it.
    for (const t of ['z', 'w', 'v']) c.get(t);
    c.get('kept');
    assert.deepEqual(c.computed, ['kept', 'x', 'y', 'z', 'w', 'v'], 'the hit within the check counted as a use');
  });

  it('drop the scratch entries only when the outermost such check ends', () => {
    const c = counted();
    withoutKeepingTextResults(() => {
      withoutKeepingTextResults(() => c.get('inner'));
      c.get('inner');
    });
    assert.deepEqual(c.computed, ['inner']);
    c.get('inner');
    assert.deepEqual(c.computed, ['inner', 'inner']);
  });

  it('drop the scratch entries when the check throws', () => {
    const c = counted();
    assert.throws(() =>
      withoutKeepingTextResults(() => {
        c.get('failed');
        throw new Error('check failed');
      }),
    );
    c.get('failed');
    assert.deepEqual(c.computed, ['failed', 'failed']);
  });
});
