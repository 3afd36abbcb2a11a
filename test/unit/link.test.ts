import { strict as assert } from 'node:assert';
import { linkStory } from '../../server/src/engine/story/link';
import type { EntityMention, EntityType } from '../../server/src/engine/types';

/** Cross-document linking of names: which mentions in two sources are one entity. */

let next = 0;
function mention(path: string, text: string, type: EntityType): EntityMention {
  const start = next;
  next += text.length + 1;
  return { start, end: start + text.length, text, type, id: `${path}:${type}:${text}`, name: text };
}

/** Whether `short` in one source and `full` in another get one story id. */
function linked(full: string, short: string, also: Array<[string, EntityType]> = []): boolean {
  const story = linkStory([
    { path: 'a', entities: [mention('a', full, 'organization'), ...also.map(([t, ty]) => mention('a', t, ty))] },
    { path: 'b', entities: [mention('b', short, 'organization')] },
  ]);
  return story.entities.get('a')![0].id === story.entities.get('b')![0].id;
}

describe('story linking: an organization by the last words of its name', () => {
  const table: Array<[full: string, short: string, also: Array<[string, EntityType]>, expected: boolean, why: string]> = [
    ['Baltimore Orioles', 'Orioles', [], true, 'a club by its nickname'],
    ['Boston Red Sox', 'Red Sox', [], true, 'two words'],
    ['the Carbonville Rovers', 'Rovers', [], true, 'a leading article'],
    ['Democratic Party', 'Party', [], false, 'a generic last word'],
    ['New York Times', 'Times', [], false, 'a newspaper word many papers share'],
    ['Denver Falcons', 'Falcons', [['Atlanta Falcons', 'organization']], false, 'two full names end alike'],
    ['TikTok Oracle', 'Oracle', [['TikTok', 'organization']], false, 'two organizations side by side'],
  ];
  for (const [full, short, also, expected, why] of table) {
    it(`${expected ? 'links' : 'keeps apart'} “${short}” and “${full}”: ${why}`, () => assert.equal(linked(full, short, also), expected));
  }
});

describe('story linking: a person whose given name two sources spell differently', () => {
  /** Whether one person in each source, named once each, get one story id. */
  const samePerson = (a: string, b: string) => {
    const story = linkStory([
      { path: 'a', entities: [mention('a', a, 'person')] },
      { path: 'b', entities: [mention('b', b, 'person')] },
    ]);
    return story.entities.get('a')![0].id === story.entities.get('b')![0].id;
  };
  const table: Array<[string, string, boolean, string]> = [
    ['Carolos Papoulias', 'Karolos Papoulias', true, 'another first letter of the same sound'],
    ['Mohamed Morsi', 'Mohammed Morsi', true, 'a letter doubled'],
    ['Linda Sánchez', 'Loretta Sanchez', false, 'two sisters'],
    ['Mark Kelly', 'Mike Kelly', false, 'two given names'],
    ['Carolos Papoulias', 'Karolos Papadopoulos', false, 'two surnames'],
  ];
  for (const [a, b, expected, why] of table)
    it(`${expected ? 'links' : 'keeps apart'} “${a}” and “${b}”: ${why}`, () => assert.equal(samePerson(a, b), expected));
});
