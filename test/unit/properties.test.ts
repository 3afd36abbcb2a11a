import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument, checkTexts } from '../../server/src/engine';

/** Pieces real articles are made of, glued at random: the engine must hold on any of them. */
const PIECES = [
  'Donald Trump',
  'Mr. Trump',
  'TikTok’s',
  'ByteDance',
  'Oracle CEO Larry Page',
  'the U.S.',
  'New Zealand',
  'said',
  'said on Tuesday',
  'according to Reuters',
  'will not sell',
  'would have made',
  'last month',
  'September 15',
  'in late August 2018',
  'the past 18 months',
  '5,000 troops',
  '$1.5 billion',
  '12 percent',
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '—',
  '–',
  '…',
  '.',
  ',',
  ':',
  ';',
  '?',
  '!',
  '(',
  ')',
  '😀',
  '👩‍👩‍👧',
  '🇺🇸',
  '𝒳',
  'é',
  'ß',
  '\u200b',
  '\ufeff',
  '\t',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\n\r\n',
  '---\n',
  'story: x\n',
  'published: 2020-09-14\n',
  'title: [unclosed\n',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const withFrontMatter = fc.tuple(fc.boolean(), text).map(([fm, body]) => (fm ? `---\npublished: 2020-09-14\nstory: s\n---\n${body}` : body));

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function checkSpan(t: string, span: { start: number; end: number; text: string }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.end <= t.length && span.start <= span.end, `${what}: inside the text`);
  assert.equal(t.slice(span.start, span.end), span.text, `${what}: text matches its offsets`);
  // A span never cuts a surrogate pair in two.
  if (span.start > 0) assert.ok(!isHighSurrogate(t.charCodeAt(span.start - 1)) || span.start === span.end, `${what}: starts on a code point`);
  if (span.end > 0 && span.end < t.length) assert.ok(!isHighSurrogate(t.charCodeAt(span.end - 1)), `${what}: ends on a code point`);
}

describe('engine properties over random news-like text', function () {
  this.timeout(120000);

  it('never throws, keeps every span inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(withFrontMatter, (t) => {
        const facts = analyzeDocument('p/a.article', t);
        for (const e of facts.entities) checkSpan(t, e, 'entity');
        for (const d of facts.dates) checkSpan(t, d, 'date');
        for (const q of facts.quotes) checkSpan(t, q, 'quote');
        for (const s of facts.sentences) checkSpan(t, s, 'sentence');
        const again = analyzeDocument('p/a.article', t);
        assert.deepEqual(JSON.parse(JSON.stringify(again)), JSON.parse(JSON.stringify(facts)));
      }),
      { numRuns: 150, seed: 20201 },
    );
  });

  it('checks any two random sources of one story without throwing, findings inside their texts', () => {
    fc.assert(
      fc.property(withFrontMatter, withFrontMatter, (a, b) => {
        const [story] = checkTexts([
          { path: 'p/a.article', text: a },
          { path: 'p/b.article', text: b },
        ]);
        const texts: Record<string, string> = { 'p/a.article': a, 'p/b.article': b };
        for (const d of story.documents) {
          for (const f of d.findings) {
            checkSpan(texts[d.path], { ...f, text: texts[d.path].slice(f.start, f.end) }, 'finding');
            for (const r of f.related) checkSpan(texts[r.path], { ...r, text: texts[r.path].slice(r.start, r.end) }, 'related');
          }
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('holds on hostile inputs', () => {
    const hostile = [
      '',
      '---\n---\n',
      '---\ntitle: [broken\n---\nBody text.',
      '"'.repeat(10000),
      '“'.repeat(5000) + '”'.repeat(10),
      'a'.repeat(200000),
      ('Word ' + '😀').repeat(20000),
      'Line\r'.repeat(5000),
      '\ufeffBOM first. “Quote” said Ann Lee.',
    ];
    for (const t of hostile) {
      const facts = analyzeDocument('h/x.article', t);
      for (const span of [...facts.entities, ...facts.dates, ...facts.quotes, ...facts.sentences]) checkSpan(t, span, 'span');
    }
  });
});
