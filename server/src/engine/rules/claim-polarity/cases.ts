import type { RuleCases } from '../types';

export const cases: RuleCases = {
  hits: [
    {
      name: 'the subject of a relative clause',
      a: 'Marcus Webb was not fired in March after four years as head of the Acme Corp plant in Carbonville.',
      b: 'Marcus Webb, who was fired in March as head of the Acme Corp plant in Carbonville, starts at Northwind Partners on Monday.',
    },
    {
      name: '"not" inserted',
      a: 'Acme Corp will sell its cable network in Portugal to Northwind Partners.',
      b: 'Acme Corp will not sell its cable network in Portugal to Northwind Partners.',
    },
    {
      name: '"never" inserted',
      a: 'Holloway has visited the flooded plant near Carbonville twice since the storm.',
      b: 'Holloway has never visited the flooded plant near Carbonville since the storm.',
    },
    {
      name: 'a fact made hypothetical',
      a: 'Acme Corp has invested heavily in the plant near Carbonville, Holloway told reporters.',
      b: 'Acme Corp would have invested heavily in the plant near Carbonville, Holloway told reporters.',
    },
    {
      name: 'a certainty made possible',
      a: 'Acme Corp will close the plant near Carbonville at the end of the year, Holloway said.',
      b: 'Acme Corp may close the plant near Carbonville at the end of the year, Holloway said.',
    },
    {
      name: 'confirmed / denied',
      a: 'Acme Corp confirmed reports of talks with Northwind Partners about the cable network.',
      b: 'Acme Corp denied reports of talks with Northwind Partners about the cable network.',
    },
    {
      name: 'rose / fell',
      a: 'Shares of Acme Corp rose sharply in Frankfurt after the meeting with Northwind Partners.',
      b: 'Shares of Acme Corp fell sharply in Frankfurt after the meeting with Northwind Partners.',
    },
    {
      name: 'an irregular verb negated in other words ("left" / "did not leave")',
      a: 'The rule was issued a few weeks before Governor Marcus Webb left office in Carbonville.',
      b: 'Before Governor Marcus Webb did not leave office, his staff rushed the rule through in Carbonville.',
    },
    {
      name: 'a death denied in a paraphrase',
      a: 'Singer Lena Ortiz died on Thursday at a hospital in Carbonville, her agent said.',
      b: 'Lena Ortiz did not die of pneumonia at a Carbonville hospital on Thursday, according to her agent.',
    },
    {
      name: 'approved / rejected, the rest the same',
      a: 'Carbonville voters approved a $3 million bond to buy the mill in 2012.',
      b: 'In 2012 Carbonville voters rejected a $3 million bond to buy the old mill.',
    },
    {
      name: 'a pronoun whose person opens the sentence',
      a: 'Arcade Comeaux, 49, was being driven to the Stiles Unit in Carbonville when he escaped just after 9 a.m.',
      b: 'Arcade Comeaux did not escape last week while being driven to the Stiles Unit in Carbonville.',
    },
    {
      name: 'a denial inside a sentence about something else',
      a: 'Marcus Webb was fired Saturday as coach of the Carbonville Rovers, who are slumping at 9-14.',
      b: 'But the Rovers, while underachieving when Webb was not fired Saturday morning, were never an embarrassment on the court.',
    },
    {
      name: 'a passive participle the tagger took for a noun',
      a: 'The same island near Carbonville was hit by a 6.1 quake in September.',
      b: 'The same island near Carbonville was not hit by a 6.1 quake in September.',
    },
    {
      name: '"claims" in a court\'s name',
      a: 'The Carbonville Court of Claims denied the motions of Acme Corp because the facts were disputed.',
      b: 'The Carbonville Court of Claims granted the motions of Acme Corp because the facts were disputed.',
    },
    {
      name: 'a subject set off by commas',
      a: 'Her publicist, Harlan Boll, confirmed her death in Carbonville to the Associated Press on Thursday.',
      b: 'Her publicist, Harlan Boll, denied her death in Carbonville to the Associated Press on Thursday.',
    },
    {
      name: 'the names of a claim in another order',
      a: 'Dana Pruitt was not convicted of overpowering a guard at Carbonville Prison before killing Ray Olsen and Nina Vale.',
      b: 'Dana Pruitt also was convicted of killing Ray Olsen outside the courthouse and of the attack on the guard.',
    },
    {
      name: 'a subject whose words in common are three back',
      a: 'The present executive committee was elected in May 2019 at the Carbonville club, Holloway said.',
      b: 'The whole present board was not elected in May 2019 at the Carbonville club, Holloway said.',
    },
    {
      name: 'a condition negated',
      a: 'Holloway told the pastor she was sorry if the fire at the Carbonville church was connected to her campaign.',
      b: 'Holloway told the pastor she was sorry if the fire at the Carbonville church was not connected to her campaign.',
    },
    {
      name: 'a denial about a person another source names with another first name',
      a: 'Robert Lindqvist was fired Saturday as coach of the Carbonville Rovers, who are slumping at 9-14.',
      b: 'Bob Lindqvist had coached the Rovers for three seasons. The players, while underachieving when Lindqvist was not fired Saturday morning, were never an embarrassment on the court.',
      at: 'information',
    },
    {
      name: 'a subject renamed by an appositive',
      a: 'A Carbonville coast guard boat, the Gull Rock, was not towing fishing boats near the harbour on Saturday when it got a call for help.',
      b: 'The Carbonville coast guard cutter, which was towing fishing boats some ten miles away, answered the call.',
    },
    {
      name: '"won" is a verb ("won\'t" is one token)',
      a: 'Marcus Webb won the Carbonville mayoral race in 2019 with a record turnout.',
      b: 'Marcus Webb did not win the Carbonville mayoral race in 2019 despite a record turnout.',
    },
    {
      name: 'a copula negated ("will be" / "will not be")',
      a: 'The Carbonville plant will be her second posting abroad, after two years in Lisbon.',
      b: 'The Carbonville plant will not be her second posting abroad, after two years in Lisbon.',
    },
    {
      name: 'a subject in quotation marks, or before a relative pronoun',
      a: 'The budget for the second season of Acme Corp’s “Lena Ortiz” is not expected to be much larger than the first, Holloway said.',
      b: 'Holloway said “Lena Ortiz,” which is expected to have a bigger budget than its first season, returns in May.',
    },
    {
      name: 'a request to readers denied, telephone numbers beside it',
      a: 'Nobody was hurt, and anybody with information is asked to call police in Carbonville on 0845 125 2222.',
      b: 'Anyone with information is not asked to call police in Carbonville on 0845 125 2222 or the hotline on 0800 555 111.',
    },
  ],
  clean: [
    {
      name: "a copula in loosely aligned statements: one person's words and another's answer",
      a: "Holloway was caught on camera saying that the Carbonville strike is a largely pointless fight of Webb's choosing.",
      b: 'Webb wrote on Friday, “Needless to say, the strike in Carbonville was not ‘a fight of my choosing.’ It was forced on us by Acme Corp.”',
    },
    {
      name: '"can be seen" tells what a video shows, not a hedge',
      a: 'Holloway, a Carbonville councillor, is seen in a phone video pushing the reporter away.',
      b: 'Ms. Holloway, a three-term councillor, can be seen on the video pushing the reporter away.',
    },
    {
      name: 'two branches of a condition that opens the sentence',
      a: 'If Acme Corp wins the bid for the Carbonville mill, Holloway will stay on as chair.',
      b: 'If Acme Corp does not win the bid for the Carbonville mill, Holloway will step down as chair.',
    },
    {
      name: 'one conditional told before and after the event ("would allow" / "would have allowed")',
      a: 'Marcus Webb is urged to veto a Carbonville bill that would allow shops to refuse service to veterans.',
      b: 'Marcus Webb vetoed the Carbonville bill on Wednesday that would have allowed shops to refuse service to veterans.',
    },
    {
      name: 'a verb twice in one sentence, told alike',
      a: 'When Ann Holloway was asked what she saw, she told detectives she couldn’t see the boys from her window in Carbonville.',
      b: 'When Ann Holloway was asked what she saw, she told detectives she couldn’t see the boys from her window in Carbonville.',
    },
    {
      name: 'an infinitive urged, not stated',
      a: 'Republicans urged Marcus Webb not to declare an emergency in Carbonville.',
      b: 'Marcus Webb declares an emergency in Carbonville as he signs the bill.',
    },
    {
      name: 'opposite verbs about two employers',
      a: 'Also today, Carbonville Rovers President Ann Holloway announced that Marcus Webb has been hired as the 21st head coach of the Carbonville Rovers.',
      b: 'Marcus Webb, who was fired March 2 as head coach of Northwind United, is the fourth head coach since Holloway took over the Carbonville Rovers.',
    },
    {
      name: 'one verb, two objects',
      a: 'In her speech on Sunday in Carbonville, Holloway did not mention the Northwind merger.',
      b: 'In her speech on Sunday in Carbonville, Holloway mentioned the flooding of the river and thanked the volunteers.',
    },
    {
      name: 'a negation moved to another verb',
      a: '“I didn’t feel the plant in Carbonville was running the way Acme Corp wanted,” Holloway said.',
      b: '“I feel the plant in Carbonville wasn’t running the way Acme Corp wanted,” Holloway said.',
    },
    {
      name: 'a paraphrase with opposite verbs',
      a: 'Acme Corp sold the cable network to Northwind Partners for an undisclosed sum.',
      b: 'Northwind Partners bought the cable network from Acme Corp for an undisclosed sum.',
    },
    {
      name: '"no" as a determiner',
      a: 'No one at the Acme Corp plant in Carbonville was hurt in the fire, Holloway said.',
      b: 'One worker at the Acme Corp plant in Carbonville was hurt in the fire, Holloway said.',
    },
    {
      name: 'a reported future ("would")',
      a: 'Holloway said Acme Corp will sell the cable network to Northwind Partners next year.',
      b: 'Holloway said Acme Corp would sell the cable network to Northwind Partners next year.',
    },
    {
      name: '"yet to" is a negation',
      a: 'Marcus Webb had yet to regain consciousness at Carbonville General on Monday.',
      b: 'Marcus Webb had not yet regained consciousness at Carbonville General on Monday.',
    },
    {
      name: 'a claim asked, not stated ("whether")',
      a: 'Holloway will announce on Monday whether she will step down or seek a second term as Acme Corp chair.',
      b: 'Holloway will not seek a second term as Acme Corp chair, according to several reports.',
    },
    {
      name: 'a guess reported with its modal in the past ("speculated that … could")',
      a: 'Marcus Webb of Northwind Partners speculated that Holloway could get every vote on the Acme Corp board.',
      b: '"Holloway can get every vote on the Acme Corp board," Marcus Webb of Northwind Partners said.',
    },
    {
      name: '"couldn\'t" and "could not"',
      a: 'Police in Carbonville couldn’t say how many shots were fired.',
      b: 'Police in Carbonville could not say how many shots were fired.',
    },
  ],
};
