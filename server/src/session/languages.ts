/**
 * The languages Second Source checks and the file extensions of each: the one list the server's
 * workspace scan, the CLI's folder search and the manifest test read (package.json declares the
 * `article` language's extensions too; test/unit/manifest.test.ts holds the two together).
 */
export const LANGUAGE_EXTENSIONS = {
  article: ['.article', '.news'],
  plaintext: ['.txt'],
  markdown: ['.md'],
} as const;

export type CheckedLanguage = keyof typeof LANGUAGE_EXTENSIONS;

/** File extensions of the languages checked: `article` always, the others when listed. */
export function extensionsFor(languages: readonly string[]): string[] {
  const chosen = (Object.keys(LANGUAGE_EXTENSIONS) as CheckedLanguage[]).filter((l) => l === 'article' || languages.includes(l));
  return chosen.flatMap((l) => LANGUAGE_EXTENSIONS[l]);
}

/** Every language Second Source can check: what the CLI searches folders for unless settings say otherwise. */
export const ALL_LANGUAGES: readonly CheckedLanguage[] = Object.keys(LANGUAGE_EXTENSIONS) as CheckedLanguage[];
