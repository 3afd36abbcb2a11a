/** Numbers written as words, for every reader of them (dates, quantities). Maps: "constructor" is a word of the text too. */

/** "zero" to "nineteen". */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ].map((word, value) => [word, value]),
);

/** "twenty" to "ninety". */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, k) => [word, 20 + 10 * k]),
);
