/**
 * Shape checks for what the CLI's cache hands back: an entry is a file that anyone able to write the
 * cache folder could have planted or damaged, and reports are built from it as it stands.
 */
export const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
export const isOffset = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 0;
export const isText = (x: unknown): boolean => typeof x === 'string';
export const isTextOrNull = (x: unknown): boolean => x === null || typeof x === 'string';
export const isOptionalText = (x: unknown): boolean => x === undefined || typeof x === 'string';
export const isSpan = (x: unknown): x is Record<string, unknown> =>
  isObject(x) && isOffset(x.start) && isOffset(x.end) && (x.start as number) <= (x.end as number);
/** A span of `text` whose own `text` is what it spans. */
export const isSpanOf = (x: unknown, text: string): boolean =>
  isSpan(x) && (x.end as number) <= text.length && text.slice(x.start as number, x.end as number) === x.text;
export const every = (x: unknown, test: (item: Record<string, unknown>) => boolean): boolean =>
  Array.isArray(x) && x.every((item) => isObject(item) && test(item));
