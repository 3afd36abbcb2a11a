/**
 * Pure text helpers for the `published:` front matter edit (no vscode import, so they can be
 * unit-tested). Offsets are UTF-16 offsets into the document text.
 */

export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** YYYY-MM-DD naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: m.index, end: m.index + m[1].length, text: m[1] });
    if (m[2] === '') break;
  }
  return out;
}

export interface FrontMatterBlock {
  /** The opening `---` line and the closing `---`/`...` line. */
  open: Line;
  close: Line;
  /** Lines in between. */
  body: Line[];
}

/** The front matter block at the very start of the text, as the server reads it; null without one. */
export function findFrontMatter(text: string): FrontMatterBlock | null {
  const all = lines(text);
  if (all.length < 2) return null;
  const first = all[0];
  if (!/^\uFEFF?---[ \t]*$/.test(first.text)) return null;
  for (let i = 1; i < all.length; i++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(all[i].text)) return { open: first, close: all[i], body: all.slice(1, i) };
  }
  return null;
}

const PUBLISHED_KEY = /^(?:published|"published"|'published')[ \t]*:(?=[ \t]|$)/;

/** The existing `published:` value when it is a plain or quoted scalar on the key's line. */
export function readPublished(text: string): string | undefined {
  const fm = findFrontMatter(text);
  const line = fm?.body.find((l) => PUBLISHED_KEY.test(l.text));
  if (!line) return undefined;
  const value = line.text
    .replace(PUBLISHED_KEY, '')
    .replace(/(?:^|[ \t])#.*$/, '')
    .trim();
  return value.replace(/^(["'])(.*)\1$/, '$2') || undefined;
}

/**
 * The single edit that sets `published: <date>`: replaces the value of an existing top-level
 * `published:` key (keeping a trailing comment), else adds the key as the block's last line, else
 * puts a new front matter block at the top. The rest of the text is never touched.
 */
export function publishedDateEdit(text: string, date: string, eol: string): TextEdit {
  const fm = findFrontMatter(text);
  if (!fm) {
    const offset = text.startsWith('\uFEFF') ? 1 : 0;
    return { offset, length: 0, text: `---${eol}published: ${date}${eol}---${eol}` };
  }
  const index = fm.body.findIndex((l) => PUBLISHED_KEY.test(l.text));
  if (index < 0) return { offset: fm.close.start, length: 0, text: `published: ${date}${eol}` };

  const line = fm.body[index];
  const colon = line.start + (PUBLISHED_KEY.exec(line.text)?.[0].length ?? 0);
  const rest = text.slice(colon, line.end);
  const comment = /(^|[ \t])#.*$/.exec(rest);
  const valueText = comment ? rest.slice(0, comment.index) : rest;
  let end = colon + valueText.trimEnd().length;
  if (valueText.trim() === '') {
    // `published:` with the value on indented lines below it: replace those lines too.
    let last = index;
    while (last + 1 < fm.body.length && /^[ \t]+\S/.test(fm.body[last + 1].text) && !/^[ \t]+#/.test(fm.body[last + 1].text)) last++;
    if (last > index) end = fm.body[last].end;
  }
  return { offset: colon, length: end - colon, text: ` ${date}` };
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
