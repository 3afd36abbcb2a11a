import type { RuleCases } from '../types';

export const cases: RuleCases = {
  hits: [
    {
      name: 'a figure that does not round to the other',
      a: 'Turnout in the Carbonville referendum was 35.7 percent, the election office said on Monday.',
      b: 'Turnout in the Carbonville referendum was 38 percent, the election office said on Monday.',
    },
    {
      name: 'a single significant digit is no rounding of the other',
      a: 'The storm destroyed 4,500 homes along the northern coast of the island.',
      b: 'The storm destroyed 5,000 homes along the northern coast of the island.',
    },
    {
      name: 'a span of days',
      a: 'The last five days have been a wild ride for Carbonville fans, as the coach was told he would not return.',
      b: 'The last eight days have been a wild ride for Carbonville fans, as the coach was told he would not return.',
    },
    {
      name: 'the years an offer runs ("over seven years" is no lower bound)',
      a: 'The Carbonville Rovers offered Marcus Webb between $140 and $150 million over seven years.',
      b: 'The Carbonville Rovers offered Marcus Webb between $140 and $150 million over nine years.',
    },
    {
      name: 'digits',
      a: 'The storm destroyed 4,000 homes along the northern coast of the island.',
      b: 'The storm destroyed 7,000 homes along the northern coast of the island.',
    },
    {
      name: 'numbers in words',
      a: 'Rescue teams pulled five miners from the flooded shaft near Carbonville overnight.',
      b: 'Rescue teams pulled eight miners from the flooded shaft near Carbonville overnight.',
    },
    {
      name: 'ordinals past the fifteenth, in words',
      a: 'Ana Petrova won her seventeenth title in Carbonville on Sunday, beating the top seed in two sets.',
      b: 'Ana Petrova won her eighteenth title in Carbonville on Sunday, beating the top seed in two sets.',
    },
    {
      name: 'money',
      a: 'Northwind Partners offered $184 million for the cable network owned by Acme Corp.',
      b: 'Northwind Partners offered $210 million for the cable network owned by Acme Corp.',
    },
    {
      name: 'the same fact in other words',
      a: 'The county offered a $20,000 reward for information leading to the arrest of the arsonist, the fire marshal said.',
      b: 'A reward of $45,000 is on offer for information leading to an arrest, said the marshal of the county fire service.',
    },
    {
      name: 'two quantities of one unit, one changed',
      a: 'Judge Rowe gave Carl Benning five life sentences and two sentences of life without parole on Monday.',
      b: 'Carl Benning received five life sentences and six sentences of life without parole from Judge Rowe on Monday.',
    },
    {
      name: 'the one counterpart in loosely aligned sentences, "another" sum beside it (information)',
      a: 'By declaring the emergency, Holloway would unlock money from the army’s building budget in Carbonville, some $3.5 billion.',
      b: 'The emergency order lets the Holloway government spend $4.8 billion from army building projects in Carbonville on the wall, along with another $2.5 billion set aside for drug control, an aide said.',
      at: 'information',
    },
    {
      name: 'a distance in another system of units that does not convert to it',
      a: 'Holloway won the 10-mile race in Carbonville on Sunday.',
      b: 'Holloway won the 25-kilometre race in Carbonville on Sunday.',
    },
    {
      name: 'a fight of years before told by both sources',
      a: 'In 2008, Holloway knocked out Petrov with 11 punches in Carbonville.',
      b: 'In 2008, Holloway knocked out Petrov with 6 punches in Carbonville.',
      published: ['2012-07-07', '2012-07-08'],
    },
    {
      name: 'an age in apposition',
      a: 'The driver, Paul Okafor, 42, was taken to Mercy Hospital in Carbonville with burns.',
      b: 'Paul Okafor, 24, the driver, was taken to Mercy Hospital with burns, police in Carbonville said.',
    },
    {
      name: 'an age as a hyphenated word',
      a: 'The 31-year-old goalkeeper Ivan Petrov left Carbonville Rovers for Northwind United on Friday.',
      b: 'Carbonville Rovers sold the 37-year-old goalkeeper Ivan Petrov to Northwind United on Friday.',
    },
    {
      name: 'people counted by different nouns',
      a: 'The prisoner drew a knife on four guards during the transfer to the Carbonville jail.',
      b: 'During the transfer to the Carbonville jail the prisoner drew a knife on nine officers.',
    },
    {
      name: 'a number inside a hyphenated compound',
      a: 'The council will be elected on a three-party basis for the first time, the commission in Carbonville said.',
      b: 'For the first time the council will be elected on a five-party basis, the commission in Carbonville said.',
    },
    {
      name: 'an exact count against a lower bound it falls short of',
      a: 'The earthquake near Carbonville killed 6 people and injured dozens, officials said on Sunday.',
      b: 'The earthquake near Carbonville killed at least 11 people, officials said on Sunday.',
    },
    {
      name: "a quake's magnitude, said two ways",
      a: 'An earthquake measuring 5.6 on the Richter scale shook the island of Carbonville on Sunday, officials said.',
      b: 'An earthquake with a magnitude of 7.1 shook the island of Carbonville early on Sunday, damaging homes in villages, officials said.',
    },
    {
      name: 'figures in a parenthetical belong to the name before it (two bids a side: information)',
      at: 'information',
      a: 'Two other clubs bid for Marcus Webb: the Carbonville Rovers (seven years, $140 million) and the Denver Falcons (eight years, $160 million).',
      b: 'The Falcons reportedly bid $80 million over eight years for Marcus Webb, the Rovers $140 million over seven years.',
    },
    {
      name: 'the years an offer runs, owned by the club whose offer it times',
      a: 'Two other clubs bid for Marcus Webb: the Carbonville Rovers (seven years, $140 million) and the Denver Falcons (eight years, $160 million).',
      b: 'The Falcons reportedly bid $160 million over eight years for Marcus Webb, the Rovers $140 million over eleven years.',
    },
  ],
  clean: [
    {
      name: 'a percentage rounded to the unit',
      a: 'Turnout in the Carbonville referendum was 35.7 percent, the election office said on Monday.',
      b: 'Turnout in the Carbonville referendum was 36 percent, the election office said on Monday.',
    },
    {
      name: 'money rounded to a tenth of a billion',
      a: 'Acme Corp will spend $3.57 billion on the Carbonville plant, its chief executive said.',
      b: 'Acme Corp will spend $3.6 billion on the Carbonville plant, its chief executive said.',
    },
    {
      name: "one club's figures against another's, in parentheticals",
      a: 'Two other clubs bid for Marcus Webb: the Carbonville Rovers (seven years, $140 million) and the Denver Falcons (eight years, $160 million).',
      b: 'The Falcons reportedly bid $160 million over eight years for Marcus Webb, the Rovers $140 million over seven years.',
    },
    {
      name: 'a count over a period only one source names',
      a: 'Holloway of Acme Corp had been fined four times by regulators in Carbonville, officials said.',
      b: 'Holloway of Acme Corp had been fined three times since October by regulators in Carbonville, officials said.',
    },
    {
      name: 'a part counted against the whole',
      a: 'Holloway spent her first 11 seasons at Acme Corp before Northwind Partners hired her in Carbonville.',
      b: 'Holloway spent 15 seasons at Acme Corp, the first 11 before Northwind Partners hired her in Carbonville.',
    },
    {
      name: 'an approximation',
      a: 'The storm destroyed about 4,000 homes along the northern coast of the island.',
      b: 'The storm destroyed 4,200 homes along the northern coast of the island.',
    },
    {
      name: 'two lower bounds',
      a: 'The earthquake near Carbonville killed at least 3 people, officials said on Sunday.',
      b: 'The earthquake near Carbonville killed at least 11 people, officials said on Sunday.',
    },
    {
      name: 'a value inside a range',
      a: 'Acme Corp offered between $140 million and $150 million for the Carbonville plant.',
      b: 'Acme Corp offered $145 million for the Carbonville plant, people close to the talks said.',
    },
    {
      name: 'the same list',
      a: 'Acme Corp has 3 plants and 12 offices in the region near Carbonville, Holloway said.',
      b: 'Acme Corp has 3 plants and 12 offices in the region near Carbonville, Holloway said.',
    },
    {
      name: 'different owners',
      a: 'Acme Corp shares rose 3 percent in Frankfurt after the meeting with the European Commission.',
      b: 'Northwind Partners shares rose 5 percent in Frankfurt after the meeting with the European Commission.',
    },
    {
      name: 'a share of another group',
      a: 'Holloway won 21 percent of registered voters in Carbonville, the survey found.',
      b: 'Among union members in Carbonville, the survey found, Holloway won 34 percent.',
    },
    {
      name: 'a running total against one occasion',
      a: 'The navy seized 900 rounds of ammunition from the pirates so far this year.',
      b: 'The navy seized 300 rounds of ammunition from the pirates on Tuesday.',
    },
    {
      name: 'a contract and an offer of different lengths',
      a: 'Marcus Webb wants a 10-year contract from Carbonville Rovers, his agent said.',
      b: 'Carbonville Rovers have an eight-year offer on the table for Marcus Webb, his agent said.',
    },
    {
      name: 'two different times',
      a: 'In 2009, Petrov stopped Webb in the 11th round in Carbonville.',
      b: 'Petrov stopped Webb in the sixth round in Carbonville on Saturday.',
    },
    {
      name: 'a part of a whole ("three of the seven")',
      a: 'Police fired seven bullets at the car in Carbonville, officials said.',
      b: 'Three of the seven bullets hit the car in Carbonville, officials said.',
    },
    {
      name: 'ordinals picking one of many with no owner',
      a: 'Ivan Petrov almost eagled the 18th hole at Carbonville on Thursday and settled for a birdie.',
      b: 'Petrov struggled early at Carbonville on Thursday, bogeying the seventh hole before a late birdie.',
    },
    {
      name: 'bare numbers in loosely aligned sentences',
      a: 'Petrov stood two strokes ahead of Marcus Webb and three up on Holloway at Carbonville.',
      b: 'Marcus Webb shot a 67 at Carbonville to stand alone behind Petrov and Holloway.',
    },
    {
      name: 'the other source gives the figure in the next sentence of the paragraph',
      a: 'The spending bill passed by the council included none of the $5.7 million that Holloway demanded for 234 miles of fence in Carbonville. Instead, it provided $1.375 million for about 55 miles of fence.',
      b: 'The spending bill, as it stands, is enough to build just 55 miles of fence in Carbonville, well short of what Holloway demanded.',
    },
    {
      name: 'an area in square feet and in square metres',
      a: 'The 170,000-square-foot building houses the laboratory in Carbonville, Holloway said.',
      b: 'The 15,800-square-metre building houses the laboratory in Carbonville, Holloway said.',
    },
    {
      name: 'a rounded conversion of a distance',
      a: 'The fence in Carbonville runs 1 mile along the river, Holloway said.',
      b: 'The fence in Carbonville runs 2 km along the river, Holloway said.',
    },
    {
      name: 'a fight of years before against the undated news of the day',
      a: 'In 2008, Holloway knocked out Petrov with 11 punches in Carbonville.',
      b: 'Holloway knocks out Petrov with 6 punches in Carbonville',
      published: ['2012-07-07', '2012-07-08'],
    },
  ],
};
