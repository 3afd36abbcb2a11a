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

/** "first" to "thirty-first": the ordinals of the days of a month, and of most rankings. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ]
    .map((word, k): [string, number] => [word, k + 1])
    .concat(
      ['twentieth', 'thirtieth'].map((word, k) => [word, 20 + 10 * k]),
      ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((word, k) => [`twenty-${word}`, 21 + k]),
      [['thirty-first', 31]],
    ),
);
