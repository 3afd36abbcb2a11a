import type { DocumentFacts } from './analyze';
import { appendTo, perObject } from './collections';
import { WARNING_CONFIDENCE } from './rules/confidence';
import { explicit } from './rules/quote-speaker/speakers';
import { RULES, type RuleCode } from './rules/registry';
import type { Conflict, ConflictSide, RuleContext, RuleDocument } from './rules/types';
import { spanIndex } from './spans';
import { alignStatements, type AlignedPair } from './story/align';
import { linkStory, type LinkedStory } from './story/link';
import { sameQuotations, type QuotePair } from './story/quotations';
import { reportedStatements } from './story/reported';
import { statementsOf, telephoneNumberTokens, type Statement, type Wording } from './story/statements';
import type { EntityMention, Finding as AnyFinding, Quote, Severity } from './types';

type Finding = AnyFinding<RuleCode>;

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
  /** The same quotation in two sources, for hovers ("the other source's version"). */
  quotePairs: QuotePair[];
}

/**
 * Sentences of two sources tell one fact when they share enough of what they are about; the rules
 * then decide, slot by slot, whether they tell it alike.
 */
const SENTENCE_ALIGNMENT = { minScore: 0.15, minShared: 2, quotes: false };
/**
 * Documents of a folder (no `story:` declared) report the same event when they share enough of the
 * people and organizations they name: formulaic text (sports results, market reports) aligns
 * sentence by sentence across unrelated articles, so aligned sentences alone are not enough.
 */
const RELATED_MIN_SHARED = 3;
const RELATED_MIN_JACCARD = 0.15;
/** …and this many of their sentences aligned at STRONG_ALIGNMENT or above. */
const RELATED_MIN_STRONG = 2;
const STRONG_ALIGNMENT = 0.5;
/** Sentence pairs this close are one sentence, perhaps with a word changed. */
const NEAR_IDENTICAL = 0.75;
/** One text in two documents: this share of the shorter one's sentences is found nearly word for word in the other. */
const SAME_TEXT_SCORE = 0.9;
const SAME_TEXT_SHARE = 0.8;

/** Stable identity of a finding, independent of offsets, for "mark as reviewed". */
export function fingerprint(f: Pick<Finding, 'code' | 'related'>, text: string, relatedText: string): string {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return `${f.code}|${norm(text)}|${f.related[0]?.path ?? ''}|${norm(relatedText)}`;
}

/**
 * The publication date: front matter, else a full date standing on a short line of its own at the
 * top of the body (a dateline: "June 06, 2013", "MAR. 14, 2013, 8:12 PM"), not a date of the story.
 */
function publishedOf(doc: DocumentFacts): string | null {
  if (doc.article.published) return doc.article.published;
  const { text, bodyStart } = doc.article;
  const top = text.slice(bodyStart).split('\n').slice(0, 3);
  let at = bodyStart;
  for (const line of top) {
    const end = at + line.length;
    if (line.trim().length <= 60) {
      const dateline = doc.dates.find((d) => d.start >= at && d.end <= end && /^\d{4}-\d{2}-\d{2}/.test(d.value ?? ''));
      if (dateline) return dateline.value!.slice(0, 10);
      // "NEW YORK 1996-08-30": wire copy dates its dateline in ISO form.
      const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(line);
      if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31) return iso[0];
    }
    at = end + 1;
  }
  return null;
}

/** Speakers that one source names and another leaves unnamed or only implies are filled across. */
function fillSpeakers(pairs: QuotePair[]): void {
  for (const { a, b } of pairs) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      if (x.reported || explicit(x.quote) || !explicit(y.quote)) continue;
      x.quote.speaker = y.quote.speaker;
      x.quote.speakerId = y.quote.speakerId;
      x.quote.speakerVia = 'other-source';
      delete x.quote.speakerSpan;
    }
  }
}

/** Which documents of a story may be compared, and which are one text. */
function relations(docs: DocumentFacts[], story: LinkedStory, sentencePairs: AlignedPair[], statements: Map<string, readonly Statement[]>) {
  const number = new Map<string, number>();
  for (const d of docs) if (!number.has(d.path)) number.set(d.path, number.size);
  const n = number.size;
  const pairKey = (x: string, y: string) => {
    const i = number.get(x);
    const j = number.get(y);
    if (i === undefined || j === undefined) return undefined;
    return i < j ? i * n + j : j * n + i;
  };
  const ownVoice = new Map<string, number>();
  for (const [path, list] of statements) ownVoice.set(path, list.filter((s) => !s.quote).length);
  const verbatim = new Map<number, number>();
  const nearly = new Map<number, number>();
  const strong = new Map<number, number>();
  for (const p of sentencePairs) {
    const key = pairKey(p.a.path, p.b.path)!;
    if (p.score >= STRONG_ALIGNMENT) strong.set(key, (strong.get(key) ?? 0) + 1);
    if (p.score >= NEAR_IDENTICAL) nearly.set(key, (nearly.get(key) ?? 0) + 1);
    if (p.score >= SAME_TEXT_SCORE) verbatim.set(key, (verbatim.get(key) ?? 0) + 1);
  }
  const shareOf = (counts: Map<number, number>, x: string, y: string, least: number) => {
    const key = pairKey(x, y);
    const count = key === undefined ? 0 : (counts.get(key) ?? 0);
    return count >= least && count >= SAME_TEXT_SHARE * Math.min(ownVoice.get(x) ?? 0, ownVoice.get(y) ?? 0);
  };
  const sameText = (x: string, y: string) => shareOf(verbatim, x, y, 3);
  // The documents naming each person or organization, so that shared names are counted through the few documents that share any.
  const ids = new Map<string, Set<string>>();
  const namedIn = new Map<string, number[]>();
  for (const d of docs) {
    const set = new Set((story.entities.get(d.path) ?? []).filter((e) => e.type === 'person' || e.type === 'organization').map((e) => e.id));
    ids.set(d.path, set);
    for (const id of set) appendTo(namedIn, id, number.get(d.path)!);
  }
  const declared = new Map(docs.map((d) => [d.path, d.article.story]));
  const cache = new Map<number, boolean>();
  const related = (x: string, y: string) => {
    const key = pairKey(x, y);
    if (key === undefined || x === y) return false;
    let answer = cache.get(key);
    if (answer === undefined) {
      const story = declared.get(x);
      if (story && story === declared.get(y)) answer = true;
      else {
        const a = ids.get(x)!;
        const b = ids.get(y)!;
        let shared = 0;
        for (const id of a) if (b.has(id)) shared++;
        // One text in two documents (a copy and its edit) is one report, however few names it gives.
        // Sports and market reports share their names with every other of their kind: the same event is also told in the same facts.
        const told = strong.get(pairKey(x, y)!) ?? 0;
        answer =
          (shared >= RELATED_MIN_SHARED && shared / (a.size + b.size - shared) >= RELATED_MIN_JACCARD && told >= RELATED_MIN_STRONG) ||
          shareOf(nearly, x, y, 2);
      }
      cache.set(key, answer);
    }
    return answer;
  };
  return { related, sameText };
}

/**
 * Tables and results lists (mostly numbers) align across unrelated reports of the same kind. Read
 * by wording, which every check of an unchanged sentence shares (statements are new each check).
 */
const tabularWording = perObject((w: Wording): boolean => {
  const { tokens, text, classes } = w;
  const phone = telephoneNumberTokens(w);
  let numbers = 0;
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const digits = /^\d/.test(tokens[k].norm);
    // "2,000" and "6:00" are one number each, though two tokens, and so is a telephone number ("0845 125 2222").
    const gap = k > 0 ? text.slice(tokens[k - 1].end, tokens[k].start) : '';
    if (digits && k > 0 && /^\d/.test(tokens[k - 1].norm) && /^[,.:]$/.test(gap)) continue;
    if (phone.has(k) && phone.has(k - 1)) continue;
    words++;
    if (digits) numbers++;
  }
  // A line of numbers without a verb is an item of a list ("August 1-4 v Somerset (four days)");
  // compromise finds no verbs in title case, so a headline ("Esther Williams Dies at 91") is not one.
  const titleCased = tokens.every((t) => t.norm.length < 4 || !/^\p{Ll}/u.test(text.slice(t.start, t.end)));
  return numbers > 12 || numbers / Math.max(1, words) > 0.25 || (numbers > 0 && !titleCased && !/[VDGAM]/.test(classes));
});
const tabular = (s: Statement): boolean => tabularWording(s.wording);

/**
 * Statements about different subjects: one names a person, organization or place the other does
 * not, and the other names a different one of the same kind in its place (formulaic results and
 * market reports: "X beat Y 2-1" / "Z beat W 3-0").
 */
function differentSubjects(p: AlignedPair): boolean {
  const named = (s: Statement) => s.entities.filter((e) => e.type !== 'other');
  const [ma, mb] = [named(p.a), named(p.b)];
  const [ia, ib] = [new Set(ma.map((e) => e.id)), new Set(mb.map((e) => e.id))];
  const onlyA = new Set(ma.filter((e) => !ib.has(e.id)).map((e) => e.type));
  return mb.some((e) => !ia.has(e.id) && onlyA.has(e.type));
}

/**
 * The documents related to another: both of a strongly aligned pair of related documents (folder
 * documents are related only through such pairs), and those that declare a story another declares.
 */
function relatedToAnother(docs: DocumentFacts[], strongPairs: AlignedPair[], related: (x: string, y: string) => boolean): DocumentFacts[] {
  const partnered = new Set<string>();
  for (const p of strongPairs) {
    if (!related(p.a.path, p.b.path)) continue;
    partnered.add(p.a.path);
    partnered.add(p.b.path);
  }
  const declaring = new Map<string, number>();
  for (const d of docs) if (d.article.story) declaring.set(d.article.story, (declaring.get(d.article.story) ?? 0) + 1);
  return docs.filter((d) => partnered.has(d.path) || (declaring.get(d.article.story ?? '') ?? 0) > 1);
}

/** Link the entities of a story's documents, align their statements and run every rule. */
export function checkStory(docs: DocumentFacts[], options: CheckOptions = {}): StoryResult {
  const story = linkStory(docs.map((d) => ({ path: d.path, entities: d.entities })));
  const byPath = new Map<string, RuleDocument>();
  const quotesByPath = new Map<string, Quote[]>();
  const statements = new Map<string, readonly Statement[]>();
  for (const d of docs) {
    // Quotes are copied so that story-level speaker filling never leaks into the cached facts.
    const quotes = d.quotes.map((q) => ({ ...q, speakerId: q.speakerId ? (story.idMap.get(q.speakerId) ?? q.speakerId) : null }));
    const entities = story.entities.get(d.path) ?? [];
    const list = statementsOf({ path: d.path, text: d.article.text, sentences: d.sentences, quotes, entities, dates: d.dates });
    quotesByPath.set(d.path, quotes);
    statements.set(d.path, list);
    byPath.set(d.path, {
      path: d.path,
      source: d.article.source,
      published: publishedOf(d),
      text: d.article.text,
      entities,
      dates: d.dates,
      quotes,
      statements: list,
    });
  }
  const all = [...statements.values()].flat();
  const storyOf = new Map(docs.map((d) => [d.path, d.article.story]));
  const declared = (x: string, y: string) => !!storyOf.get(x) && storyOf.get(x) === storyOf.get(y);
  const oneDeclaredStory = docs.every((d) => !!d.article.story && d.article.story === docs[0].article.story);
  // Which documents are one text, or tell one event, is read off strong alignment in all directions,
  // before relatedness narrows it. In a folder of unrelated reports every statement has some weak
  // best partner in every other report: those pairs are looked for only between related documents.
  const unrestricted = () => true;
  const strongPairs = alignStatements(all, {
    ...SENTENCE_ALIGNMENT,
    minScore: oneDeclaredStory ? SENTENCE_ALIGNMENT.minScore : STRONG_ALIGNMENT,
    related: unrestricted,
  });
  const { related, sameText } = relations(docs, story, strongPairs, statements);
  const everySentencePair = oneDeclaredStory ? strongPairs : alignStatements(all, { ...SENTENCE_ALIGNMENT, related });
  // In a folder of reports, formulaic sentences about other teams or companies align too; sources that declare one story tell one event.
  const sentencePairs = everySentencePair.filter(
    (p) => related(p.a.path, p.b.path) && !tabular(p.a) && !tabular(p.b) && (declared(p.a.path, p.b.path) || !differentSubjects(p)),
  );
  // In a folder of reports, a finding needs two related documents: the others, most of a folder of
  // unrelated reports, are left out of what follows (a third of the check of such a folder).
  const compared = oneDeclaredStory ? docs : relatedToAnother(docs, strongPairs, related);
  const quotePairs = sameQuotations(
    compared.map((d) => ({ path: d.path, text: d.article.text, quotes: quotesByPath.get(d.path)!, reported: reportedStatements(statements.get(d.path)!) })),
    related,
  );
  fillSpeakers(quotePairs);

  // Per ordered pair of documents, the aligned pairs by the span of their first side.
  const alignedByDocs = new Map<string, Array<{ start: number; end: number; pair: AlignedPair; flipped: boolean }>>();
  for (const p of sentencePairs) {
    appendTo(alignedByDocs, `${p.a.path}\u0000${p.b.path}`, { start: p.a.start, end: p.a.end, pair: p, flipped: false });
    appendTo(alignedByDocs, `${p.b.path}\u0000${p.a.path}`, { start: p.b.start, end: p.b.end, pair: p, flipped: true });
  }
  const within = (s: Statement, x: { start: number; end: number }) => x.start >= s.start && x.end <= s.end;
  const alignment: RuleContext['alignment'] = (x: ConflictSide, y: ConflictSide) => {
    let best = 0;
    const list = alignedByDocs.get(`${x.path}\u0000${y.path}`);
    // Widened by one character either side: the statements holding x overlap it even when x is empty.
    if (list) {
      for (const { pair, flipped } of spanIndex(list).overlapping(x.start - 1, x.end + 1)) {
        const [here, there] = flipped ? [pair.b, pair.a] : [pair.a, pair.b];
        if (within(here, x) && within(there, y)) best = Math.max(best, pair.score);
      }
    }
    return best;
  };
  const ctx: RuleContext = { doc: (path) => byPath.get(path)!, story, compared: compared.map((d) => d.path), related, alignment, sameText, quotePairs };

  const enabled = RULES.filter((r) => options.severities?.[r.code as RuleCode] !== 'off');
  const conflicts: Conflict[] = [];
  // A sentence both sources write word for word tells its facts alike: no rule finds anything in it
  // (an edit re-checks a wire copy's hundred such pairs for the one that changed).
  const differing = sentencePairs.filter((p) => p.a.text !== p.b.text);
  for (const rule of enabled) {
    if (rule.checkSentencePair) for (const pair of differing) conflicts.push(...rule.checkSentencePair(pair, ctx));
    if (rule.checkQuotePair) for (const pair of quotePairs) conflicts.push(...rule.checkQuotePair(pair, ctx));
    if (rule.checkStory) conflicts.push(...rule.checkStory(ctx));
  }
  const findings = toFindings(conflicts, byPath, options);
  return {
    story,
    quotePairs,
    documents: docs.map((d) => ({
      path: d.path,
      facts: d,
      entities: story.entities.get(d.path) ?? [],
      quotes: quotesByPath.get(d.path)!,
      findings: findings.get(d.path) ?? [],
    })),
  };
}

/** One diagnostic per side of each conflict (the surer one where two rules flag the same place), each pointing at the other. */
function toFindings(conflicts: Conflict[], byPath: Map<string, RuleDocument>, options: CheckOptions): Map<string, Finding[]> {
  const kept = new Map<string, { path: string; finding: Finding; confidence: number }>();
  for (const c of conflicts) {
    const code = c.code as RuleCode;
    const rule = RULES.find((r) => r.code === code)!;
    const chosen = (options.severities?.[code] ?? rule.defaultSeverity) as Severity;
    // Below the threshold a finding is worth a look, not a warning.
    const severity: Severity = c.confidence < WARNING_CONFIDENCE && (chosen === 'warning' || chosen === 'error') ? 'information' : chosen;
    const sides: Array<['a' | 'b', ConflictSide, ConflictSide]> = c.oneSided
      ? [['a', c.a, c.b]]
      : [
          ['a', c.a, c.b],
          ['b', c.b, c.a],
        ];
    for (const [here, at, other] of sides) {
      if (options.disabledForFile?.get(at.path)?.has(code)) continue;
      const otherDoc = byPath.get(other.path)!;
      const hereDoc = byPath.get(at.path)!;
      const finding: Finding = {
        code,
        severity,
        confidence: c.confidence,
        message: c.message(here, otherDoc.source),
        start: at.start,
        end: at.end,
        related: [{ path: other.path, start: other.start, end: other.end, message: `${otherDoc.source}: “${otherDoc.text.slice(other.start, other.end)}”` }],
      };
      const print = fingerprint(finding, hereDoc.text.slice(at.start, at.end), otherDoc.text.slice(other.start, other.end));
      if (options.reviewed?.has(print)) continue;
      const { changedA, changedB, ...data } = c.data ?? {};
      finding.data = { ...data, fingerprint: print, ...(changedA ? { changedHere: here === 'a' ? changedA : changedB } : {}) };
      // One finding per code, place and other source: the surest.
      const key = `${code}|${at.path}|${at.start}|${at.end}|${other.path}`;
      const prev = kept.get(key);
      if (!prev || c.confidence > prev.confidence) kept.set(key, { path: at.path, finding, confidence: c.confidence });
    }
  }
  const findings = new Map<string, Finding[]>();
  const all = [...kept.values()];
  // A quotation's number, date or negation found changed by its own rule explains the rewording: one finding, the specific one.
  const quotationRole = (code: string) => RULES.find((r) => r.code === code)?.quotation;
  const specific = all.filter((k) => quotationRole(k.finding.code) === 'explains');
  const explained = (path: string, finding: Finding) => {
    const changed = (finding.data?.changedHere as Array<[number, number]> | undefined) ?? [];
    return (
      changed.length > 0 &&
      changed.every(([s, e]) =>
        specific.some(
          (k) =>
            k.path === path &&
            k.finding.related[0].path === finding.related[0].path &&
            k.finding.start <= Math.max(s, e - 1) &&
            k.finding.end >= Math.min(e, s + 1),
        ),
      )
    );
  };
  for (const { path, finding } of all) if (quotationRole(finding.code) !== 'rewording' || !explained(path, finding)) appendTo(findings, path, finding);
  for (const list of findings.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return findings;
}
