/** Longest passage a fix or a listed decision names before it is cut with an ellipsis: a menu gives each one line. */
const LABEL_CHARS = 32;

/** A passage as a menu names it: on one line, cut at a word near `LABEL_CHARS`. */
export function labelOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= LABEL_CHARS) return flat;
  const cut = flat.slice(0, LABEL_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
