import { strict as assert } from 'node:assert';
import { checkTexts } from '../../server/src/engine';

/**
 * The date rule's story-wide search pairs an event each source dates once in statements that do not
 * align. Its findings are information, which the rules' table cannot rule out on clean cases: here
 * no finding at all is allowed where the two dated events may be two.
 */
const A_SHORT =
  'Navy commanders praised the frigate Valiant, which has escorted oil tankers through the Carbonville strait since early March. On April 20, sailors of the Valiant captured a dhow loaded with rifles.';

function dateFindings(a: string, b: string) {
  const text = (passage: string) => `---\nstory: search\n---\n${passage}\n`;
  const [story] = checkTexts([
    { path: 'search/first.article', text: text(a) },
    { path: 'search/second.article', text: text(b) },
  ]);
  return story.documents.flatMap((d) => d.findings.filter((f) => f.code === 'date-mismatch').map((f) => f.message));
}

describe('date-mismatch, story-wide search for unaligned statements', () => {
  it('finds the one event dated once on each side', () => {
    const long =
      'The navy sent the frigate Valiant to the Carbonville strait after the attacks. The Valiant, which had left its home port on March 2, escorted three oil tankers through the strait on March 9 and also captured a smuggling dhow on March 20. Its sailors found the dhow loaded with rifles.';
    assert.equal(dateFindings(long, A_SHORT).length, 2);
  });

  it('stays quiet when the verb has another object', () => {
    const other =
      'The navy sent the frigate Valiant to the Carbonville strait after the attacks. The Valiant, which had left its home port on March 2, escorted three oil tankers through the strait on March 9 and also captured the pirate leader Omar Haddad on March 20. Its sailors found a dhow loaded with rifles.';
    assert.deepEqual(dateFindings(other, A_SHORT), []);
  });

  it('stays quiet when one side dates the verb twice (a recurring event)', () => {
    const twice =
      'The navy sent the frigate Valiant to the Carbonville strait after the attacks. The Valiant, which had left its home port on March 2, escorted three oil tankers through the strait on March 9 and captured two gunmen on March 12 and also captured a smuggling dhow on March 20. Its sailors found the dhow loaded with rifles.';
    assert.deepEqual(dateFindings(twice, A_SHORT), []);
  });

  it('stays quiet when no one is named on both sides', () => {
    const long =
      'The navy sent the frigate Valiant to the Carbonville strait after the attacks. The Valiant, which had left its home port on March 2, escorted three oil tankers through the strait on March 9 and also captured a smuggling dhow on March 20. Its sailors found the dhow loaded with rifles.';
    const cutter =
      'Navy commanders praised the crews patrolling the strait, where oil tankers have been escorted since early March. On April 20, sailors of a coastguard cutter captured a dhow loaded with rifles.';
    assert.deepEqual(dateFindings(long, cutter), []);
  });
});
