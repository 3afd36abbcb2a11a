/**
 * Deciding whether bytes are an article we can read: binary files and oversize files are skipped
 * with a reason, text is decoded as UTF-8 (invalid bytes become U+FFFD, never an exception).
 */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function decodeArticle(bytes: Uint8Array, maxSize = DEFAULT_MAX_FILE_SIZE): Decoded {
  if (bytes.length > maxSize)
    return { ok: false, reason: `larger than the ${maxSize.toLocaleString('en-US')}-byte limit (${bytes.length.toLocaleString('en-US')} bytes)` };
  if (looksBinary(bytes)) return { ok: false, reason: 'a binary file, not text' };
  return { ok: true, text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes) };
}

/** The same test for text already in the editor. */
export function checkText(text: string, maxSize = DEFAULT_MAX_FILE_SIZE): string | null {
  if (text.length > maxSize) return `larger than the ${maxSize.toLocaleString('en-US')}-character limit`;
  if (text.includes('\u0000')) return 'a binary file, not text';
  return null;
}
