import type { Quote } from '../types';
import type { Statement } from './statements';

/**
 * Statements in a source's own voice with a named speaker: "Holloway said the church is about 30
 * years old", "The church is about 30 years old, Holloway said", "…, according to Holloway". They
 * are compared with quotations and other reported statements for who said them (quote-speaker),
 * never for their wording: a report is not a quotation. Read from each sentence's tokens in one
 * pass: no text makes this slower than linear.
 */

/** Verbs of saying, as written. */
const SAYING = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'explained',
  'noted',
  'insisted',
  'argued',
  'warned',
  'wrote',
  'testified',
  'acknowledged',
]);
/** Words a report needs at least, so that a short common phrase is not taken for one statement. */
const MIN_WORDS = 6;

/** The reported statements of one document's sentences, as quotations the story check can pair. */
export function reportedStatements(statements: readonly Statement[]): Quote[] {
  const out: Quote[] = [];
  for (const s of statements) {
    // Sentences holding quotation marks are the quotations' business.
    if (s.quote || /["“”]/.test(s.text)) continue;
    // The wording's tokens, offsets from the statement's start: placing them in the document would copy every token of every sentence.
    const { tokens } = s.wording;
    const at = s.start;
    const persons = s.entities.filter((e) => e.type === 'person');
    if (!persons.length) continue;
    for (let k = 0; k < tokens.length; k++) {
      if (!SAYING.has(tokens[k].norm)) continue;
      const verb = { start: at + tokens[k].start, end: at + tokens[k].end, norm: tokens[k].norm };
      // "X said …": the person right before the verb (a word or two between: "also", a title).
      const subject = persons.find(
        (e) => e.end <= verb.start && verb.start - e.end <= 12 && !/[,.;:]/.test(s.text.slice(e.end - s.start, verb.start - s.start)),
      );
      if (subject && subject.start - s.start < 40) {
        let from = k + 1;
        // "told reporters", "told CNN": the one told is no part of what was said.
        if (/^tol/.test(verb.norm) && from < tokens.length) from++;
        if (tokens[from]?.norm === 'that') from++;
        if (tokens.length - from >= MIN_WORDS) out.push(reported(s, subject, at + tokens[from].start, s.end));
        break;
      }
      // "…, X said." / "…, said X.": the sentence ends on its speaker.
      const comma = s.text.lastIndexOf(',', verb.start - s.start);
      const speaker = persons.find((e) => (e.end <= verb.start && verb.start - e.end <= 2) || (e.start >= verb.end && e.start - verb.end <= 2));
      const closing = speaker && /^[\s.!?]*$/.test(s.text.slice(Math.max(speaker.end, verb.end) - s.start));
      if (
        speaker &&
        closing &&
        comma > 0 &&
        tokens.filter((t) => t.end <= comma).length >= MIN_WORDS &&
        Math.min(speaker.start, verb.start) - (s.start + comma) <= 3
      ) {
        out.push(reported(s, speaker, s.start, s.start + comma));
        break;
      }
    }
    // "…, according to X."
    const last = persons[persons.length - 1];
    const lead = s.text.slice(0, last.start - s.start).trimEnd();
    if (lead.toLowerCase().endsWith('according to') && /^[\s.]*$/.test(s.text.slice(last.end - s.start))) {
      const before = lead.slice(0, -'according to'.length).trimEnd();
      if (before.endsWith(',')) {
        const end = s.start + before.length - 1;
        if (tokens.filter((t) => at + t.end <= end).length >= MIN_WORDS) out.push(reported(s, last, s.start, end));
      }
    }
  }
  return out;
}

function reported(s: Statement, speaker: { start: number; end: number; id: string; name: string }, start: number, end: number): Quote {
  const text = s.text.slice(start - s.start, end - s.start).replace(/[\s.,;!?]+$/, '');
  return {
    start,
    end: start + text.length,
    text,
    kind: 'statement',
    speaker: speaker.name,
    speakerId: speaker.id,
    speakerSpan: { start: speaker.start, end: speaker.end },
    speakerVia: 'reported',
    closed: true,
  };
}
