import assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../server/src/engine/article';
import { extractDates } from '../../server/src/engine/extract/dates';

function run(sentence: string, published: string | null) {
  const text = published ? `---\npublished: ${published}\n---\n${sentence}\n` : sentence;
  return extractDates(parseArticle('t.article', text));
}

type Row = [sentence: string, published: string | null, text: string, value: string | null];

describe('extractDates', () => {
  const positives: Row[] = [
    // reference story phrases, published unknown: relative dates stay relative
    ['With the September 15 deadline issued by the President looming, Microsoft confirmed.', null, 'September 15', 'XXXX-09-15'],
    ['Microsoft, which announced last month that it was in talks', null, 'last month', null],
    ['China published new export rules in late August.', null, 'late August', 'XXXX-08'],
    ['a likely choice for the company in early summer, as it wanted', null, 'early summer', 'XXXX-SU'],
    ['TikTok arrived in the U.S. in August 2018 after ByteDance acquired a rival.', null, 'August 2018', '2018-08'],
    ['which has risen to prominence over the last 18 months as its videos', null, 'the last 18 months', 'P18M'],
    ['"ByteDance let us know today they would not be selling."', null, 'today', 'PRESENT_REF'],
    ['since its launch in the United States in 2018.', null, '2018', '2018'],
    // the same with a publication date
    ['Microsoft, which announced last month that it was in talks', '2020-09-14', 'last month', '2020-08'],
    ['China published new export rules in late August.', '2020-09-14', 'late August', '2020-08'],
    ['a likely choice for the company in early summer, as it wanted', '2020-09-14', 'early summer', '2020-SU'],
    ['"ByteDance let us know today they would not be selling."', '2020-09-14', 'today', '2020-09-14'],
    ['With the September 15 deadline looming, Microsoft confirmed.', '2020-09-14', 'September 15', '2020-09-15'],
    // past bias and future cues
    ['The deal closed on September 15.', '2020-09-20', 'September 15', '2020-09-15'],
    ['The company will report results on September 15.', '2020-09-01', 'September 15', '2020-09-15'],
    ['The dividend is payable Jan. 3 to holders of record.', '1989-11-20', 'Jan. 3', '1990-01-03'],
    ['The agreement was signed in December.', '2020-03-10', 'December', '2019-12'],
    ['The launch is expected in December.', '2020-03-10', 'December', '2020-12'],
    ['He said last May that he would run.', '2020-09-14', 'last May', '2020-05'],
    // weekdays: the week of publication, past-biased; future tense looks ahead
    ['The company said Tuesday it would sell the unit.', '2020-09-17', 'Tuesday', '2020-09-15'],
    ['Talks will resume Monday in Belfast.', '2020-09-17', 'Monday', '2020-09-21'],
    ['The vote was held last Friday.', '2020-09-18', 'last Friday', '2020-09-11'],
    ['Prices fell yesterday.', '2020-09-14', 'yesterday', '2020-09-13'],
    ['Officials met Saturday, April 25, in Paris.', '1998-04-27', 'Saturday, April 25', '1998-04-25'],
    // times
    ['The store was robbed at 10 a.m. Wednesday.', '2020-09-17', '10 a.m. Wednesday', '2020-09-16T10:00'],
    ['The offer expires at 5 p.m. EST, Nov. 6.', '1989-11-02', '5 p.m. EST, Nov. 6', '1989-11-06T17:00'],
    ['The meeting ended at 10 a.m.', '2020-09-14', '10 a.m.', '2020-09-14T10:00'],
    ['Posted at 6:07:15 p.m. by the desk.', '2020-09-14', '6:07:15 p.m.', '2020-09-14T18:07'],
    ['He spoke on television this morning.', '2020-09-14', 'this morning', '2020-09-14TMO'],
    // quarters, years, decades
    ['Profit rose in the third quarter.', '2020-10-20', 'the third quarter', '2020-Q3'],
    ['Third-quarter profit rose 10%.', '1989-10-26', 'Third-quarter', '1989-Q3'],
    ['The company posted a loss in the fourth quarter.', '1998-01-26', 'the fourth quarter', '1997-Q4'],
    ['Sales were flat in the quarter.', '1989-10-26', 'the quarter', '1989-Q3'],
    ['Profit rose 5% in the third quarter of 1984.', '1989-10-26', 'the third quarter of 1984', '1984-Q3'],
    ['The war ended in 1975.', '2020-09-14', '1975', '1975'],
    ['Prices were high in the 1990s.', '2020-09-14', 'the 1990s', '199'],
    ['It grew through the early 1980s.', '2020-09-14', 'the early 1980s', '198'],
    ['in the 20th century', '2020-09-14', 'the 20th century', '19'],
    ['Sales doubled in fiscal 1989.', '1989-11-02', 'fiscal 1989', '1989'],
    ['The plant opened in mid-1996.', '1998-01-02', 'mid-1996', '1996'],
    ['It happened in nineteen ninety-six.', '1998-01-02', 'nineteen ninety-six', '1996'],
    // relative expressions
    ['Sales will rise next year.', '2020-09-14', 'next year', '2021'],
    ['Sales rose earlier this year.', '2020-09-14', 'earlier this year', '2020'],
    ['The law passed this week.', '2020-09-16', 'this week', '2020-W38'],
    ['Rain fell over the weekend.', '2020-09-14', 'the weekend', '2020-W37-WE'],
    ['He resigned two years ago.', '2020-09-14', 'two years ago', '2018'],
    ['Prices rose over the past two weeks.', '2020-09-14', 'the past two weeks', 'P2W'],
    ['Prices rose in the past few months.', '2020-09-14', 'the past few months', 'PAST_REF'],
    ['He visited last fall.', '2020-09-14', 'last fall', '2019-FA'],
    ['The firm is now profitable.', '2020-09-14', 'now', 'PRESENT_REF'],
    ['The firm recently hired him.', '2020-09-14', 'recently', 'PAST_REF'],
    ['Prices will fall in the near future.', '2020-09-14', 'the near future', 'FUTURE_REF'],
    ['Sales rose 5% from a year earlier.', '2020-09-14', 'a year earlier', '2019'],
    ['Profit was $5 million in the third quarter, up from $4 million a year earlier.', '2020-10-20', 'a year earlier', '2019-Q3'],
    ['It will close by year-end.', '2020-09-14', 'year-end', '2020'],
    // issue 19: the verb group governing the expression decides its direction
    ['The dividend will be paid Dec. 14 to holders of record.', '1989-10-26', 'Dec. 14', '1989-12-14'],
    ['The bonus would be paid on a still unspecified date in January.', '1989-10-26', 'January', '1990-01'],
    ['The offer had been scheduled to expire at midnight Friday.', '1989-10-30', 'midnight Friday', '1989-10-27T24:00'],
    ['The offer is scheduled to expire at midnight Friday.', '1989-10-30', 'midnight Friday', '1989-11-03T24:00'],
    ['Three days later, as of Friday’s close, the index was down.', '1989-10-30', 'Friday', '1989-10-27'],
    ['He told the show on Tuesday that he would run again.', '2016-09-14', 'Tuesday', '2016-09-13'],
    ['The party will hold its convention on Saturday.', '2016-09-14', 'Saturday', '2016-09-17'],
    ['The party held its convention on Saturday.', '2016-09-14', 'Saturday', '2016-09-10'],
    // a limit ("by", "until", "through") looks ahead unless the verb it hangs on is past
    ['Members had filed their reports by Wednesday.', '2020-09-17', 'Wednesday', '2020-09-16'],
    ['The fund had bought shares through Sept. 29.', '1989-10-30', 'Sept. 29', '1989-09-29'],
    ['The talks are supposed to conclude by May.', '1998-03-22', 'May', '1998-05'],
    ['They expect the sale to be completed by Dec. 15.', '1989-10-31', 'Dec. 15', '1989-12-15'],
    ['The offer is good through Friday.', '2020-09-16', 'Friday', '2020-09-18'],
    ['The board will decide by Monday.', '2020-09-16', 'Monday', '2020-09-21'],
    ['Orders began extremely well in the current quarter.', '1989-10-26', 'the current quarter', '1989-Q4'],
    ['Sales fell in the quarter, the company said.', '1989-10-26', 'the quarter', '1989-Q3'],
    ['The two bidders extended their offers Friday.', '1989-10-30', 'Friday', '1989-10-27'],
    ['The offer was extended until Friday.', '1989-10-30', 'Friday', '1989-11-03'],
    ['Regulators gave the firm until mid-November to reply.', '1989-10-30', 'mid-November', '1989-11'],
    // a weekday goes the way of the verb group governing it: past, modal, plan, or the present of a schedule
    ['The Senate votes Tuesday on the bill.', '2020-09-16', 'Tuesday', '2020-09-22'],
    ['Voters go to the polls Sunday.', '2020-09-16', 'Sunday', '2020-09-20'],
    ['The meeting is on Friday.', '2020-09-16', 'Friday', '2020-09-18'],
    ['Ministers are to meet on Sunday.', '2020-09-16', 'Sunday', '2020-09-20'],
    ['He will travel to Paris on Saturday, officials said Monday.', '2020-09-15', 'Saturday', '2020-09-19'],
    ['He will travel to Paris on Saturday, officials said Monday.', '2020-09-15', 'Monday', '2020-09-14'],
    ['The company, which announced results Thursday, will close plants.', '2020-09-14', 'Thursday', '2020-09-10'],
    ['Police arrested him Friday and he will appear in court Monday.', '2020-09-19', 'Friday', '2020-09-18'],
    ['The summit opened Monday in Geneva.', '2020-09-16', 'Monday', '2020-09-14'],
    ['Traders sold 5 million shares Thursday.', '2020-09-16', 'Thursday', '2020-09-10'],
    ['The chairman answered the senators’ questions over lunch Tuesday.', '2020-09-18', 'Tuesday', '2020-09-15'],
    ['The merger follows Tuesday’s vote by the board.', '2020-09-18', 'Tuesday', '2020-09-15'],
    ['The agency announced the plan Aug. 21.', '1989-10-27', 'Aug. 21', '1989-08-21'],
    ['The trial opens Jan. 5 in Boston.', '1989-03-01', 'Jan. 5', '1990-01-05'],
    // a noun the tagger reads as a verb after a past verb ("launched an ad campaign"), a verb in un- ("unveiled"), "used" without "to",
    // a present verb far from its day or of one form with its past ("set out"), a plan as a noun ("announced plans"): past
    ['The union launched a radio ad campaign Thursday.', '2020-09-18', 'Thursday', '2020-09-17'],
    ['The rules, which the agency unveiled Monday in a notice it plans to enforce, are strict.', '2020-09-16', 'Monday', '2020-09-14'],
    ['The mayor used the same slogan Monday in a speech she will repeat.', '2020-09-16', 'Monday', '2020-09-14'],
    ['We thank the crews for their courage on Monday and after.', '2020-09-16', 'Monday', '2020-09-14'],
    ['The guide said that she set out alone Friday at dawn.', '2020-09-20', 'Friday', '2020-09-18'],
    ['The governor announced plans Tuesday to cut taxes.', '2020-09-17', 'Tuesday', '2020-09-15'],
    ['The new poster follows her remarks on Tuesday about schools.', '2020-09-17', 'Tuesday', '2020-09-15'],
    ['By Saturday, the storm had passed.', '2020-09-16', 'Saturday', '2020-09-12'],
    ['By Saturday, the storm will pass.', '2020-09-16', 'Saturday', '2020-09-19'],
    ['Organizers set the rally for Saturday.', '2020-09-16', 'Saturday', '2020-09-19'],
    ['Vendors were selling flags, scarves, hats, badges, drinks and snacks to the fans long before Sunday’s final.', '2020-09-16', 'Sunday', '2020-09-13'],
    ['The bill must pass before Friday’s deadline.', '2020-09-16', 'Friday', '2020-09-18'],
    // weeks and weekends
    ['He spoke this weekend.', '2020-09-14', 'this weekend', '2020-W37-WE'],
    ['He will speak this weekend.', '2020-09-16', 'this weekend', '2020-W38-WE'],
    ['Prices fell during the week of Sept. 7.', '2020-09-16', 'the week of Sept. 7', '2020-W37'],
    ['The vote is set for the week of Oct. 5.', '2020-09-16', 'the week of Oct. 5', '2020-W41'],
    ['Two flights will leave on Monday and Tuesday nights.', '2020-09-16', 'Monday', 'XXXX-WXX-1TNI'],
    ['Two flights will leave on Monday and Tuesday nights.', '2020-09-16', 'Tuesday', 'XXXX-WXX-2TNI'],
    ['The index fell on Friday. For the week, it lost 3%.', '1989-10-30', 'the week', '1989-W43'],
    ['Volume rose Thursday, the week’s busiest session.', '1989-10-30', 'the week', '1989-W43'],
    // "the following year", "the previous Friday": counted from the last date the story named
    ['He became a general on May 22, 1995, and the following year he moved to Paris.', '1998-04-18', 'the following year', '1996'],
    ['The board met in March. The following month, it sold the unit.', '1989-10-27', 'The following month', '1989-04'],
    ['Stocks fell on Friday, Oct. 20, and again from the previous Friday.', '1989-10-30', 'the previous Friday', '1989-10-13'],
    ['Sales rose the following month.', '2020-09-14', 'the following month', '2020-10'],
    // "the next day", "the day before": counted from the last day named; "a year earlier" in a sentence of events, from the last date named
    ['The ship sank on June 3, 2011. The next day, divers found it.', '2014-05-01', 'The next day', '2011-06-04'],
    ['The mayor was detained Tuesday and the following morning he was released.', '2020-09-17', 'the following morning', '2020-09-16TMO'],
    ['The team won on Sunday. The day before, it had lost a player.', '2020-09-17', 'The day before', '2020-09-12'],
    ['The mill closed in 2009. A year earlier it had cut its staff.', '2020-09-14', 'A year earlier', '2008'],
    ['The fire of June 3, 2011 followed a June 1 storm.', '2014-03-20', 'June 1', '2011-06-01'],
    ['The protests of August 1988 ended. Troops invaded on Aug. 2.', '1990-08-15', 'Aug. 2', '1990-08-02'],
    [
      'The store was looted on March 2, 2011. Guards fled the previous day. The previous day’s patrol was cancelled.',
      '2011-03-09',
      'The previous day',
      '2011-03-01',
    ],
    ['They meet on Sept. 20. The next day, they will vote.', '2020-09-14', 'The next day', '2020-09-21'],
    ['The mill closed in 2009. Output fell 7% from a year earlier.', '2020-09-14', 'a year earlier', '2019'],
    // a group pointing ahead under a past auxiliary: "was expected to", "was supposed to"
    ['The envoy was expected to arrive in February.', '2018-12-20', 'February', '2019-02'],
    ['The envoy was supposed to arrive in February.', '2018-12-20', 'February', '2019-02'],
    ['The envoy arrived in February.', '2018-12-20', 'February', '2018-02'],
    ['She may have a shot at the title if the race runs into the summer.', '2016-03-25', 'the summer', '2016-SU'],
    ['The line will reopen in the spring of next year.', '1989-11-02', 'the spring of next year', '1990-SP'],
    ['The senator replied shortly afterward.', '2018-12-20', 'shortly', 'PAST_REF'],
    ['The senator will reply shortly afterward.', '2018-12-20', 'shortly', 'FUTURE_REF'],
    ['The band played on, but soon the crowd went home.', '2018-12-20', 'soon', 'PAST_REF'],
    ['The owners hoped to reopen soon.', '2018-12-20', 'soon', 'FUTURE_REF'],
    ['Witnesses say that on Saturday around 9 p.m. the car crashed.', '2020-09-17', 'Saturday around 9 p.m.', '2020-09-12T21:00'],
    ['Rates may rise in the future.', '2018-12-20', 'the future', 'FUTURE_REF'],
    // a month naming when a vote is held looks ahead unless a past word stands close before it; "that October" is the last-named year's
    ['Half the governors up for re-election in November oppose the bill.', '2022-02-10', 'November', '2022-11'],
    ['The party hopes to gain seats in the November midterms.', '2022-02-10', 'November', '2022-11'],
    ['She lost her bid for re-election in November.', '2022-02-10', 'November', '2021-11'],
    ['The council met in November to set the budget.', '2022-02-10', 'November', '2021-11'],
    ['The band toured Asia in 2016, and that October it split up.', '2020-09-14', 'October', '2016-10'],
    ['The mayor, a candidate in the party primary on June 3, spoke.', '2014-03-25', 'June 3', '2014-06-03'],
    ['The council approved the city housing plan on March 29.', '2012-08-14', 'March 29', '2012-03-29'],
    ['The governors plan to meet on Sept. 20.', '2020-09-16', 'Sept. 20', '2020-09-20'],
    // a fiscal quarter reported in the past tense is the one the story reports on, though the calendar quarter runs on
    ['The company reported a decline in fourth-quarter earnings. Sales in the latest period rose.', '1989-11-02', 'the latest period', '1989-Q4'],
    ['The firm has no estimate of the impact on fourth-quarter results. In the latest quarter, sales fell.', '1989-10-30', 'the latest quarter', '1989-Q3'],
    ['The firm expects a fourth-quarter charge. In the latest quarter, sales fell.', '1989-10-30', 'the latest quarter', '1989-Q3'],
    // a month's possessive, a spaced "mid afternoon", an unnamed time ahead, "until then"
    ['Analysts revised November’s figures down.', '2020-12-14', 'November', '2020-11'],
    ['By mid afternoon, the rain had stopped.', '2020-09-14', 'mid afternoon', '2020-09-14TAF'],
    ['The firm may raise money at a later date.', '2020-09-14', 'a later date', 'FUTURE_REF'],
    ['Electric cars will one day outsell the rest.', '2020-09-14', 'one day', 'FUTURE_REF'],
    ['The rights expire on Nov. 30. Until then, holders may convert.', '1989-11-02', 'then', '1989-11-30'],
    // vague spans without their preposition; "the latest period to $42 million" is still the period
    ['Profit rose in recent years.', '2020-09-14', 'recent years', 'PAST_REF'],
    ['Sell-offs happened in past years, too.', '2020-09-14', 'past years', 'PAST_REF'],
    ['Revenue rose 5% in the latest period to $42 million.', '1989-10-26', 'the latest period', '1989-Q3'],
    ['Holders may buy shares at the then-current price.', '2020-09-14', 'then-current', 'PAST_REF'],
    // a year back: the reported quarter's twin, the year when the sentence compares several quarters
    ['Third-quarter income was $8 million, compared with a loss of $2 million last year.', '2005-10-20', 'last year', '2004-Q3'],
    ['Third-quarter revenue fell. Sales were $3 billion, up from last year’s $2.5 billion.', '2005-10-20', 'last year', '2004-Q3'],
    ['Third-quarter revenue fell. For the nine months, profit was $9 million, against $7 million a year earlier.', '2005-10-20', 'a year earlier', '2004'],
    ['Third-quarter revenue fell. Last year the unit was sold.', '2005-10-20', 'Last year', '2004'],
    // "for the year", "of the year": the story's year; "that year": the year last named
    ['For the year, shipments were flat.', '2005-10-20', 'the year', '2005'],
    ['The shares hit a high for the year in May.', '2005-10-20', 'the year', '2005'],
    ['Exports peaked in 1996, and imports fell that year.', '2005-10-20', 'that year', '1996'],
    ['In the fiscal year ended Jan. 31, sales rose.', '2005-10-20', 'the fiscal year', 'P1Y'],
    ['Sales fell in the quarter ended Sept. 30.', '2005-10-20', 'the quarter', '2005-Q3'],
    ['Profit rose in the third quarter but fell short of the previous quarter.', '2005-10-20', 'the previous quarter', '2005-Q2'],
    ['Profit rose in the second quarter and will rise in the following quarter.', '2005-10-20', 'the following quarter', '2005-Q3'],
    ['Profit fell from the prior quarter.', '2005-10-20', 'the prior quarter', '2005-Q3'],
    ['Sales grew from the prior year.', '2005-10-20', 'the prior year', '2004'],
    ['The board met on Friday, Oct. 14, and the preceding Monday.', '2005-10-20', 'the preceding Monday', '2005-10-10'],
    ['Sales fell in the quarter ended July 31.', '2005-10-20', 'the quarter', '2005-Q2'],
    ['Sales fell in the quarter ended Jan. 31.', '2005-03-20', 'the quarter', '2004-Q4'],
    ['Sales will grow in the fiscal year.', '2005-10-20', 'the fiscal year', '2005'],
    ['Sales reached $2 billion in March 2001. Profit fell that month.', '2005-10-20', 'that month', '2001-03'],
    ['The war ended in 1975; that year’s harvest was poor.', '2005-10-20', 'that year', '1975'],
    // TIMEX3 as TimeML writes it: two-digit weeks, weekends, decades, centuries
    ['The bill passed last week.', '2020-02-26', 'last week', '2020-W08'],
    ['Rain fell over the weekend.', '1990-08-13', 'the weekend', '1990-W32-WE'],
    ['Prices rose in the 1990s.', '2020-09-14', 'the 1990s', '199'],
    ['It was built in the 19th century.', '2020-09-14', 'the 19th century', '18'],
    ['Costs will fall by half over the next decade.', '2011-06-17', 'next decade', 'P10Y'],
    ['Three parcels were mailed in the past week.', '2018-10-26', 'the past week', 'P1W'],
    ['Reports over the last month have worried donors.', '2018-10-26', 'the last month', 'P1M'],
    ['The board met last week.', '2018-10-26', 'last week', '2018-W42'],
    ['It was the worst storm of the past century.', '2011-06-17', 'the past century', 'P100Y'],
    ['Earlier this decade the plant closed.', '2019-06-17', 'Earlier this decade', '201'],
    // a date word inside a sentence, not a title
    ['This morning, he said no.', '2016-09-14', 'This morning', '2016-09-14TMO'],
    ['The "Monday" meeting was called off.', '2016-09-14', 'Monday', '2016-09-12'],
    ['In an interview with reporters Tuesday, he said no.', '2016-09-14', 'Tuesday', '2016-09-13'],
    // without a publication date nothing gets a year
    ['The vote was held Tuesday.', null, 'Tuesday', 'XXXX-WXX-2'],
    ['Prices fell yesterday.', null, 'yesterday', null],
    ['It will close next year.', null, 'next year', null],
  ];
  for (const [sentence, published, text, value] of positives) {
    it(`${JSON.stringify(text)} in ${JSON.stringify(sentence)} (${published}) → ${value}`, () => {
      const found = run(sentence, published);
      const hit = found.find((d) => d.text === text);
      assert.ok(hit, `not found; got ${JSON.stringify(found.map((d) => d.text))}`);
      assert.strictEqual(hit.value, value);
      assert.strictEqual(hit.anchor, published);
    });
  }

  const negatives: Array<[sentence: string, notText: string]> = [
    ['She may go to the market.', 'may'],
    ['May I ask a question?', 'May'],
    ['Theresa May said the talks were over.', 'May'],
    ['Protesters will march on the capital.', 'march'],
    ['Will Smith starred in the film.', 'Will'],
    ['The army sent 1,500 troops to the border.', '1,500'],
    ['The army sent 2000 troops to the border.', '2000'],
    ['The plant employs about 1990 people.', '1990'],
    ['The Sunday Times reported the deal.', 'Sunday'],
    ['He read it in USA Today on the train.', 'Today'],
    ['She appeared on ABC\'s "This Week" program.', 'This Week'],
    ['Prices may fall further next quarter.', 'fall'],
    ['The company previously said it would sell.', 'previously'],
    ['He will leave as soon as possible.', 'soon'],
    ['The Windows 2000 software was popular.', '2000'],
    ['The flights leave each Thursday from Bombay.', 'Thursday'],
    ['The cost was $1999 in total.', '1999'],
    ['The strike lasted one day in May.', 'one day'],
    ['He met April’s mother last year.', 'April'],
    ['Back then, nobody knew.', 'then'],
    ['He spent the week in Paris.', 'the week'],
    ['He spent the year in Paris.', 'the year'],
    ['Revenue for the year ended March 31 rose.', 'the year'],
    ['She was named person of the year.', 'the year'],
    ['Nobody could say that year.', 'that year'],
    ['The firm said that year-end results would be weak.', 'that year'],
    ['Police closed that quarter of the old town in May.', 'that quarter'],
    ['The vote will decide the future of the party.', 'future'],
    ['Updated 1052 GMT (1852 HKT), the report said.', '1852'],
    ['The short-term pain was worth it.', 'short-term'],
    ['The next day will be a long one.', 'next day'],
    ['She will spend the next day in hospital.', 'next day'],
    ['The panel met at 9 p.m. The next day, it voted.', 'next day'],
    ['The panel met the next day, Sept. 15, to vote.', 'next day'],
    ['Fighting resumed in 2012; the next day was calm.', 'next day'],
    ['Guests arrived the day before the wedding.', 'the day'],
    // issue 19: titles of shows and works
    ['He told NBC’s “Today” show that he would run.', 'Today'],
    ['In an interview with "Today," he said no.', 'Today'],
    ['She appeared on “Good Morning America” Monday.', 'Morning'],
    ['He told "Fox News Sunday" that he disagreed.', 'Sunday'],
    ['He told CBS This Morning that he disagreed.', 'This Morning'],
  ];
  for (const [sentence, notText] of negatives) {
    it(`no date ${JSON.stringify(notText)} in ${JSON.stringify(sentence)}`, () => {
      const found = run(sentence, '2020-09-14');
      assert.ok(!found.some((d) => d.text.includes(notText)), `found ${JSON.stringify(found.map((d) => d.text))}`);
    });
  }

  it('finds the reference story dates (no front matter)', () => {
    const dir = join(__dirname, '../../examples/tiktok-oracle');
    const path = join(dir, 'cbr-tiktok-oracle-partnership.article');
    const article = parseArticle(path, readFileSync(path, 'utf8'));
    const dates = extractDates(article);
    const byText = new Map(dates.map((d) => [d.text, d.value]));
    assert.strictEqual(byText.get('September 15'), 'XXXX-09-15');
    assert.ok(byText.has('last month'));
    assert.strictEqual(byText.get('the last 18 months'), 'P18M');
    assert.strictEqual(byText.get('today'), 'PRESENT_REF');
    const other = join(dir, 'bytedance-partners-tiktok.article');
    const b = extractDates(parseArticle(other, readFileSync(other, 'utf8')));
    const bText = new Map(b.map((d) => [d.text, d.value]));
    assert.strictEqual(bText.get('late August'), 'XXXX-08');
    assert.strictEqual(bText.get('early summer'), 'XXXX-SU');
    assert.strictEqual(bText.get('August 2018'), '2018-08');
  });

  it('returns sorted, non-overlapping spans whose text matches the article', () => {
    const text =
      '---\npublished: 2020-09-14\n---\nTitle\n\nOn Tuesday, Sept. 15, 2020, at 10 a.m. the firm said sales in the third quarter rose from a year earlier, and last month too.\n';
    const article = parseArticle('x.article', text);
    const dates = extractDates(article);
    assert.ok(dates.length >= 4);
    for (let i = 0; i < dates.length; i++) {
      assert.strictEqual(text.slice(dates[i].start, dates[i].end), dates[i].text);
      if (i > 0) assert.ok(dates[i].start >= dates[i - 1].end);
    }
  });

  it('is fast on a large article', () => {
    const para = 'The company said Tuesday that third-quarter profit rose 5% from a year earlier, and it expects sales to grow next year after a weak summer. ';
    const text = `---\npublished: 2020-09-14\n---\n${Array.from({ length: 200 }, () => para.repeat(5)).join('\n\n')}`;
    const article = parseArticle('big.article', text);
    const t0 = performance.now();
    const dates = extractDates(article);
    const ms = performance.now() - t0;
    assert.ok(dates.length > 1000);
    assert.ok(ms < 2000, `took ${ms} ms for ${text.length} chars`);
  });
});
