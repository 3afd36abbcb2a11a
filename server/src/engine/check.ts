import { appendTo, memo, TextCache } from './collections';
import type { DocumentFacts } from './analyze';
import { explicit } from './rules/quote-speaker';
import { RULES } from './rules/registry';
import { spanIndex } from './spans';
import type { Conflict, ConflictSide, RuleContext, RuleDocument } from './rules/types';
import { alignSegments, buildSegments, type AlignedPair, type Segment } from './story/align';
import { linkStory, type LinkedStory } from './story/link';
import type { EntityMention, Finding, Quote, RuleCode, Severity } from './types';

/** How a user has tuned the rules: a severity per code, or 'off'. */
export interface CheckOptions {
  severities?: Partial<Record<RuleCode, Severity | 'off'>>;
  /** Fingerprints of findings marked as reviewed (see `fingerprint`). */
  reviewed?: ReadonlySet<string>;
  /** Rules disabled for single files: path -> codes. */
  disabledForFile?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A document after story-level linking, with its findings. */
export interface CheckedDocument {
  path: string;
  facts: DocumentFacts;
  entities: EntityMention[];
  quotes: Quote[];
  findings: Finding[];
}

export interface StoryResult {
  documents: CheckedDocument[];
  story: LinkedStory;
  /** Aligned quotations across sources, for hovers ("the other source's version"). */
  quotePairs: AlignedPair[];
}

/** Sentence pairs must say much the same; quotations reworded by a translation may differ more. */
const QUOTE_ALIGNMENT = { minScore: 0.45, minShared: 3, quotes: true };
const SENTENCE_ALIGNMENT = { minScore: 0.6, minShared: 4, quotes: false };
/**
 * Two documents report the same event when they share enough of the people and organizations they
 * name: formulaic text (sports results, market reports) aligns sentence by sentence across
 * unrelated articles, so aligned sentences alone are not enough.
 */
const RELATED_MIN_SHARED = 3;
const NEAR_IDENTICAL = 0.75;
const RELATED_MIN_JACCARD = 0.15;
/** One text in two documents: this share of the shorter one's sentences is found nearly word for word in the other. */
const SAME_TEXT_SCORE = 0.9;
const SAME_TEXT_SHARE = 0.8;

/** Stable identity of a finding, independent of offsets, for "mark as reviewed". */
export function fingerprint(f: Pick<Finding, 'code' | 'related'>, text: string, relatedText: string): string {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return `${f.code}|${norm(text)}|${f.related[0]?.path ?? ''}|${norm(relatedText)}`;
}

function ruleDocument(doc: DocumentFacts, entities: EntityMention[], quotes: Quote[]): RuleDocument {
  const dateline = doc.dates.find((d) => d.start < doc.article.bodyStart + 100 && /^\d{4}-\d{2}-\d{2}$/.test(d.value ?? ''));
  return { path: doc.path, source: doc.article.source, published: doc.article.published ?? dateline?.value ?? null, text: doc.article.text, entities, dates: doc.dates, quotes };
}

/** Speakers that one source names and another leaves unnamed or only implies are filled across. */
function fillSpeakers(pairs: AlignedPair[]): void {
  for (const { a, b } of pairs) {
    for (const [x, y] of [[a, b], [b, a]] as Array<[Segment, Segment]>) {
      if (!x.quote || !y.quote || explicit(x.quote) || !explicit(y.quote)) continue;
      x.quote.speaker = y.quote.speaker;
      x.quote.speakerId = y.quote.speakerId;
      x.quote.speakerVia = 'other-source';
      delete x.quote.speakerSpan;
    }
  }
}

/** Tables and results lists (mostly numbers) align across unrelated reports of the same kind. */
function tabular(s: Segment): boolean {
  return memo(tabularTexts, s.text, () => {
    // "2,000" and "6:00" are one number each, though two tokens.
    const digits = (k: number) => /^\d/.test(s.tokens[k].norm);
    const continued = (k: number) => k > 0 && digits(k) && digits(k - 1) && s.tokens[k].start - s.tokens[k - 1].end === 1 && /[,.:]/.test(s.text[s.tokens[k - 1].end - s.start]);
    let numbers = 0;
    let words = 0;
    for (let k = 0; k < s.tokens.length; k++) {
      if (continued(k)) continue;
      words++;
      if (digits(k)) numbers++;
    }
    return numbers > 12 || numbers / words > 0.25;
  });
}
/** By the segment's text alone: its tokens are those of the text, shifted. Every edit re-checks the same statements. */
const tabularTexts = new TextCache<boolean>(8000);

/** Link the entities of a story's documents, align their statements and run every rule. */
export function checkStory(docs: DocumentFacts[], options: CheckOptions = {}): StoryResult {
  const story = linkStory(docs.map((d) => ({ path: d.path, entities: d.entities })));
  const byPath = new Map<string, RuleDocument>();
  const quotesByPath = new Map<string, Quote[]>();
  for (const d of docs) {
    // Quotes are copied so that story-level speaker filling never leaks into the cached facts.
    const quotes = d.quotes.map((q) => ({ ...q, speakerId: q.speakerId ? story.idMap.get(q.speakerId) ?? q.speakerId : null }));
    quotesByPath.set(d.path, quotes);
    byPath.set(d.path, ruleDocument(d, story.entities.get(d.path) ?? [], quotes));
  }

  const segments = docs.flatMap((d) => buildSegments({ path: d.path, sentences: d.sentences, quotes: quotesByPath.get(d.path)! }, d.article.text));
  const quotePairs = alignSegments(segments, QUOTE_ALIGNMENT);
  const sentencePairs = alignSegments(segments, SENTENCE_ALIGNMENT);


  // Documents by number, so that a pair of documents is one number (rules ask about pairs of documents very often).
  const docNumber = new Map<string, number>();
  for (const d of docs) if (!docNumber.has(d.path)) docNumber.set(d.path, docNumber.size);
  const pairOf = (x: string, y: string): number | undefined => {
    const i = docNumber.get(x);
    const j = docNumber.get(y);
    if (i === undefined || j === undefined) return undefined;
    return i < j ? i * docNumber.size + j : j * docNumber.size + i;
  };
  const ownVoice = new Map<string, number>();
  for (const s of segments) if (!s.quote) ownVoice.set(s.path, (ownVoice.get(s.path) ?? 0) + 1);
  const verbatim = new Map<number, number>();
  const nearly = new Map<number, number>();
  for (const p of sentencePairs) {
    const key = pairOf(p.a.path, p.b.path)!;
    if (p.score >= NEAR_IDENTICAL) nearly.set(key, (nearly.get(key) ?? 0) + 1);
    if (p.score < SAME_TEXT_SCORE) continue;
    verbatim.set(key, (verbatim.get(key) ?? 0) + 1);
  }
  const countOf = (counts: Map<number, number>, x: string, y: string) => {
    const key = pairOf(x, y);
    return key === undefined ? 0 : counts.get(key) ?? 0;
  };
  /** One text with a few words changed, however short: most sentences of the shorter are found nearly word for word in the other. */
  const copyOf = (x: string, y: string) => {
    const n = countOf(nearly, x, y);
    return n >= 2 && n >= SAME_TEXT_SHARE * Math.min(ownVoice.get(x) ?? 0, ownVoice.get(y) ?? 0);
  };
  const sameText = (x: string, y: string) => {
    const n = countOf(verbatim, x, y);
    return n >= 3 && n >= SAME_TEXT_SHARE * Math.min(ownVoice.get(x) ?? 0, ownVoice.get(y) ?? 0);
  };
  const idsOf = new Map<string, Set<string>>();
  for (const d of docs) idsOf.set(d.path, new Set((story.entities.get(d.path) ?? []).filter((e) => e.type === 'person' || e.type === 'organization').map((e) => e.id)));
  // The documents naming each person or organization, so that a document's shared names with every
  // other are counted through the few documents it shares any with (rules ask about every pair).
  const namedIn = new Map<string, number[]>();
  for (const [path, ids] of idsOf) for (const id of ids) appendTo(namedIn, id, docNumber.get(path)!);
  const sharedNames = new Map<string, Map<number, number>>();
  const sharedWith = (x: string) => {
    let counts = sharedNames.get(x);
    if (!counts) {
      counts = new Map();
      for (const id of idsOf.get(x)!) for (const j of namedIn.get(id)!) counts.set(j, (counts.get(j) ?? 0) + 1);
      sharedNames.set(x, counts);
    }
    return counts;
  };
  const relatedCache = new Map<number, boolean>();
  const related = (x: string, y: string) => {
    const key = pairOf(x, y);
    // A document outside the story names nothing and shares no text with it.
    if (key === undefined) return false;
    let answer = relatedCache.get(key);
    if (answer === undefined) {
      const a = idsOf.get(x)!;
      const b = idsOf.get(y)!;
      const shared = sharedWith(x).get(docNumber.get(y)!) ?? 0;
      // One text in two documents (a copy and its edit) is one report, however few names it gives.
      answer = (shared >= RELATED_MIN_SHARED && shared / (a.size + b.size - shared) >= RELATED_MIN_JACCARD) || copyOf(x, y);
      relatedCache.set(key, answer);
    }
    return answer;
  };
  const mentionsIn = (s: Segment) => spanIndex(story.entities.get(s.path) ?? []).inside(s.start, s.end);
  const entityIdsIn = (s: Segment) => new Set(mentionsIn(s).map((e) => e.id));
  /** Statements in the sources' own voice must name a common entity, or be nearly word for word the same. */
  const sameSubject = (p: AlignedPair) => {
    if (p.score >= NEAR_IDENTICAL) return true;
    const a = entityIdsIn(p.a);
    for (const id of entityIdsIn(p.b)) if (a.has(id)) return true;
    return false;
  };
  /**
   * Own-voice sentences about different subjects: one names a person, organization or place the
   * other does not, and the other names a different one of the same kind in its place (formulaic
   * results and market reports: "X beat Y 2-1" / "Z beat W 3-0").
   */
  const differentSubjects = (p: AlignedPair) => {
    if (tabular(p.a) || tabular(p.b)) return true;
    const mentions = (s: Segment) => mentionsIn(s).filter((e) => e.type !== 'other');
    const ma = mentions(p.a);
    const mb = mentions(p.b);
    const ia = new Set(ma.map((e) => e.id));
    const ib = new Set(mb.map((e) => e.id));
    const onlyA = new Set(ma.filter((e) => !ib.has(e.id)).map((e) => e.type));
    return mb.some((e) => !ia.has(e.id) && onlyA.has(e.type));
  };
  fillSpeakers(quotePairs.filter((p) => related(p.a.path, p.b.path)));
  // Per ordered pair of documents, the aligned pairs by the span of their first side.
  const alignedByDocs = new Map<number, Array<{ start: number; end: number; pair: AlignedPair }>>();
  const orderedPair = (x: string, y: string) => docNumber.get(x)! * docNumber.size + docNumber.get(y)!;
  for (const p of [...quotePairs, ...sentencePairs]) appendTo(alignedByDocs, orderedPair(p.a.path, p.b.path), { start: p.a.start, end: p.a.end, pair: p });
  const within = (s: Segment, x: { start: number; end: number }) => x.start >= s.start && x.end <= s.end;
  const bestScore = (x: ConflictSide, y: ConflictSide) => {
    const list = docNumber.has(x.path) && docNumber.has(y.path) ? alignedByDocs.get(orderedPair(x.path, y.path)) : undefined;
    let best = 0;
    // Widened by one character either side: the segments holding x overlap it even when x is empty.
    if (list) for (const { pair } of spanIndex(list).overlapping(x.start - 1, x.end + 1)) if (within(pair.a, x) && within(pair.b, y)) best = Math.max(best, pair.score);
    return best;
  };
  const alignment: NonNullable<RuleContext['alignment']> = (x, y) => Math.max(bestScore(x, y), bestScore(y, x));
  const aligned: RuleContext['aligned'] = (x, y) => alignment(x, y) > 0;
  const ctx: RuleContext = { doc: (path) => byPath.get(path)!, story, related, aligned, alignment, sameText };

  const conflicts: Conflict[] = [];
  const runPairs = (pairs: AlignedPair[], method: 'checkQuotePair' | 'checkSentencePair') => {
    for (const pair of pairs) {
      const fired = new Set<RuleCode>();
      for (const rule of RULES) {
        const check = rule[method];
        if (!check || options.severities?.[rule.code] === 'off') continue;
        const found = check(pair, ctx, fired);
        if (found.length) fired.add(rule.code);
        conflicts.push(...found);
      }
    }
  };
  runPairs(quotePairs.filter((p) => related(p.a.path, p.b.path)), 'checkQuotePair');
  runPairs(sentencePairs.filter((p) => related(p.a.path, p.b.path) && sameSubject(p) && !differentSubjects(p)), 'checkSentencePair');
  for (const rule of RULES) if (rule.checkStory && options.severities?.[rule.code] !== 'off') conflicts.push(...rule.checkStory(ctx));

  const findings = new Map<string, Finding[]>(docs.map((d) => [d.path, []]));
  const seen = new Set<string>();
  for (const c of conflicts) {
    const rule = RULES.find((r) => r.code === c.code)!;
    const severity = (options.severities?.[c.code] ?? rule.defaultSeverity) as Severity;
    const sides: Array<['a' | 'b', typeof c.a, typeof c.b]> = c.oneSided ? [['a', c.a, c.b]] : [['a', c.a, c.b], ['b', c.b, c.a]];
    for (const [here, at, other] of sides) {
      if (options.disabledForFile?.get(at.path)?.has(c.code)) continue;
      const key = `${c.code}|${at.path}|${at.start}|${at.end}|${other.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const otherDoc = byPath.get(other.path)!;
      const hereDoc = byPath.get(at.path)!;
      const message = c.message(here, otherDoc.source);
      const finding: Finding = {
        code: c.code,
        severity,
        message,
        start: at.start,
        end: at.end,
        related: [{ path: other.path, start: other.start, end: other.end, message: `${otherDoc.source}: “${otherDoc.text.slice(other.start, other.end)}”` }],
        data: c.data,
      };
      const print = fingerprint(finding, hereDoc.text.slice(at.start, at.end), otherDoc.text.slice(other.start, other.end));
      if (options.reviewed?.has(print)) continue;
      finding.data = { ...(c.data ?? {}), fingerprint: print };
      findings.get(at.path)!.push(finding);
    }
  }
  for (const list of findings.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);

  return {
    story,
    quotePairs,
    documents: docs.map((d) => ({
      path: d.path,
      facts: d,
      entities: story.entities.get(d.path) ?? [],
      quotes: quotesByPath.get(d.path)!,
      findings: findings.get(d.path)!,
    })),
  };
}
