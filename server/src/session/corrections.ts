import { type CheckOptions, checkStory, type DocumentFacts, type Finding, type StoryResult } from '../engine';
import { sameText } from './decisions';

/**
 * The story decisions that correct what the analysis read (words that are no entity or no date, a
 * quotation's speaker) and what a story accepts (spellings), applied between the analysis and the
 * story check. The facts are corrected, not the findings: the story's entities are linked, its
 * quotations compared and its tokens and hovers drawn from the corrected facts, so a speaker set by
 * hand changes the quote-speaker findings too. Both hosts check through `checkDecided`, the
 * language server's analysis worker and the CLI's, so they agree.
 */

/** The corrections of one file, resolved from the decisions that apply to it (its own and its story's). */
export interface FileCorrections {
  notEntities: string[];
  notDates: string[];
  speakers: Array<{ quote: string; speaker: string }>;
}

/** What a story's check corrects: per file (absolute paths, as the check names them), and the spellings the story accepts. Plain data: it crosses to worker threads and keys the CLI's cache. */
export interface Corrections {
  files: Record<string, FileCorrections>;
  spellings: string[];
}

export interface DecidedCheckOptions extends CheckOptions {
  corrections?: Corrections;
}

/** How the analysis says a speaker was set by hand (the engine counts it as a named attribution). */
export const DECIDED_SPEAKER = 'decision';

/** A document's facts with its corrections applied; the facts themselves (cached) are left as they are. */
export function correctedFacts(facts: DocumentFacts, corrections: Corrections | undefined): DocumentFacts {
  const c = corrections?.files[facts.path];
  if (!c) return facts;
  const [notEntity, notDate] = [new Set(c.notEntities.map(sameText)), new Set(c.notDates.map(sameText))];
  const speakers = new Map(c.speakers.map((s) => [sameText(s.quote), s.speaker]));
  const entities = facts.entities.filter((e) => !notEntity.has(sameText(e.text)));
  return {
    ...facts,
    entities,
    dates: facts.dates.filter((d) => !notDate.has(sameText(d.text))),
    quotes: facts.quotes.map((q) => {
      const speaker = speakers.get(sameText(q.text));
      if (speaker === undefined) return q;
      // The person's own mentions give the quotation their id, so the story links it to them in every source.
      const person = entities.find((e) => e.type === 'person' && (e.name === speaker || e.text === speaker));
      const { speakerSpan: _, ...rest } = q;
      return { ...rest, speaker, speakerId: person?.id ?? null, speakerVia: DECIDED_SPEAKER };
    }),
  };
}

/** A story checked with its decisions: the facts corrected, then no spelling finding on a spelling the story accepts. */
export function checkDecided(docs: DocumentFacts[], options: DecidedCheckOptions = {}): StoryResult {
  const result = checkStory(
    docs.map((d) => correctedFacts(d, options.corrections)),
    options,
  );
  const accepted = new Set(options.corrections?.spellings.map(sameText));
  if (!accepted.size) return result;
  const texts = new Map(result.documents.map((d) => [d.path, d.facts.article.text]));
  const spelledAsAccepted = (path: string, f: Finding) =>
    // A spelling finding: it carries the spelling to write instead.
    f.data?.replacement !== undefined &&
    (accepted.has(sameText(texts.get(path)?.slice(f.start, f.end) ?? '')) ||
      f.related.some((r) => accepted.has(sameText(texts.get(r.path)?.slice(r.start, r.end) ?? ''))));
  return { ...result, documents: result.documents.map((d) => ({ ...d, findings: d.findings.filter((f) => !spelledAsAccepted(d.path, f)) })) };
}
