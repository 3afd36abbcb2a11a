import { strict as assert } from 'node:assert';
import { sameEventVerb } from '../../server/src/engine/story/events';
import { stemOf } from '../../server/src/engine/text';

describe('sameEventVerb (WordNet verb senses, converse verbs)', () => {
  const table: Array<[string, string, boolean]> = [
    ['kill', 'kill', true],
    ['murder', 'kill', true],
    ['kill', 'murder', true],
    ['raze', 'destroy', true],
    ['announce', 'declare', true],
    ['rescue', 'save', true],
    // Light verbs name no event of their own.
    ['make', 'do', false],
    ['take', 'get', false],
    // One event told from its other party's side.
    ['hire', 'join', true],
    ['join', 'hire', true],
    ['buy', 'sell', true],
    ['beat', 'lose', true],
    ['hire', 'sell', false],
    ['join', 'leave', false],
    ['sentence', 'convict', false],
    ['arrest', 'resign', false],
    ['kill', 'flibbertigibbet', false],
  ];
  for (const [x, y, same] of table) it(`${x} / ${y}: ${same}`, () => assert.equal(sameEventVerb(stemOf(x), stemOf(y)), same));

  it('is symmetric', () => {
    for (const [x, y] of table) assert.equal(sameEventVerb(stemOf(x), stemOf(y)), sameEventVerb(stemOf(y), stemOf(x)));
  });
});
