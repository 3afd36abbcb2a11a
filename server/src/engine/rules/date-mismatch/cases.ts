import type { RuleCases } from '../types';

const MARCH = ['2021-03-04', '2021-03-04'] as [string, string];

export const cases: RuleCases = {
  hits: [
    {
      name: 'a month before a relative clause',
      a: 'Marcus Webb had signed an extension to his contract in September that was guaranteed through next year.',
      b: 'Marcus Webb had signed an extension to his contract in November that was guaranteed through next year.',
    },
    {
      name: 'the day something was said, in one statement told alike',
      a: 'A blast at a Carbonville bank killed a police officer, officials said Saturday, offering a $35,000 reward for information.',
      b: 'A blast at a Carbonville bank killed a police officer, officials said Wednesday, offering a $35,000 reward for information.',
      at: 'information',
    },
    {
      name: 'a weekday',
      a: 'The fire at the Acme Corp warehouse in Carbonville broke out on Tuesday night, officials said.',
      b: 'The fire at the Acme Corp warehouse in Carbonville broke out on Thursday night, officials said.',
      published: MARCH,
    },
    {
      name: 'a day of the month',
      a: 'Acme Corp will hand the plant in Carbonville to Northwind Partners on March 3, 2021, under the deal.',
      b: 'Acme Corp will hand the plant in Carbonville to Northwind Partners on March 5, 2021, under the deal.',
    },
    {
      name: 'a year',
      a: 'Holloway joined Acme Corp from Northwind Partners in 2013, after a decade in Brussels.',
      b: 'Holloway joined Acme Corp from Northwind Partners in 2011, after a decade in Brussels.',
    },
    {
      name: 'a month of one event told in other words',
      a: 'Marcus Webb returned to prison in June 2004 to serve the rest of his sentence for robbery.',
      b: 'After years of parole violations, Webb finally returned to prison in October 2004 to serve his robbery sentence.',
    },
    {
      name: 'a month of an event told with another verb, as information',
      a: 'Marcus Webb went back to prison in June 2004 to serve the rest of his sentence for robbery.',
      b: 'After years of parole violations, Webb finally returned to prison in October 2004 to serve his robbery sentence.',
      at: 'information',
    },
    {
      name: 'a date opening its sentence',
      a: 'On Saturday, Carbonville Rovers fired their coach Marcus Webb after a seventh straight defeat.',
      b: 'Carbonville Rovers fired coach Marcus Webb on Wednesday after their seventh defeat in a row.',
      published: MARCH,
    },
    {
      name: 'a weekday of articles without publication dates, as information',
      a: 'The Carbonville courthouse was evacuated on Friday after a bomb threat, officials said.',
      b: 'Officials evacuated the Carbonville courthouse on Monday after a bomb threat.',
      at: 'information',
    },
    {
      name: 'a month named without its year',
      a: 'A powerful quake struck the island near Carbonville in September, killing at least seven people.',
      b: 'A powerful quake struck the island near Carbonville in April, killing at least seven people.',
    },
    {
      name: '"this" month',
      a: 'Acme Corp opened the plant near Carbonville this August after a decade of planning.',
      b: 'Acme Corp opened the plant near Carbonville this November after a decade of planning.',
    },
    {
      name: 'a year repeated on one side changed on the other',
      a: 'Holloway, who led Acme Corp in 2008 and 2006, and Marcus Webb, the 2007 chairman, met Northwind Partners.',
      b: 'Holloway, who led Acme Corp in 2007 and 2006, and Marcus Webb, the 2007 chairman, met Northwind Partners.',
    },
    {
      name: 'one of two months changed',
      a: 'Holloway will meet Northwind Partners in Carbonville sometime in March or April, officials said.',
      b: 'Holloway will meet Northwind Partners in Carbonville sometime in March or November, officials said.',
    },
    {
      name: 'a date after "of" qualifying the noun before it, against the date before that noun',
      a: 'Northwind Partners is under pressure to meet a November 2022 release date for the Carbonville sequel.',
      b: 'The Carbonville sequel has a release date of 22 November 2023, with filming starting in spring.',
      at: 'information',
    },
    {
      name: 'the day something is planned for, against the day it will be held on',
      a: 'Council elections in Carbonville, which are planned for December 15, 2022, will be held under new rules, Acme Corp said.',
      b: "Carbonville's election board plans to hold council elections on December 15 2020.",
      at: 'information',
    },
    {
      name: 'the one month of one year each side, told in other words, of statements naming the same people',
      a: 'Fans still talk about the night Marcus Webb won the Westport title in April 2009, when he stunned a packed arena in his home town.',
      b: 'In August 2009, Marcus Webb took the Westport title from the ageing champion with a late knockout.',
      at: 'information',
    },
    {
      name: 'an event told with verbs of one meaning ("killed" / "murdering"), the other date of the sentence another event',
      a: 'Officer Marcus Webb, 35, was killed on June 4, 2019 outside a bar on the east side of Westport while chasing a suspect in a June 1 robbery.',
      b: 'Prosecutors said Tom Hale was charged with murdering the 35-year-old officer on June 9 outside a Westport bar.',
      at: 'information',
    },
    {
      name: 'one event told from its other party’s side ("joined" / "hired")',
      a: 'Marcus Webb joined the Carbonville Rovers on June 27, 2001, after seven seasons as an assistant coach.',
      b: 'The Carbonville Rovers hired Marcus Webb as head coach on June 20, 2001, after his seven seasons as an assistant.',
    },
    {
      name: 'a verb after a comma that follows a number is a verb ("on March 2, escorted three tankers")',
      a: 'The frigate Valiant, which had left its home port on March 2, escorted three oil tankers through the Carbonville strait on March 9.',
      b: 'The Valiant escorted three oil tankers through the Carbonville strait on March 16, a week after leaving its home port.',
    },
    {
      name: 'the verb before a date is read past an aside in parentheses ("Webb (31-2, 20 KOs) stopped Hale (25-4) … on Saturday")',
      a: 'Marcus Webb (31-2, 20 KOs) stopped Tom Hale (25-4, 11 KOs) in Carbonville on Saturday night.',
      b: 'Marcus Webb stopped Tom Hale in the ninth round on Tuesday night.',
      published: MARCH,
    },
    {
      name: 'one event told inside a sentence of several and in one of its own, the two not aligned (found by the story-wide search)',
      a: 'The navy sent the frigate Valiant to the Carbonville strait after the attacks. The Valiant, which had left its home port on March 2, escorted three oil tankers through the strait on March 9 and also captured a smuggling dhow on March 20. Its sailors found the dhow loaded with rifles.',
      b: 'Navy commanders praised the frigate Valiant, which has escorted oil tankers through the Carbonville strait since early March. On April 20, sailors of the Valiant captured a dhow loaded with rifles.',
      at: 'information',
    },
    {
      name: 'a year scheduled, moved into the past',
      a: 'The second Carbonville film is scheduled to open in theaters in November of 2013, Holloway said.',
      b: 'The second Carbonville film is scheduled to open in theaters in November of 2011, Holloway said.',
      published: ['2012-04-11', '2012-04-11'],
    },
  ],
  clean: [
    {
      name: 'a noun the tagger may read as a verb names no event ("a pirate ship", "two hijack attempts")',
      a: 'The frigate sank a pirate supply ship on November 19 near the coast of Carbonville, the navy said.',
      b: 'On November 11 the frigate repelled two hijack attempts near the coast of Carbonville, the navy said.',
    },
    {
      name: 'the one year each side, told in other words: two years may be two events of a story',
      a: 'Fans still talk about the night Marcus Webb won the Westport title in 2007, when he stunned a packed arena in his home town.',
      b: 'In 2009, Marcus Webb took the Westport title from the ageing champion with a late knockout.',
    },
    {
      name: 'what a fine was for, against when it was imposed',
      a: 'Acme Corp was fined for its 2019 accounts by the Carbonville regulator.',
      b: 'The Carbonville regulator fined Acme Corp in 2021 over its accounts.',
    },
    {
      name: 'a refinement',
      a: 'Holloway joined Acme Corp from Northwind Partners in 2018, after a decade in Brussels.',
      b: 'Holloway joined Acme Corp from Northwind Partners in August 2018, after a decade in Brussels.',
    },
    {
      name: 'one day apart (time zones)',
      a: 'Acme Corp will hand the plant in Carbonville to Northwind Partners on March 3, 2021, under the deal.',
      b: 'Acme Corp will hand the plant in Carbonville to Northwind Partners on March 4, 2021, under the deal.',
    },
    {
      name: 'the same words, different publication days',
      a: 'The fire at the Acme Corp warehouse in Carbonville is still burning today, officials said.',
      b: 'The fire at the Acme Corp warehouse in Carbonville is still burning today, officials said.',
      published: ['2021-03-01', '2021-03-02'],
    },
    {
      name: 'the day words were said',
      a: 'The fire broke out at the Carbonville church on Friday evening, officials said on Saturday.',
      b: 'Officials said on Sunday that the fire at the Carbonville church was arson.',
      published: MARCH,
    },
    {
      name: 'two events of one sentence',
      a: 'Marcus Webb joined Acme Corp in July 2017, a year after its founding.',
      b: 'Acme Corp hired Marcus Webb only weeks after his 2016 election to the Carbonville council.',
    },
    {
      name: 'a year against a month of unknown year',
      a: 'A major earthquake killed 3,000 people in Carbonville in 2003.',
      b: 'Another quake hit Carbonville in February, killing hundreds of people.',
    },
    {
      name: 'weekdays without publication dates, no warning',
      a: 'Results of the Acme Corp ballot in Carbonville were announced on Tuesday night, officials said.',
      b: 'Results of the Acme Corp ballot in Carbonville were announced on Thursday night, officials said.',
    },
    {
      name: 'the same month without its year',
      a: 'A powerful quake struck the island near Carbonville in September, killing at least seven people.',
      b: 'A powerful quake struck the island near Carbonville in September, killing at least seven people and injuring 40.',
    },
    {
      name: 'a month and the same month with its year',
      a: 'A powerful quake struck the island near Carbonville in September, killing at least seven people.',
      b: 'A powerful quake struck the island near Carbonville in September 2020, killing at least seven people.',
    },
    {
      name: 'the same dates in another order',
      a: 'Holloway led Acme Corp in 2008 and Northwind Partners in 2006, before moving to Carbonville.',
      b: 'Holloway led Northwind Partners in 2006 and Acme Corp in 2008, before moving to Carbonville.',
    },
    {
      name: 'a year to come against one long past: two occurrences of a recurring event',
      a: 'Comedian Marcus Holloway picked to host 2014 Carbonville Awards',
      b: 'Marcus Holloway previously hosted the Carbonville Awards in 2007, and won praise for his work.',
      published: ['2013-08-02', '2013-08-02'],
    },
  ],
};
