import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument, checkTexts } from '../../server/src/engine';
import { parseArticle } from '../../server/src/engine/article';
import { runCli } from './cli-source';

const BODY = 'Oracle said on Monday that it would buy TikTok from ByteDance for $1.5 billion.\n';
/** A "billion laughs" block: more aliases than the YAML parser agrees to expand. */
const ALIASES = `---\nstory: s\nbase: &a [x, y]\nlist: [${Array(150).fill('*a').join(', ')}]\n---\n${BODY}`;

describe('front matter a hostile file can hold', function () {
  this.timeout(60000);

  describe('more than 100 YAML aliases (issue 21, item 7)', () => {
    it('is the front-matter error of that file, not an exception', () => {
      const article = parseArticle('s/bomb.article', ALIASES);
      assert.equal(article.problems.length, 1);
      assert.match(article.problems[0].message, /^Front matter is not valid YAML: .*alias/);
      assert.deepEqual([article.story, article.bodyStart > 0], [null, true]);
      assert.ok(
        analyzeDocument('s/bomb.article', ALIASES).entities.some((e) => e.text === 'ByteDance'),
        'the body is still analysed',
      );
    });

    it('leaves the other files of the story checked', () => {
      const [story] = checkTexts([
        { path: 's/bomb.article', text: ALIASES },
        { path: 's/other.article', text: BODY.replace('$1.5 billion', '$2 billion') },
      ]);
      assert.deepEqual(
        story.documents.map((d) => d.path),
        ['s/bomb.article', 's/other.article'],
      );
    });

    it('does not stop a CLI run: every file is reported, the broken front matter as an error', () => {
      const dir = mkdtempSync(join(tmpdir(), 'second-source-fm-'));
      try {
        writeFileSync(join(dir, 'bomb.article'), ALIASES);
        writeFileSync(join(dir, 'good.article'), BODY);
        const json = runCli(['check', '--no-cache', '--format', 'json', dir]);
        assert.equal(json.status, 1, json.stderr);
        assert.equal(JSON.parse(json.stdout).documents.length, 2);
        assert.match(json.stderr, /bomb\.article:2:1: error \[front-matter\] Front matter is not valid YAML/);
        const text = runCli(['check', '--no-cache', dir]);
        assert.match(text.stdout, /bomb\.article:2:1: error \[front-matter\] /);
        assert.match(text.stdout, /2 files checked: 1 error, /);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('published: dates that do not exist (issue 21, item 14)', () => {
    for (const day of ['2021-13-45', '0000-00-00', '2021-02-29', '2020-04-31', '2020-00-10']) {
      it(`${day} is a front-matter error and leaves the publication date unknown`, () => {
        const article = parseArticle('p/a.article', `---\npublished: ${day}\n---\n${BODY}`);
        assert.equal(article.published, null);
        assert.equal(article.problems.length, 1);
        assert.match(article.problems[0].message, new RegExp(`published: "${day}" is not a day of the calendar`));
      });
    }
    for (const day of ['2020-02-29', '2000-02-29', '2020-09-14T10:00:00Z', '0001-01-01']) {
      it(`${day} is read as the publication date`, () => {
        const article = parseArticle('p/a.article', `---\npublished: ${day}\n---\n${BODY}`);
        assert.deepEqual([article.published, article.problems], [day.slice(0, 10), []]);
      });
    }
  });
});

describe('parseArticle: a long run of lines cut into paragraphs', () => {
  // Past MAX_PARAGRAPH characters a paragraph is cut for the NLP: at a line break, else at a sentence end.
  const line = (k: number) => `Line ${k} of the report says the jury met on Nov. 10 after 12 hours of talks in the courthouse.`;
  const lines = Array.from({ length: 120 }, (_, k) => line(k)).join('\n');
  it('cuts at line breaks, never after an abbreviation', () => {
    const article = parseArticle('t.article', lines);
    assert.ok(article.paragraphs.length > 1);
    for (const p of article.paragraphs) assert.match(p.text, /courthouse\.$/);
  });
  it('without line breaks, cuts at a sentence end that is no abbreviation', () => {
    const article = parseArticle('t.article', lines.replace(/\n/g, ' '));
    assert.ok(article.paragraphs.length > 1);
    for (const p of article.paragraphs) assert.doesNotMatch(p.text, /Nov\.$/);
  });
});
