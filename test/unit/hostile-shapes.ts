/**
 * Text shaped to find super-linear work in the analysis (issue 21): each shape is one pattern
 * repeated to any length. Used by the time-budget test and the fuzz target.
 */

/** `unit` repeated to exactly `n` characters. */
export function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(Math.max(n, 1) / unit.length)).slice(0, Math.max(n, 1));
}

export const SHAPES: Record<string, (n: number) => string> = {
  // Item 2: a long name holding a ticker's letters in order, but not the last one.
  ticker: (n) => `M${fill('sft', n - 60)} Corporation said on Monday that MSFTX shares rose.`,
  // Item 3: "X said " over and over in one sentence.
  saidRepeated: (n) => `${fill('Smith said ', n - 40)}the church is about 30 years old.`,
  // Item 4: a run of capitals, without and with spaces, dashes and periods.
  capitals: (n) => fill('A', n),
  capitalWords: (n) => fill('AB ', n),
  capitalsWithDashes: (n) => fill('A-', n),
  capitalsWithPeriods: (n) => fill('A.', n),
  // ", X said" closing a sentence before a long run of spaces.
  saidBeforeSpaces: (n) => `Oracle, A said${fill(' ', n - 20)}x`,
  straightQuotes: (n) => fill('"', n),
  curlyQuotes: (n) => fill('“', n),
  quotesAndWords: (n) => fill('“We will” ', n),
  digitsWithCommas: (n) => `1${fill(',000', n - 1)}`,
  abbreviations: (n) => fill('Mr. ', n),
  dashes: (n) => fill('-', n),
  emDashes: (n) => fill('— ', n),
  spaces: (n) => `Oracle${fill(' ', n - 20)}said Smith.`,
  oneLongWord: (n) => fill('a', n),
  shortLines: (n) => fill('Smith\n', n),
};
