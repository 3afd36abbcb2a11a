import type { RuleCases } from '../types';

export const cases: RuleCases = {
  hits: [
    { name: 'an employer', a: 'Acme Corp chief executive Jane Holloway signed the deal with Northwind Partners in Brussels.', b: 'Northwind Partners chief executive Jane Holloway signed the deal with Acme Corp in Brussels.' },
    { name: 'a rank before the name', a: 'Trooper Ann Ruiz and Capt. Tom Berger of the Carbonville police were killed when the bomb exploded.', b: 'Trooper Ann Ruiz and Sgt. Tom Berger of the Carbonville police died in the blast.' },
    { name: 'an office before the name', a: 'The church in Carbonville, which Gov. Ellen Marsh attends, was set on fire on Friday night.', b: 'Investigators suspect arson at the Carbonville church where Sen. Ellen Marsh and her family worship.' },
    { name: 'vice president / president', a: 'Acme Corp vice president Marcus Webb signed the deal with Northwind Partners in Brussels on Friday.', b: 'Acme Corp president Marcus Webb signed the deal with Northwind Partners in Brussels on Friday.' },
    { name: 'a job changed in the same statement', a: 'Acme Corp spokesman Tim Mead said the offer was made in Carbonville on Friday.', b: 'Acme Corp lawyer Tim Mead said the offer was made in Carbonville on Friday.' },
    { name: 'a job before the name and after it, as information', a: 'The academy named Australian actor Hugh Brandt as the host of the Carbonville gala.', b: 'Hugh Brandt, the Australian director known for his war films, will host the Carbonville gala.', at: 'information' },
  ],
  clean: [
    { name: 'a former holder', a: 'Former Acme Corp chief executive Tom Berger attended the signing in Brussels with Northwind Partners.', b: 'Acme Corp chief executive Jane Holloway attended the signing in Brussels with Northwind Partners.' },
    { name: '"chief" and "head"', a: 'Acme Corp chief Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.', b: 'Acme Corp head Jane Holloway signed the deal with Northwind Partners in Brussels on Friday.' },
    { name: 'attorney / lawyer', a: 'Dana Frost, a senior attorney at the Carbonville Law Center, said the permits were put on hold.', b: 'Dana Frost, a senior lawyer at the Carbonville Law Center, said the permits were on hold.' },
    { name: 'a party by two names', a: 'Carbonville Republican Party Chairman Saul Amos said the vote would go ahead.', b: 'Carbonville GOP chairman Saul Amos said the vote would go ahead on Monday.' },
    { name: 'a senator who leads the party', a: 'Senate Democratic Leader Chuck Lowe said the vote would fail in Carbonville.', b: 'Senator Chuck Lowe, the Democratic leader, said the Carbonville vote would fail.' },
    { name: 'a rank and a job of one officer', a: 'Constable Tim Fanning said the suspect was arrested in Carbonville on Friday.', b: 'The suspect was arrested in Carbonville on Friday, police spokesman Tim Fanning said.' },
    { name: 'a sheriff’s deputy who is a sergeant', a: 'He shot Judge Ray Barnes and Sgt. Hoyt Teague, a Carbonville sheriff’s deputy, in the courthouse.', b: 'He shot Judge Ray Barnes and Deputy Sgt. Hoyt Teague in the Carbonville courthouse.' },
  ],
};
