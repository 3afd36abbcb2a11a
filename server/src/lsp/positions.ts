import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Position, Range } from 'vscode-languageserver';
import { Lru, type Span } from '../engine';
import { LineIndex } from '../host/lines';

/**
 * The server's one conversion between the engine's string offsets and LSP positions (UTF-16
 * line/character), and between file paths and URIs. An open document's own text is what the
 * editor counts in; a closed article's text is the workspace's copy, with its line index kept
 * while the text is unchanged (every related span of a finding needs one).
 */

export function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

export function toUri(path: string): string {
  return path.includes('://') || path.startsWith('untitled:') ? path : pathToFileURL(path).toString();
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export class Positions {
  private readonly closed = new Lru<string, { text: string; index: LineIndex }>(200);

  /** `textOf` gives a file's current text: the editor's for an open document, else the one on disk. */
  constructor(readonly textOf: (path: string) => string | undefined) {}

  private index(path: string): LineIndex | null {
    const text = this.textOf(path);
    if (text === undefined) return null;
    let hit = this.closed.get(path);
    if (hit?.text !== text) {
      hit = { text, index: new LineIndex(text) };
      this.closed.set(path, hit);
    }
    return hit.index;
  }

  /** A position converter for one file's current text (the file's start when it has none). */
  of(path: string): (offset: number) => Position {
    const index = this.index(path);
    return index ? (offset) => index.positionAt(offset) : () => START.start;
  }

  /** The offset of a position in the file's current text, undefined when it has none. */
  offsetAt(path: string, position: Position): number | undefined {
    return this.index(path)?.offsetAt(position);
  }

  range(path: string, span: Span): Range {
    const index = this.index(path);
    return index ? { start: index.positionAt(span.start), end: index.positionAt(span.end) } : START;
  }

  /** The file's start: where a message about the whole file goes. */
  static readonly fileStart: Range = START;
}
