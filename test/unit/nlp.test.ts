import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPROMISE_NORMALIZERS, COMPROMISE_TOKENIZER, nlp, parsedParagraph, TAGGING } from '../../server/src/engine/nlp';

/** Each term's normal form, tags and frozen flag after the given tagging steps. */
function tagged(text: string, steps: string[]): string[] {
  const doc = nlp.tokenize(text).compute(steps) as unknown as { docs: Array<Array<{ normal: string; tags: Set<string>; frozen?: boolean }>> };
  return doc.docs.flat().map((t) => `${t.normal} ${[...t.tags].sort().join(',')}${t.frozen ? ' frozen' : ''}`);
}

describe("the engine's faster version of compromise's 'freeze' step", () => {
  const compromiseSteps = TAGGING.map((h) => (h === 'frozenWords' ? 'freeze' : h));
  const cases: Array<[string, boolean]> = [
    ['The New York Times reported that the prime minister had resigned.', true],
    ['During the Cold War, the Labour Party met in a living room.', true],
    ['Excuse me, said the spin off of 20th Century Fox.', true],
    ['They sold it in a free market, at the appeal court.', true],
    ['New rules were set in the room by the new minister.', false],
    ['The prime suspect left in the cold; the war went on.', false],
    ['', false],
    ['Prime', false],
  ];
  for (const [text, frozen] of cases) {
    it(`tags ${JSON.stringify(text)} as compromise does${frozen ? ', frozen words included' : ''}`, () => {
      const ours = tagged(text, TAGGING);
      assert.deepEqual(ours, tagged(text, compromiseSteps));
      assert.equal(
        ours.some((t) => t.endsWith(' frozen')),
        frozen,
      );
    });
  }
});

describe('parses kept by the engine', () => {
  it('share one set of tags between terms tagged alike (the parse caches held one per word)', () => {
    const a = parsedParagraph('The union said the plant would close in June.');
    const b = parsedParagraph('The company said the office would open in May.');
    const tagsAt = (p: ReturnType<typeof parsedParagraph>, text: string, word: string) => p.tags.get(text.indexOf(word))!;
    assert.equal(tagsAt(a, 'The union said the plant would close in June.', 'said'), tagsAt(b, 'The company said the office would open in May.', 'said'));
    assert.equal(tagsAt(a, 'The union said the plant would close in June.', 'would'), tagsAt(b, 'The company said the office would open in May.', 'would'));
    assert.notEqual(tagsAt(a, 'The union said the plant would close in June.', 'June'), tagsAt(a, 'The union said the plant would close in June.', 'plant'));
  });
});

describe("the engine's faster paths through compromise's tokenizer", () => {
  type Methods = typeof COMPROMISE_TOKENIZER;
  const one = (nlp.methods() as unknown as { one: { killUnicode: Methods['killUnicode']; tokenize: { splitWhitespace: Methods['splitWhitespace'] } } }).one;
  /** Each term's text, punctuation, normal form and tags, with the given methods in place. */
  function terms(text: string, methods: Methods): string[] {
    const ours = { killUnicode: one.killUnicode, splitWhitespace: one.tokenize.splitWhitespace };
    one.killUnicode = methods.killUnicode;
    one.tokenize.splitWhitespace = methods.splitWhitespace;
    try {
      const doc = nlp.tokenize(text).compute(TAGGING) as unknown as {
        docs: Array<Array<{ text: string; pre: string; post: string; normal: string; tags: Set<string> }>>;
      };
      return doc.docs.flat().map((t) => JSON.stringify([t.pre, t.text, t.post, t.normal, [...t.tags].sort()]));
    } finally {
      one.killUnicode = ours.killUnicode;
      one.tokenize.splitWhitespace = ours.splitWhitespace;
    }
  }

  const cases: Array<[string, boolean]> = [
    ['The mayor said 300 workers would lose their jobs in Dayton.', true],
    ['Björk’s “café” in Zürich, naïve résumés… and 3½ rooms.', true],
    ['"We will not sell," John Smith told reporters (on Monday).', true],
    ['The F.B.I. and rock’n’roll, chillin’ in the 97’ season; C$40, :) <3 xD', true],
    ['\uFEFFA word after a byte-order mark\u00a0and a no-break space, and one before it\uFEFF here.', true],
    ['Ελλάδα, Москва and 東京 are capitals.', true],
    ['', false],
  ];
  for (const [text, hasTerms] of cases) {
    it(`reads ${JSON.stringify(text.slice(0, 40))} as compromise's own methods do`, () => {
      const ours = terms(text, { killUnicode: one.killUnicode, splitWhitespace: one.tokenize.splitWhitespace });
      const theirs = terms(text, COMPROMISE_TOKENIZER);
      assert.deepEqual(ours, theirs);
      assert.equal(ours.length > 0, hasTerms);
    });
  }
});

describe("the engine's faster version of compromise's normal forms", () => {
  type Normalizers = typeof COMPROMISE_NORMALIZERS;
  const world = nlp.world() as unknown as {
    compute: { normal: Normalizers['normal'] };
    methods: { one: { tokenize: { fromString: Normalizers['fromString'] } } };
  };
  const ours: Normalizers = { normal: world.compute.normal, fromString: world.methods.one.tokenize.fromString };
  /** Each term's text and normal form, with the given normalizers in place. */
  function normals(text: string, use: Normalizers): string[] {
    world.compute.normal = use.normal;
    world.methods.one.tokenize.fromString = use.fromString;
    try {
      const doc = nlp.tokenize(text) as unknown as { docs: Array<Array<{ text: string; normal: string }>> };
      return doc.docs.flat().map((t) => `${t.text} → ${t.normal}`);
    } finally {
      world.compute.normal = ours.normal;
      world.methods.one.tokenize.fromString = ours.fromString;
    }
  }
  const examples = join(__dirname, '../../examples/tiktok-oracle');
  const cases: Array<[string, string]> = [
    ['plain words and numbers', 'The mayor said 300 workers would lose their jobs in Dayton.'],
    ['acronyms with and without periods', 'The F.B.I., the U.S. and u.s. forces, NDA’s terms, a C.E.O. and Mr. Roe; N.D.A, F., NATO,'],
    ['numbers with commas and signs', 'It cost $1,200,000 or 3,5 euros; 1,000-strong; 12,34,56 and 1,a'],
    ['punctuation inside and around terms', 'Wait... what?! (Really) "yes" ;-) :) ;x … – ‘quote’ 3½ rock’n’roll'],
    ['unicode letters, zero-width and no-break spaces', 'Björk\u200b in Zürich, na\uFEFFïve\u00a0résumé, Ελλάδα, Москва, 東京'],
    ['terms that are only punctuation', '... ?! -- ( ) " \u2026 \u2013'],
    ['the reference story', readFileSync(join(examples, 'cbr-tiktok-oracle-partnership.article'), 'utf8')],
    ['the other article of the reference story', readFileSync(join(examples, 'bytedance-partners-tiktok.article'), 'utf8')],
  ];
  for (const [what, text] of cases) {
    it(`gives ${what} the normal forms compromise gives`, () => {
      const theirs = normals(text, COMPROMISE_NORMALIZERS);
      assert.ok(theirs.length > 0);
      assert.deepEqual(normals(text, ours), theirs);
      // Each of the two computes the normal forms (compromise's tokenizer, then its step again).
      assert.deepEqual(normals(text, { ...COMPROMISE_NORMALIZERS, normal: ours.normal }), theirs);
      assert.deepEqual(normals(text, { ...ours, normal: () => undefined }), theirs);
    });
  }
});
