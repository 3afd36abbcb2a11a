import { parseDocument } from 'yaml';
import { memo, textCache } from './collections';
import { periodOfAbbreviation } from './text';
import type { Span, TextSpan } from './types';

export interface FrontMatter {
  title?: string;
  source?: string;
  published?: string;
  url?: string;
  story?: string;
}

export interface FrontMatterProblem extends Span {
  message: string;
}

/** An article file split into front matter, body and paragraphs; offsets are into `text`. */
export interface Article {
  path: string;
  text: string;
  frontMatter: FrontMatter;
  /** Where the front matter block ends (0 without one). */
  bodyStart: number;
  problems: FrontMatterProblem[];
  /** Headline: front matter title, else the first non-empty paragraph when it reads like one. */
  title: TextSpan | null;
  /** The outlet: front matter `source`, else the file name without extension. */
  source: string;
  /** ISO date (YYYY-MM-DD) relative dates are anchored to, null when unknown. */
  published: string | null;
  /** Explicit story key from front matter, null when the folder decides. */
  story: string | null;
  paragraphs: TextSpan[];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n|^)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Starts with an ISO date that exists: a year from 0001, month 01-12, a day the month has (not 2021-13-45 or 0000-00-00). */
function realDay(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  if (year < 1 || month < 1 || month > 12) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day >= 1 && day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]);
}

export function baseName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.[^.]+$/, '');
}

function asString(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
}

interface ParsedYaml {
  /** The block as plain data, null when it has errors. Read only: shared by every analysis of the block. */
  data: unknown;
  errors: Array<{ pos: [number, number]; message: string }>;
}

/** Every edit re-analyses the article while its front matter stays as it was: parse each block once. */
const yamlCache = textCache<ParsedYaml>(1000);

function parseYaml(block: string): ParsedYaml {
  try {
    const doc = parseDocument(block, { prettyErrors: false });
    const errors = doc.errors.map((err) => ({ pos: err.pos ?? ([0, 0] as [number, number]), message: err.message.split('\n')[0] }));
    return { data: errors.length === 0 ? doc.toJS() : null, errors };
  } catch (err) {
    // The parser throws too: toJS refuses a block whose aliases expand too far (over 100 of them).
    return { data: null, errors: [{ pos: [0, block.length], message: String((err as Error)?.message ?? err).split('\n')[0] }] };
  }
}

function readFrontMatter(text: string): { fm: FrontMatter; bodyStart: number; problems: FrontMatterProblem[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { fm: {}, bodyStart: 0, problems: [] };
  const yamlStart = match[0].indexOf('\n') + 1;
  const problems: FrontMatterProblem[] = [];
  const { data, errors } = memo(yamlCache, match[1], parseYaml);
  for (const err of errors) {
    const [s, e] = err.pos;
    problems.push({ start: yamlStart + s, end: Math.max(yamlStart + e, yamlStart + s + 1), message: `Front matter is not valid YAML: ${err.message}` });
  }
  const fm: FrontMatter = {};
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const obj = data as Record<string, unknown>;
    for (const key of ['title', 'source', 'published', 'url', 'story'] as const) {
      const v = asString(obj[key]);
      if (v !== undefined) fm[key] = v;
    }
  } else if (data !== null && errors.length === 0) {
    problems.push({ start: yamlStart, end: yamlStart + match[1].length, message: 'Front matter should be a YAML mapping (key: value lines).' });
  }
  if (fm.published !== undefined && !realDay(fm.published)) {
    const at = text.indexOf(fm.published, yamlStart);
    const what = ISO_DATE.test(fm.published) ? 'is not a day of the calendar' : 'is not an ISO date (YYYY-MM-DD)';
    problems.push({
      start: Math.max(at, yamlStart),
      end: Math.max(at, yamlStart) + fm.published.length,
      message: `published: "${fm.published}" ${what}; relative dates stay unresolved.`,
    });
    delete fm.published;
  }
  return { fm, bodyStart: match[0].length, problems };
}

/**
 * Longest paragraph handed to the extractors. NLP cost grows faster than linearly with the length
 * of one unit, so a pathological paragraph (a 1 MB single line) is cut at sentence ends.
 */
export const MAX_PARAGRAPH = 6000;

/** Where the last sentence of a window ends: the offset of its . ? or !, -1 when none. */
function lastSentenceEnd(window: string): number {
  for (let at = window.length - 2; at > window.length / 2; at--) {
    if (window[at + 1] !== ' ' || !'.?!'.includes(window[at])) continue;
    if (window[at] !== '.' || !periodOfAbbreviation(window, at)) return at;
  }
  return -1;
}

function capLength(p: TextSpan, out: TextSpan[]): void {
  let start = 0;
  while (p.text.length - start > MAX_PARAGRAPH) {
    const window = p.text.slice(start, start + MAX_PARAGRAPH);
    // Prefer a line break (scraped articles put each paragraph on a line), then a sentence end that
    // is no abbreviation's period ("on Nov. 10"), else any white space, else a hard cut that keeps surrogate pairs whole.
    let cut = window.lastIndexOf('\n');
    if (cut <= MAX_PARAGRAPH / 2) cut = lastSentenceEnd(window);
    cut = cut > MAX_PARAGRAPH / 2 ? cut + 1 : window.lastIndexOf(' ') > MAX_PARAGRAPH / 2 ? window.lastIndexOf(' ') + 1 : MAX_PARAGRAPH;
    if (cut === MAX_PARAGRAPH && /[\uD800-\uDBFF]/.test(window[cut - 1])) cut--;
    pushPiece(p, start, start + cut, out);
    start += cut;
  }
  pushPiece(p, start, p.text.length, out);
}

function pushPiece(p: TextSpan, from: number, to: number, out: TextSpan[]): void {
  const raw = p.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) out.push({ start: p.start + from + lead, end: p.start + from + lead + body.length, text: body });
}

/** Paragraphs are runs of non-blank lines; offsets exclude surrounding white space. */
export function splitParagraphs(text: string, from: number): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  re.lastIndex = from;
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) capLength({ start, end, text: text.slice(start, end) }, out);
    start = -1;
  };
  while (re.lastIndex < text.length) {
    const m = re.exec(text);
    if (!m || m[0].length === 0) break;
    const line = m[0].replace(/[\r\n]+$/, '');
    const lead = line.length - line.trimStart().length;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (start < 0) start = m.index + lead;
    end = m.index + line.trimEnd().length;
  }
  flush();
  return out;
}

function looksLikeHeadline(p: TextSpan): boolean {
  return p.text.length <= 200 && !/[.!?]["”’)]?$/.test(p.text) && !p.text.includes('\n');
}

export function parseArticle(path: string, text: string): Article {
  const { fm, bodyStart, problems } = readFrontMatter(text);
  const paragraphs = splitParagraphs(text, bodyStart);
  let title: TextSpan | null = null;
  if (fm.title) {
    title = { start: 0, end: 0, text: fm.title };
  } else if (paragraphs.length > 1 && looksLikeHeadline(paragraphs[0])) {
    title = paragraphs[0];
  } else if (paragraphs.length > 1 && looksLikeHeadline(paragraphs[paragraphs.length - 1])) {
    // Scraped articles sometimes carry their headline on the last line.
    title = paragraphs[paragraphs.length - 1];
  }
  const published = fm.published ? ISO_DATE.exec(fm.published)![0] : null;
  return {
    path,
    text,
    frontMatter: fm,
    bodyStart,
    problems,
    title,
    source: fm.source ?? baseName(path),
    published,
    story: fm.story ?? null,
    paragraphs,
  };
}
