import type { RuleCases } from '../types';

/** Sources name their speakers in full before quoting them by surname. */
const LEAD = 'Jane Holloway of Acme Corp and Marcus Webb of Northwind Partners spoke after the vote. ';

export const cases: RuleCases = {
  hits: [
    {
      name: 'the speaker swapped',
      a: `${LEAD}“This agreement protects every worker at the plant in Carbonville,” Holloway said.`,
      b: `${LEAD}“This agreement protects every worker at the plant in Carbonville,” said Marcus Webb.`,
    },
    {
      name: 'a quoted sentence of plain words',
      a: `${LEAD}“I was just so scared when the roof of the plant came down,” Holloway said of the fire at the Acme Corp plant.`,
      b: `${LEAD}“I was just so scared when the roof of the plant came down,” Marcus Webb said of the fire at the Acme Corp plant.`,
    },
    {
      name: 'a speaker named with a title and employer, and the quotation reworded a little',
      a: '“Many agencies do not have the scientific expertise to judge the consequences of these projects,” said Lena Ortiz, a professor at Carbonville University.',
      b: '“Many agencies do not have the scientific expertise to judge the consequences of the projects,” said Carbonville University professor Tom Berger.',
    },
    {
      name: 'a short quotation, as information',
      a: `${LEAD}“It is very, very sad,” Holloway said.`,
      b: `${LEAD}“It is very, very sad,” Marcus Webb said.`,
      at: 'information',
    },
    {
      name: 'a reported statement',
      a: `${LEAD}Holloway said the plant near Carbonville is about 30 years old and will be rebuilt.`,
      b: `${LEAD}Marcus Webb said the plant near Carbonville is about 30 years old and will be rebuilt.`,
    },
    {
      name: 'a reported statement closing on its speaker against one opening on it',
      a: `${LEAD}The plant near Carbonville is about 30 years old and will be rebuilt, Holloway said.`,
      b: `${LEAD}Marcus Webb said the plant near Carbonville is about 30 years old and will be rebuilt.`,
    },
    {
      name: 'a person against an organization nothing ties them to, as information',
      a: 'Marcus Webb praised the Northwind Alliance for the vote.\n\n“Today marks a turning point for every worker in Carbonville,” Webb said.',
      b: '“Today marks a turning point for every worker in Carbonville,” the Northwind Alliance said in a statement.',
      at: 'information',
    },
  ],
  clean: [
    {
      name: 'a surname and the full name with a title',
      a: '“This agreement protects every worker at the plant in Carbonville,” Holloway said.',
      b: '“This agreement protects every worker at the plant in Carbonville,” said Acme chief executive Jane Holloway.',
    },
    {
      name: 'a quoted phrase, not a statement',
      a: 'Holloway said the “midnight rules” of Northwind Partners hurt the plant in Carbonville.',
      b: 'Marcus Webb called them “midnight rules” that Acme Corp would fight in Brussels.',
    },
    {
      name: 'a joint statement',
      a: '“This agreement protects every worker at the plant in Carbonville,” said Holloway and Marcus Webb.',
      b: '“This agreement protects every worker at the plant in Carbonville,” said Marcus Webb and Holloway.',
    },
    {
      name: 'an organization and its president',
      a: '“Married couples will now be treated equally under our tax laws,” said Carbonville Rights Alliance President Dana Frost.',
      b: '“Married couples will now be treated equally under our tax laws,” said Dana Frost, the president of the Carbonville Rights Alliance.',
    },
    {
      name: 'one phrase used by two people',
      a: '“This is a gross abuse of power that cannot be tolerated,” Marcus Webb said of the Carbonville vote.',
      b: 'Holloway called the Carbonville vote a “gross abuse of the power of the council.”',
    },
    {
      name: 'an attribution naming both people',
      a: 'Holloway’s lawyer, Marcus Webb, said in a statement that “the charges against my client are baseless and politically motivated.”',
      b: '“The charges against my client are baseless and politically motivated,” Webb said.',
    },
    {
      name: 'two people reporting different things',
      a: `${LEAD}Holloway said the plant near Carbonville is about 30 years old.`,
      b: `${LEAD}Marcus Webb said the talks with Northwind Partners would resume in Brussels.`,
    },
    { name: 'a short reported statement', a: `${LEAD}Holloway said the plant was closed.`, b: `${LEAD}Marcus Webb said the plant was closed.` },
    {
      name: 'a statement given jointly',
      a: `${LEAD}The plant near Carbonville is about 30 years old and will be rebuilt, Holloway and Marcus Webb said.`,
      b: `${LEAD}The plant near Carbonville is about 30 years old and will be rebuilt, Marcus Webb said.`,
    },
    {
      name: 'one name spelled two ways',
      a: `${LEAD}Marcus Webb said the plant near Carbonville is about 30 years old.`,
      b: `${LEAD}Marcus Web said the plant near Carbonville is about 30 years old.`,
    },
    {
      name: 'an organization against its president, tied together elsewhere in a source (not even information)',
      a: 'Marcus Webb, president of the Northwind Alliance, praised the vote.\n\n“Today marks a turning point for every worker in Carbonville,” Webb said.',
      b: '“Today marks a turning point for every worker in Carbonville,” the Northwind Alliance said in a statement.',
      at: 'information',
    },
  ],
};
