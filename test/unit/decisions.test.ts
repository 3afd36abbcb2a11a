import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync as read } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import { checkDecided } from '../../server/src/session/corrections';
import { Decisions, DecisionsStore, decisionsIn, parseDecisions, type FindingIdentity } from '../../server/src/session/decisions';
import { FolderSession } from '../../server/src/session/folder';
import { DEFAULT_SETTINGS } from '../../server/src/session/settings';

const finding = (code: string, a: [string, string], b: [string, string]): FindingIdentity => ({
  code,
  sides: [
    { file: a[0], text: a[1] },
    { file: b[0], text: b[1] },
  ],
});
const marked = finding('number-mismatch', ['a.article', '$700 billion'], ['b.article', '$716 billion']);

/** Issue 20 item 2: the story decisions a team commits. */
describe('story decisions', () => {
  describe('a reviewed mark', () => {
    const decisions = new Decisions(parseDecisions(JSON.stringify({ version: 2, reviewed: [marked], rulesOff: {} }), '/ws'));
    const hidden: Array<[string, FindingIdentity]> = [
      ['the finding marked', marked],
      ['its twin in the other article', finding('number-mismatch', ['b.article', '$716 billion'], ['a.article', '$700 billion'])],
      [
        'the same passages in other case and spacing (an edit elsewhere moved them)',
        finding('number-mismatch', ['a.article', '$700  Billion'], ['b.article', '$716\nbillion']),
      ],
    ];
    const shown: Array<[string, FindingIdentity]> = [
      ['another code on the same passages', finding('date-mismatch', ['a.article', '$700 billion'], ['b.article', '$716 billion'])],
      ['the passage here changed', finding('number-mismatch', ['a.article', '$705 billion'], ['b.article', '$716 billion'])],
      ['the other passage changed', finding('number-mismatch', ['a.article', '$700 billion'], ['b.article', '$720 billion'])],
      ['the same passages in another pair of files', finding('number-mismatch', ['a.article', '$700 billion'], ['c.article', '$716 billion'])],
    ];
    for (const [what, f] of hidden) it(`hides ${what}`, () => assert.ok(decisions.isReviewed(f)));
    for (const [what, f] of shown) it(`leaves ${what}`, () => assert.ok(!decisions.isReviewed(f)));
  });

  describe('a version 1 file', () => {
    const v1 = {
      version: 1,
      reviewed: ['quote-wording|we will not sell|/ws/story/b.article|we won’t sell', 'quote-wording|x|/elsewhere/b.article|y'],
      disabled: { 'story/a.article': ['name-variant'] },
    };
    const data = parseDecisions(JSON.stringify(v1), '/ws');
    it('reads a fingerprint naming a file of the folder as a mark with its relative path', () => {
      assert.deepEqual(data.reviewed, [{ code: 'quote-wording', sides: [{ text: 'we will not sell' }, { file: 'story/b.article', text: 'we won’t sell' }] }]);
    });
    it('matches that mark in whichever file holds the passage, and on its twin', () => {
      const decisions = new Decisions(data);
      assert.ok(decisions.isReviewed(finding('quote-wording', ['story/a.article', 'We will not sell'], ['story/b.article', 'We won’t sell'])));
      assert.ok(decisions.isReviewed(finding('quote-wording', ['story/b.article', 'We won’t sell'], ['story/a.article', 'We will not sell'])));
      assert.ok(!decisions.isReviewed(finding('quote-wording', ['story/a.article', 'We will not sell'], ['story/c.article', 'We won’t sell'])));
    });
    it('keeps a fingerprint naming a file elsewhere as it was, and its disabled rules as rules off', () => {
      assert.deepEqual(data.fingerprints, ['quote-wording|x|/elsewhere/b.article|y']);
      assert.deepEqual(data.rulesOff, { 'story/a.article': ['name-variant'] });
    });
  });

  describe('files that are not decisions', () => {
    const refused: Array<[string, string, RegExp]> = [
      ['a merge conflict', '<<<<<<< HEAD\n{"version": 2}\n=======\n{}\n>>>>>>> theirs\n', /JSON/],
      ['a list', '[]', /does not hold an object/],
      ['a later version', '{"version": 4, "reviewed": []}', /version 4/],
    ];
    for (const [what, text, why] of refused) it(`refuses ${what}`, () => assert.throws(() => parseDecisions(text, '/ws'), why));
  });

  describe('the store in a workspace folder', () => {
    let folder: string;
    const file = () => join(folder, '.second-source/reviewed.json');
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'second-source-decisions-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('writes relative paths and both passages, and reads them back', () => {
      new DecisionsStore(folder, '.second-source/reviewed.json').markReviewed(marked);
      new DecisionsStore(folder, '.second-source/reviewed.json').turnOff('a.article', 'name-variant');
      const written = JSON.parse(readFileSync(file(), 'utf8'));
      assert.deepEqual(written, {
        version: 3,
        reviewed: [marked],
        rulesOff: { 'a.article': ['name-variant'] },
        spellings: [],
        notEntities: [],
        notDates: [],
        speakers: [],
      });
      assert.ok(new DecisionsStore(folder, '.second-source/reviewed.json').decisions.isReviewed(marked));
    });

    it('marks a twin once', () => {
      const store = new DecisionsStore(folder, '.second-source/reviewed.json');
      store.markReviewed(marked);
      store.markReviewed(finding('number-mismatch', ['b.article', '$716 billion'], ['a.article', '$700 billion']));
      assert.equal(JSON.parse(readFileSync(file(), 'utf8')).reviewed.length, 1);
    });

    it('keeps the marks a teammate wrote since it was read', () => {
      const store = new DecisionsStore(folder, '.second-source/reviewed.json');
      new DecisionsStore(folder, '.second-source/reviewed.json').markReviewed(marked);
      store.turnOff('a.article', 'quote-wording');
      assert.deepEqual(JSON.parse(readFileSync(file(), 'utf8')).reviewed, [marked]);
    });

    it('never writes over a file that does not parse, and says why', () => {
      mkdirSync(join(folder, '.second-source'));
      const conflict = '<<<<<<< HEAD\n{"version": 2, "reviewed": []}\n=======\n{"version": 2}\n>>>>>>> theirs\n';
      writeFileSync(file(), conflict);
      const store = new DecisionsStore(folder, '.second-source/reviewed.json');
      assert.ok(store.doesNotParse);
      assert.match(store.problem!, /does not parse/);
      assert.throws(() => store.markReviewed(marked), /does not parse/);
      assert.throws(() => store.turnOff('a.article', 'name-variant'), /does not parse/);
      assert.equal(readFileSync(file(), 'utf8'), conflict);
    });

    it('upgrades a version 1 file when it next writes, losing no mark', () => {
      mkdirSync(join(folder, '.second-source'));
      writeFileSync(file(), JSON.stringify({ version: 1, reviewed: [`quote-wording|we will not sell|${folder}/b.article|we won’t sell`], disabled: {} }));
      new DecisionsStore(folder, '.second-source/reviewed.json').markReviewed(marked);
      const written = JSON.parse(readFileSync(file(), 'utf8'));
      assert.equal(written.version, 3);
      assert.deepEqual(written.reviewed[0], { code: 'quote-wording', sides: [{ text: 'we will not sell' }, { file: 'b.article', text: 'we won’t sell' }] });
    });

    it('keeps nothing without a workspace folder', () => {
      const store = new DecisionsStore(null, '.second-source/reviewed.json');
      store.markReviewed(marked);
      assert.ok(!store.decisions.isReviewed(marked));
    });
  });

  describe('a workspace folder’s session', () => {
    it('names files relative to the folder, turns rules off per file and hides reviewed findings', () => {
      const folder = mkdtempSync(join(tmpdir(), 'second-source-session-'));
      try {
        const session = new FolderSession(folder, { ...DEFAULT_SETTINGS, severities: { 'quote-wording': 'error' } });
        session.decisions.turnOff('story/a.article', 'name-variant');
        const [a, b] = [join(folder, 'story/a.article'), join(folder, 'story/b.article')];
        const texts = new Map([
          [a, 'They paid $700 billion.'],
          [b, 'They paid $716 billion.'],
        ]);
        session.decisions.markReviewed(finding('number-mismatch', ['story/b.article', '$716 billion'], ['story/a.article', '$700 billion']));
        const options = session.checkOptions([a, b]);
        assert.deepEqual(options.severities, { 'quote-wording': 'error' });
        assert.deepEqual([...options.disabledForFile!], [[a, new Set(['name-variant'])]]);
        const findings = [
          { code: 'number-mismatch', start: 10, end: 22, related: [{ path: b, start: 10, end: 22 }] },
          { code: 'quote-wording', start: 10, end: 22, related: [{ path: b, start: 10, end: 22 }] },
        ];
        assert.deepEqual(
          session.unreviewed(a, findings, (p) => texts.get(p)).map((f) => f.code),
          ['quote-wording'],
        );
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });

  describe('decisions about words and speakers', () => {
    let folder: string;
    const store = () => new DecisionsStore(folder, '.second-source/reviewed.json');
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'second-source-words-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('keeps a spelling, a word that is no entity or no date and a speaker once each, lists them all and undoes one', () => {
      store().decide({ kind: 'spelling', mark: { story: 'story:tiktok', text: 'Gadhafi' } });
      store().decide({ kind: 'spelling', mark: { story: 'story:tiktok', text: 'Gadhafi ' } });
      store().decide({ kind: 'not-entity', mark: { story: 'story:tiktok', text: 'Real' } });
      store().decide({ kind: 'not-date', mark: { file: 'a.article', text: 'Today' } });
      store().decide({ kind: 'speaker', mark: { file: 'a.article', quote: 'We will', speaker: 'Jane Roe' } });
      store().decide({ kind: 'speaker', mark: { file: 'a.article', quote: 'We  will', speaker: 'John Doe' } });
      store().turnOff('a.article', 'name-variant');
      const listed = decisionsIn(store().decisions.data);
      assert.deepEqual(
        listed.map((d) => d.kind),
        ['rule-off', 'spelling', 'not-entity', 'not-date', 'speaker'],
      );
      assert.deepEqual(listed[4], { kind: 'speaker', mark: { file: 'a.article', quote: 'We  will', speaker: 'John Doe' } });
      assert.ok(store().undo(listed[1]));
      assert.ok(store().undo(listed[0]));
      assert.ok(!store().undo(listed[0]));
      const written = JSON.parse(readFileSync(join(folder, '.second-source/reviewed.json'), 'utf8'));
      assert.deepEqual([written.spellings, written.rulesOff, written.notEntities.length], [[], {}, 1]);
    });

    it('reads a version 2 file (no such decisions) and drops malformed ones', () => {
      const data = parseDecisions(
        JSON.stringify({
          version: 3,
          reviewed: [],
          rulesOff: {},
          notEntities: [{ text: 'Real' }, { text: 'Let', file: 'a', story: 'b' }, { text: 'IP', file: 'a' }],
        }),
        '/ws',
      );
      assert.deepEqual(data.notEntities, [{ text: 'IP', file: 'a' }]);
      assert.deepEqual(parseDecisions('{"version": 2, "reviewed": [], "rulesOff": {}}', '/ws').spellings, []);
    });

    it('names a story the same in every checkout, and corrects only the files and the story they apply to', () => {
      const session = new FolderSession(folder, DEFAULT_SETTINGS);
      assert.equal(session.storyScope('story:tiktok'), 'story:tiktok');
      assert.equal(session.storyScope(`folder:${join(folder, 'desk/tiktok')}`), 'folder:desk/tiktok');
      assert.equal(session.storyScope(`folder:${folder}`), 'folder:.');
      session.decisions.decide({ kind: 'not-entity', mark: { story: 'story:tiktok', text: 'Real' } });
      session.decisions.decide({ kind: 'not-date', mark: { file: 'a.article', text: 'Today' } });
      session.decisions.decide({ kind: 'spelling', mark: { story: 'story:other', text: 'Gadhafi' } });
      const [a, b] = [join(folder, 'a.article'), join(folder, 'b.article')];
      assert.deepEqual(session.checkOptions([a, b], 'story:tiktok').corrections, {
        files: { [a]: { notEntities: ['Real'], notDates: ['Today'], speakers: [] }, [b]: { notEntities: ['Real'], notDates: [], speakers: [] } },
        spellings: [],
      });
      assert.equal(session.checkOptions([b], 'story:elsewhere').corrections, undefined);
    });
  });

  describe('a check with decisions (the reference story)', () => {
    const dir = resolve(__dirname, '../../examples/tiktok-oracle');
    const paths = ['bytedance-partners-tiktok.article', 'cbr-tiktok-oracle-partnership.article'].map((f) => join(dir, f));
    const facts = paths.map((p) => analyzeDocument(p, read(p, 'utf8')));
    const none = { notEntities: [], notDates: [], speakers: [] };
    const codes = (r: ReturnType<typeof checkDecided>) => r.documents.map((d) => d.findings.map((f) => f.code).sort());
    const convinced = facts[0].quotes.find((q) => q.text.startsWith('We are convinced'))!;

    it('an accepted spelling: no name-variant finding on it in either source', () => {
      assert.ok(codes(checkDecided(facts)).every((c) => c.includes('name-variant')));
      assert.ok(codes(checkDecided(facts, { corrections: { files: {}, spellings: ['TicToc'] } })).every((c) => !c.includes('name-variant')));
    });

    it('no entity, no date: gone from the facts of that file only', () => {
      const corrections = { files: { [paths[1]]: { ...none, notEntities: ['IP'], notDates: ['today'] } }, spellings: [] };
      const [bytedance, cbr] = checkDecided(facts, { corrections }).documents;
      assert.ok(!cbr.entities.some((e) => e.text === 'IP') && !cbr.facts.dates.some((d) => d.text === 'today'));
      assert.ok(
        facts[1].entities.some((e) => e.text === 'IP'),
        'the cached facts are left as they were',
      );
      assert.ok(bytedance.entities.length > 0);
    });

    it('a speaker set by hand: the quotation’s speaker, and so a quote-speaker finding in both sources', () => {
      const corrections = { files: { [paths[0]]: { ...none, speakers: [{ quote: convinced.text, speaker: 'Donald Trump' }] } }, spellings: [] };
      const result = checkDecided(facts, { corrections });
      const quote = result.documents[0].quotes.find((q) => q.start === convinced.start)!;
      assert.deepEqual([quote.speaker, quote.speakerVia], ['Donald Trump', 'decision']);
      assert.ok(
        codes(result).every((c) => c.includes('quote-speaker')),
        JSON.stringify(codes(result)),
      );
      assert.ok(codes(checkDecided(facts)).every((c) => !c.includes('quote-speaker')));
    });
  });
});
