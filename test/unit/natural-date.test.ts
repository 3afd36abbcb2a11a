import { strict as assert } from 'node:assert';
import { datelineDate, parseDate } from '../../client/src/naturalDate';

/** Issue 20 item 10: Set Publication Date reads dates as editors type them and proposes the dateline's. */
describe('Set Publication Date: natural dates', () => {
  const read: Array<[string, string]> = [
    ['14 Sept 2020', '2020-09-14'],
    ['Sept. 14, 2020', '2020-09-14'],
    ['September 14 2020', '2020-09-14'],
    ['14th September, 2020', '2020-09-14'],
    ['sep 4, 2020', '2020-09-04'],
    [' 2020-09-14 ', '2020-09-14'],
    ['June 06, 2013', '2013-06-06'],
  ];
  for (const [typed, iso] of read) it(`reads “${typed}” as ${iso}`, () => assert.equal(parseDate(typed), iso));

  const refused = ['31 Sept 2020', '2020-02-30', 'Sept 2020', 'yesterday', '14 Sept 2020 or so', '14/09/2020'];
  for (const typed of refused) it(`refuses “${typed}”`, () => assert.equal(parseDate(typed), null));

  it('finds the dateline after the front matter, on a short line near the top', () => {
    assert.equal(datelineDate('---\ntitle: T\n---\nHeadline\nMAR. 14, 2013, 8:12 PM\nBody text.\n'), '2013-03-14');
    assert.equal(datelineDate('NEW YORK 1996-08-30\nBody.'), '1996-08-30');
  });

  it('finds none in a long paragraph or below the top lines', () => {
    assert.equal(datelineDate(`Headline\n${'Words of the story, '.repeat(5)}on 14 Sept 2020.\n`), null);
    assert.equal(datelineDate('Headline\nBy A. Writer\nLondon\nJune 06, 2013\n'), null);
  });
});
