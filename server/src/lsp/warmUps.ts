import { analyzeDocument, type CheckOptions, checkStory, type DocumentFacts } from '../engine';
import { WARM_UP_TEXT_CHARS } from './workerProtocol';

/**
 * The analysis worker's warm-ups: work replayed in its idle moments, results dropped, so that V8
 * has optimised the analysis before the editor needs it. Only the worker loads this module.
 *
 * 1. At start, a short article is analysed a few times over and checked beside a second version.
 *    One step at a time, each once the worker has had no request for a moment: the editor opens an
 *    article as it starts the server, and that article used to wait ~180 ms for all of it.
 * 2. After the first request, a real long article is analysed afresh a few times, with a typo in
 *    every sentence so that each is new text to compromise (and none of it is left in the caches
 *    for an article opened later). V8 kept optimising the analysis of long articles for ~6,000
 *    words of new text: in process, the first three 2,000-word articles took 90-180 ms each, later
 *    ones 45-85; after three such replays on one real article, the next four took 43-76 ms.
 *    Generated text warmed V8 half as well (96-134 ms): it is real prose that needs to be run. The
 *    server sends the longest article of its workspace; without one, the first long article opened
 *    serves. In the benchmark, a 2,000-word article opened a second after the server started took
 *    58-88 ms to its first tokens instead of 139-255.
 * 3. Typing is replayed on the first long article opened: one word changed at a time, re-analysed
 *    and re-checked beside the other sources of its story. V8 keeps optimising for ~100 edits, and
 *    early edits took up to twice as long as later ones. Replayed at once, the first 20 edits held
 *    up the first edits of a user who started typing straight away, p95 45-72 ms instead of 28-33
 *    over 80 edits.
 *
 * Each step waits for a quiet moment, and a request waits at most for the step under way.
 */

const START_UP_ARTICLE = [
  'WASHINGTON (Wire) - "We will not sell," John Smith, chief executive of Acme Corp., said in Paris on Monday, 12 March 2019.',
  'The company said it would cut 1,200 jobs at its plant in Dayton, Ohio, and close two offices in Europe by June.',
  '"The decision was hard, but the market has changed," Smith told reporters. "We are confident the site will reopen."',
  'The union, led by Maria Lopez, called the cuts a betrayal and said 300 workers had already left since January.',
  'Analysts at Beta Bank expect the shares to rise 5 percent this week, according to a note seen by Reuters.',
  'Governor Tom Reed said the state would offer $40 million in aid, a spokeswoman for the governor confirmed on Tuesday.',
].join('\n\n');
/** Quiet time before a start-up step while no request has come. */
const START_UP_IDLE_MS = 20;
/**
 * Quiet time before a step once the editor is sending requests: more than the pause between two
 * keystrokes' requests or two articles opened together, so that steps run in real pauses, not
 * between the requests of one burst.
 */
const IDLE_MS = 250;
const REOPENING_REPLAYS = 3;
/**
 * Longer articles are re-analysed up to a paragraph break near here: a request arriving meanwhile
 * waits for the step, and a 2,000-word article took ~50-150 ms (a 50,000-character one would take
 * four times as long, for no more warming).
 */
const REOPENING_MAX_CHARS = 15_000;
const TYPING_REPLAYS = 100;

/** An article opened in the editor, as a check request brought it. */
export interface OpenedArticle {
  text: string;
  /** The other sources of its story, analysed. */
  others: DocumentFacts[];
  options: CheckOptions;
}

export class WarmUps {
  private served = false;
  private reopened = false;
  private typed = false;
  private workspaceText: string | undefined;

  /** Starts the start-up warm-up; `idleMs` is how long the worker has had no request. */
  constructor(private readonly idleMs: () => number) {
    // Other numbers each time: new paragraphs, so compromise's tagger runs too, not only the caches.
    const version = (n: number) => START_UP_ARTICLE.replace(/\d+/g, (d) => String(Number(d) + n));
    const steps = [0, 1, 2, 3, 4].map((n) => () => void analyzeDocument('warm-up.article', version(n)));
    steps.push(
      () => void checkStory([analyzeDocument('warm-up/a.article', version(5)), analyzeDocument('warm-up/b.article', version(6).replace(/said/g, 'says'))]),
    );
    this.run(steps, () => (this.served ? IDLE_MS : START_UP_IDLE_MS));
  }

  /** A long article of the workspace (the server picks it within `WARM_UP_TEXT_CHARS`), replayed once a first request has been served. */
  fromWorkspace(text: string): void {
    this.workspaceText = text;
    if (this.served) this.afterRequest();
  }

  /**
   * After each reply: starts what that request made possible, at most once each. `opened` gives the
   * long article the request opened, if any (asked for only while typing is still to be replayed).
   */
  afterRequest(opened?: () => OpenedArticle | undefined): void {
    this.served = true;
    const steps: Array<() => void> = [];
    const article = this.typed ? undefined : opened?.();
    if (article) {
      this.typed = true;
      if (!this.reopened) steps.push(...this.reopening(article.text));
      steps.push(...typing(article));
    } else if (this.workspaceText !== undefined && !this.reopened) steps.push(...this.reopening(this.workspaceText));
    this.workspaceText = undefined;
    if (steps.length) this.run(steps, () => IDLE_MS);
  }

  private reopening(text: string): Array<() => void> {
    this.reopened = true;
    const paragraphEnd = text.lastIndexOf('\n\n', REOPENING_MAX_CHARS);
    const part = text.length <= REOPENING_MAX_CHARS ? text : text.slice(0, paragraphEnd > 0 ? paragraphEnd : REOPENING_MAX_CHARS);
    return Array.from({ length: REOPENING_REPLAYS }, (_, r) => () => void analyzeDocument('warm-up/reopened.article', withTypoInEverySentence(part, r)));
  }

  /** Runs the steps one per turn of the event loop, each once the worker has had no request for `quietMs()`. */
  private run(steps: Array<() => void>, quietMs: () => number): void {
    let k = 0;
    const next = () => {
      const wait = quietMs() - this.idleMs();
      if (wait > 0) return void setTimeout(next, wait).unref();
      try {
        steps[k++]();
      } catch {
        // Only a warm-up: the real checks answer for themselves.
        return;
      }
      if (k < steps.length) setImmediate(next);
    };
    next();
  }
}

/** Long enough to be worth a warm-up of its own, short enough to replay. */
export function isWarmUpText(text: string): boolean {
  return text.length >= WARM_UP_TEXT_CHARS.min && text.length <= WARM_UP_TEXT_CHARS.max;
}

/** An edit's analysis and its check are two steps: a request waits at most for the longer half. */
function typing({ text, others, options }: OpenedArticle): Array<() => void> {
  const steps: Array<() => void> = [];
  let edited = text;
  let facts: DocumentFacts | undefined;
  for (let e = 0; e < TYPING_REPLAYS; e++) {
    steps.push(() => {
      edited = withTypoAt(edited, e * 7);
      facts = analyzeDocument('warm-up/typing.article', edited);
    });
    steps.push(() => void checkStory([facts!, ...others], options));
  }
  return steps;
}

const LOWER_CASE_WORD = /\b\p{Ll}{4,}\b/gu;
const ANY_WORD = /\p{L}+/gu;

/** `text` with the last letter of its `index`-th word doubled (longer lower-case words, unless told). */
function withTypoAt(text: string, index: number, words = LOWER_CASE_WORD): string {
  let n = 0;
  return text.replace(words, (w) => (n++ === index ? w + w.match(/.$/u)![0] : w));
}

/** `text` with a typo in every sentence: in its `r`-th longer lower-case word, counting round, else in any word. */
export function withTypoInEverySentence(text: string, r: number): string {
  return text.replace(/[^.!?\n]+/g, (sentence) => {
    for (const words of [LOWER_CASE_WORD, ANY_WORD]) {
      const count = sentence.match(words)?.length ?? 0;
      if (count) return withTypoAt(sentence, r % count, words);
    }
    return sentence;
  });
}
