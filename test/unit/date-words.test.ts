import { strict as assert } from 'node:assert';
import { dateInWords } from '../../server/src/lsp/dateWords';

/** Issue 20 item 6: a hover card says a date as an editor would, not as its TIMEX3 value. */
describe('dates in words', () => {
  const cases: Array<[string | null, string | null, string]> = [
    ['2011-04-06', '2011-04-07', 'Wednesday, 6 April 2011 (the day before publication)'],
    ['2011-04-07', '2011-04-07', 'Thursday, 7 April 2011 (the day of publication)'],
    ['2020-09-20', '2020-09-14', 'Sunday, 20 September 2020 (6 days after publication)'],
    ['2011-01-06', '2011-04-07', 'Thursday, 6 January 2011'],
    ['2020-09', '2020-09-14', 'September 2020'],
    ['2020', null, '2020'],
    ['2020-W08', '2020-02-26', 'the week of Monday, 17 February 2020'],
    ['1990-W32-WE', '1990-08-13', 'the weekend of Saturday, 11 August 1990'],
    ['1989-Q4', '1989-10-26', 'the fourth quarter of 1989'],
    ['2020-SU', null, 'summer 2020'],
    ['199', null, 'the 1990s'],
    ['18', null, 'the 19th century'],
    ['2016-09-14TMO', '2016-09-14', 'the morning of Wednesday, 14 September 2016 (the day of publication)'],
    ['1989-11-03T24:00', '1989-10-30', 'midnight at the end of Friday, 3 November 1989 (4 days after publication)'],
    ['XXXX-WXX-5', null, 'a Friday, week unknown (no publication date)'],
    ['XXXX-09-15', null, '15 September, year unknown (no publication date)'],
    ['P18M', null, '18 months'],
    ['P1Y6M', null, '1 year and 6 months'],
    ['PT3H', null, '3 hours'],
    ['PRESENT_REF', null, 'the present, as of writing'],
    [null, null, 'not resolved (no publication date)'],
    [null, '2020-09-14', 'not resolved to a date'],
  ];
  for (const [value, anchor, words] of cases) it(`${value} → ${words}`, () => assert.equal(dateInWords({ value, anchor }), words));
});
