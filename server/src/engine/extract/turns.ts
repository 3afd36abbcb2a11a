/**
 * A transcript turn: a paragraph opening with a quotation mark and a speaker label in capitals
 * (`"PENCE: Well, …`, `“Q: …`). Each turn is its own quotation, left open or closed by the
 * opener's partner; marks of another glyph inside it are nested quotations.
 */
export const TURN = /^(["“„«]|''|``)[ \t]*\p{Lu}[\p{Lu}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){0,3}:[ \t]+(?=\S)/u;
export const PARTNER: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', "''": "''", '``': "''" };

/** Where the words of a transcript turn start in paragraph text `pt` (after its label), or -1. */
export function turnStart(pt: string): number {
  const m = TURN.exec(pt);
  return m ? m[0].length : -1;
}
