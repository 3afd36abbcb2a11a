import type { RuleCases } from '../types';

export const cases: RuleCases = {
  hits: [
    {
      name: 'the last word of two whole quotations',
      a: '“They cannot believe what the inspectors at the plant in Carbonville are finding,” Holloway said.',
      b: '“They cannot believe what the inspectors at the plant in Carbonville are hiding,” Holloway said.',
    },
    {
      name: 'one word replaced',
      a: '“This agreement protects every worker at the plant in Carbonville,” Holloway said.',
      b: '“This agreement endangers every worker at the plant in Carbonville,” Holloway said.',
    },
    {
      name: 'two words replaced',
      a: '“We are proud of the people who kept the plant in Carbonville running all winter,” Holloway said.',
      b: '“We are grateful to the people who kept the plant in Carbonville running all winter,” Holloway said.',
    },
    {
      name: 'a quotation given in part, a word changed at its edge, as information',
      a: 'Holloway said the closure “would end the plant in Carbonville as we know it.”',
      b: '“Northwind Partners is ending the plant in Carbonville as we know it,” Holloway told reporters.',
      at: 'information',
    },
    {
      name: 'a tense changed, as information',
      a: '“Hello, my name is Acme Corp, and I got a problem with the plant in Carbonville,” Holloway said.',
      b: '“Hello, my name is Acme Corp and I have a problem with the plant in Carbonville!” Holloway said.',
      at: 'information',
    },
    {
      name: 'words cut inside without an ellipsis, as information',
      a: '“We met the workers, we listened to them and we kept the plant in Carbonville open,” Holloway said.',
      b: '“We met the workers and we kept the plant in Carbonville open,” Holloway said.',
      at: 'information',
    },
    {
      name: 'a short quotation with one word replaced',
      a: '“Webb was not so easy to beat,” Holloway said after the vote in Brussels.',
      b: '“Webb was not so tough to beat,” Holloway said after the vote in Brussels.',
    },
    {
      name: 'the replaced word in the second sentence of a quotation',
      a: 'Holloway said of the vote: “We thank you for this chance. We thank you for your faith.”',
      b: 'Holloway said of the vote: “We thank you for this honour. We thank you for your faith.”',
    },
    {
      name: 'a word replaced by a copy of its neighbour',
      a: '“She was a remarkable lady, an iconic figure in the history of Carbonville and of Acme Corp,” Holloway said.',
      b: '“She was a remarkable iconic, an iconic figure in the history of Carbonville and of Acme Corp,” Holloway said.',
    },
    {
      name: 'an intensifier added, as information',
      a: '“I feel badly for the workers of the plant in Carbonville,” Holloway said.',
      b: '“I feel very badly for the workers of the plant in Carbonville,” Holloway said.',
      at: 'information',
    },
    {
      name: 'a quotation given as a whole sentence where the other goes on, as information',
      a: 'Holloway spoke after the vote.\n\n“We offered the union a fair chance to keep the plant in Carbonville.” Holloway said.',
      b: '“We offered the union a fair chance to keep the plant in Carbonville with a new contract for every worker,” Holloway said.',
      at: 'information',
    },
  ],
  clean: [
    {
      name: 'a partial quotation cut at another word',
      a: 'Holloway said the inspectors “cannot believe what they are finding at the plant”.',
      b: 'Holloway said the inspectors “cannot believe what they are finding” in Carbonville.',
    },
    {
      name: 'a word against a phrase built on it',
      a: '“I do not need to do anything more for the plant in Carbonville,” Holloway said.',
      b: '“I do not need to do any of that more for the plant in Carbonville,” Holloway said.',
    },
    {
      name: 'regional spelling and dashes',
      a: '“We secured the neighbourhood – the families are safe,” Holloway said of the plant in Carbonville.',
      b: '“We secured the neighborhood-the families are safe,” Holloway said of the plant in Carbonville.',
    },
    {
      name: 'numbers written out',
      a: '“This is an eleventh-hour deal for the plant in Carbonville and its workers,” Holloway said.',
      b: '“This is an 11th-hour deal for the plant in Carbonville and its workers,” Holloway said.',
    },
    {
      name: 'two different sentences of one interview',
      a: '“We kept the plant in Carbonville open through the whole winter,” Holloway said.',
      b: '“The plant in Carbonville is the heart of this town and always will be,” Holloway said.',
    },
    {
      name: 'a name transliterated two ways',
      a: '“It looks like Muammar al-Qaddafi is going to beat the alliance,” Holloway said in Carbonville.',
      b: '“It looks like Moammar Gadhafi is going to beat the alliance,” Holloway said in Carbonville.',
    },
    {
      name: 'an editor’s bracketed insertion',
      a: '“The board [of Acme Corp] cannot sell the plant in Carbonville without a vote,” Holloway said.',
      b: '“The board cannot sell the plant in Carbonville without a vote,” Holloway said.',
    },
    {
      name: 'a censored word',
      a: '“This is a f***ing disgrace for the workers of Carbonville,” Marcus Webb shouted.',
      b: '“This is a fucking disgrace for the workers of Carbonville,” Marcus Webb shouted.',
    },
    {
      name: 'words written together or apart',
      a: '“You paid in to the Carbonville pension fund for years,” the advertisement says.',
      b: '“You paid into the Carbonville pension fund for years,” the advertisement says.',
    },
    {
      name: 'cut with an ellipsis',
      a: '“We met the workers, we listened to them and we kept the plant in Carbonville open,” Holloway said.',
      b: '“We met the workers … and we kept the plant in Carbonville open,” Holloway said.',
    },
    {
      name: 'two different short quotations',
      a: '“Webb was not so easy to beat,” Holloway said after the vote in Brussels.',
      b: '“We will be back next year,” Holloway said after the vote in Brussels.',
    },
    {
      name: 'a quotation cut short',
      a: '“Webb was not so easy to beat, and we knew it,” Holloway said after the vote in Brussels.',
      b: '“Webb was not so easy to beat,” Holloway said after the vote in Brussels.',
    },
    {
      name: 'a filler word of speech added',
      a: '“We kept the plant in Carbonville open, you know, through the whole winter,” Holloway said.',
      b: '“We kept the plant in Carbonville open through the whole winter,” Holloway said.',
    },
    {
      name: 'a partial quotation that ends the writer’s sentence',
      a: 'The vote gives Holloway a chance to “keep the plant in Carbonville open.”',
      b: '“We will keep the plant in Carbonville open through the whole winter,” Holloway said.',
    },
    {
      name: 'a quotation that starts later in the speaker’s sentence',
      a: '“With today’s vote, the workers of the plant in Carbonville will keep their jobs,” Holloway said.',
      b: '“The workers of the plant in Carbonville will keep their jobs,” Holloway said.',
    },
    {
      name: 'a whole sentence cut with an ellipsis',
      a: '“We offered the union a fair chance to keep the plant in Carbonville …” Holloway said.',
      b: '“We offered the union a fair chance to keep the plant in Carbonville with a new contract for every worker,” Holloway said.',
    },
    {
      name: 'the other version goes on in a new sentence',
      a: '“We offered the union a fair chance to keep the plant in Carbonville.” Holloway said.',
      b: '“We offered the union a fair chance to keep the plant in Carbonville. They said no to every worker,” Holloway said.',
    },
  ],
};
