import type { RuleCases } from '../types';

export const cases: RuleCases = {
  hits: [
    {
      name: 'an employer',
      a: 'Acme Corp chief executive Jane Holloway signed the deal with Northwind Partners in Brussels.',
      b: 'Northwind Partners chief executive Jane Holloway signed the deal with Acme Corp in Brussels.',
    },
    {
      name: 'a rank before the name',
      a: 'Trooper Ann Ruiz and Capt. Tom Berger of the Carbonville police were killed when the bomb exploded.',
      b: 'Trooper Ann Ruiz and Sgt. Tom Berger of the Carbonville police died in the blast.',
    },
    {
      name: 'an office before the name',
      a: 'The church in Carbonville, which Gov. Ellen Marsh attends, was set on fire on Friday night.',
      b: 'Investigators suspect arson at the Carbonville church where Sen. Ellen Marsh and her family worship.',
    },
    {
      name: 'vice president / president',
      a: 'Acme Corp vice president Marcus Webb signed the deal with Northwind Partners in Brussels on Friday.',
      b: 'Acme Corp president Marcus Webb signed the deal with Northwind Partners in Brussels on Friday.',
    },
    {
      name: 'a job changed in the same statement',
      a: 'Acme Corp spokesman Tim Mead said the offer was made in Carbonville on Friday.',
      b: 'Acme Corp lawyer Tim Mead said the offer was made in Carbonville on Friday.',
    },
    {
      name: 'a position on the team',
      a: 'Last season, quarterback Troy Wendell was suspended from the Carbonville Bowl for accepting money from a booster.',
      b: 'Last season, receiver Troy Wendell was suspended from the Carbonville Bowl for accepting money from a booster.',
    },
    {
      name: 'a relation after the name',
      a: '"We respect the decision of the jury," Chela Ortman, the deputy\'s wife, said afterward in Carbonville.',
      b: '"We respect the decision of the jury," Chela Ortman, the deputy\'s sister, said afterward in Carbonville.',
    },
    {
      name: 'two former holders',
      a: 'Ron Ashby, the former actor and award-winning director of "Stone Hill", said the strike would be horrible for Carbonville.',
      b: 'Ron Ashby, the former director and award-winning director of "Stone Hill", said the strike would be horrible for Carbonville.',
    },
    {
      name: 'a job before the name and after it, as information',
      a: 'The academy named Australian actor Hugh Brandt as the host of the Carbonville gala.',
      b: 'Hugh Brandt, the Australian director known for his war films, will host the Carbonville gala.',
      at: 'information',
    },
  ],
  clean: [
    {
      name: 'a state and a party qualify one representative together',
      a: 'Ohio Rep. Tom Bell resigned from Congress on Friday after the ethics report.',
      b: 'GOP Rep. Tom Bell resigned from Congress on Friday after the ethics report.',
    },
    {
      name: 'a former holder',
      a: 'Former Acme Corp chief executive Tom Berger attended the signing in Brussels with Northwind Partners.',
      b: 'Acme Corp chief executive Jane Holloway attended the signing in Brussels with Northwind Partners.',
    },
    {
      name: '"chief" and "head"',
      a: 'Acme Corp chief Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.',
      b: 'Acme Corp head Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.',
    },
    {
      name: 'attorney / lawyer',
      a: 'Dana Frost, a senior attorney at the Carbonville Law Center, said the permits were put on hold.',
      b: 'Dana Frost, a senior lawyer at the Carbonville Law Center, said the permits were on hold.',
    },
    {
      name: 'a party by two names',
      a: 'Carbonville Republican Party Chairman Saul Amos said the vote would go ahead.',
      b: 'Carbonville GOP chairman Saul Amos said the vote would go ahead on Monday.',
    },
    {
      name: 'a senator who leads the party',
      a: 'Senate Democratic Leader Chuck Lowe said the vote would fail in Carbonville.',
      b: 'Senator Chuck Lowe, the Democratic leader, said the Carbonville vote would fail.',
    },
    {
      name: 'a rank and a job of one officer',
      a: 'Constable Tim Fanning said the suspect was arrested in Carbonville on Friday.',
      b: 'The suspect was arrested in Carbonville on Friday, police spokesman Tim Fanning said.',
    },
    {
      name: 'a catcher who is also the captain',
      a: 'Boras also represents catcher Jason Vardy, the Carbonville Sox captain who declined an offer of arbitration.',
      b: 'Boras also represents catcher Jason Vardy, who declined an offer of arbitration from the Carbonville Sox.',
    },
    {
      name: 'a title both give and one only one gives',
      a: 'Catcher Jason Vardy, the Carbonville Sox captain, declined an offer of arbitration on Monday.',
      b: 'Jason Vardy, the Carbonville Sox captain, declined an offer of arbitration on Monday.',
    },
    {
      name: 'a former holder and a current one',
      a: 'Ron Ashby, the former actor, said the strike would be horrible for Carbonville.',
      b: 'Ron Ashby, the director, said the strike would be horrible for Carbonville.',
    },
    {
      name: 'a sheriff’s deputy who is a sergeant',
      a: 'He shot Judge Ray Barnes and Sgt. Hoyt Teague, a Carbonville sheriff’s deputy, in the courthouse.',
      b: 'He shot Judge Ray Barnes and Deputy Sgt. Hoyt Teague in the Carbonville courthouse.',
    },
  ],
};
