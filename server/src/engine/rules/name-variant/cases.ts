import type { RuleCases } from '../types';

/** Sources that write a name several times: a slip is the spelling one of them writes beside the other. */
const LEAD = 'Northwind Partners bought the plant in Carbonville. ';

export const cases: RuleCases = {
  hits: [
    {
      name: 'letters swapped in a name',
      a: `${LEAD}Northwind Partners will keep every worker, Northwind Partners said.`,
      b: `${LEAD}Nortwhind Partners will keep every worker.`,
      at: 'information',
      oneSided: true,
    },
    {
      name: 'a surname misspelled beside the right spelling',
      a: 'Jane Holloway said the plant would stay open. Holloway met the workers.',
      b: 'Jane Holloway said the plant would stay open. Hollowey met the workers.',
      at: 'information',
      oneSided: true,
    },
    {
      name: 'a misspelled first name that is no name',
      a: 'The plant manager, Chris Weller, said the roof gave way.',
      b: 'The plant manager, Chros Weller, said the roof gave way on Friday.',
      at: 'information',
      oneSided: true,
    },
    {
      name: 'a name misspelled in the same sentence of the other source',
      a: 'The deal was signed by Bina Mathews of Northwind Partners in Brussels on Friday evening.',
      b: 'The deal was signed by Bina Mathws of Northwind Partners in Brussels on Friday evening.',
      at: 'information',
      oneSided: true,
    },
    {
      name: 'a word of an organization name misspelled',
      a: 'Residents of Dubai and the Northern Emirates also felt the quake on Friday evening, officials said.',
      b: 'Residents of Dubai and the Northern Emrates also felt the quake on Friday evening, officials said.',
      at: 'information',
      oneSided: true,
    },
    {
      name: 'a name after a quotation opened by an apostrophe',
      a: "'We will rebuild the plant,' Craft said of the storm damage near Carbonville on Friday evening.",
      b: "'We will rebuild the plant,' Crft said of the storm damage near Carbonville on Friday evening.",
      at: 'information',
      oneSided: true,
    },
  ],
  clean: [
    { name: 'a country and its demonym', a: 'The Australian partner of Acme Corp agreed.', b: 'The partner of Acme Corp in Australia agreed.' },
    {
      name: 'a common word capitalized at the start of a sentence',
      a: 'White House officials met Acme Corp. While the talks went on, the plant closed.',
      b: 'White House officials met Acme Corp on Friday.',
    },
    { name: 'two first names', a: 'Carolyn Maloney of Acme Corp said the plant would close.', b: 'The plant would close, Carolina Maloney of Acme Corp said.' },
    {
      name: 'two house styles, each kept',
      a: 'Reince Priebus met Acme Corp. Priebus said the plant would close. Priebus left.',
      b: 'Reince Preibus met Acme Corp. Preibus said the plant would close. Preibus left.',
    },
    { name: 'an inflection', a: 'The Oscars went to Carbonville films this year.', b: 'The Oscar for best film went to a Carbonville production this year.' },
    {
      name: 'two English words at the starts of sentences',
      a: 'Voice recordings of the Acme Corp board were released. Officials in Carbonville said so.',
      b: 'Vice chairman Tom Reyes of Acme Corp released the recordings. Officials in Carbonville said so.',
    },
    { name: 'a plural', a: 'Two Marines guarded the Acme Corp plant in Carbonville.', b: 'A Marine guarded the Acme Corp plant in Carbonville.' },
    {
      name: 'accents a house style leaves out',
      a: 'Linda Sánchez of Acme Corp said the plant would close.',
      b: 'Linda Sanchez of Acme Corp said the plant would close.',
    },
    { name: 'a regional spelling', a: 'The Carbonville Centre for Arts reopened on Friday.', b: 'The Carbonville Center for Arts reopened on Friday.' },
    {
      name: 'a common word in a headline, a name like it elsewhere',
      a: 'Shooting Brings Rare Calm to the Capital\n\nLawmakers walked the Capitol corridors in Carbonville on Thursday.',
      b: 'Police guarded the Capitol in Carbonville on Thursday, Holloway said.',
    },
  ],
};
