import type { Conflict, Rule, RuleContext } from './types';

/** An entity spelled differently from the other sources (likely a misspelling). */
export const nameVariant: Rule = {
  code: 'name-variant',
  title: 'Name spelled differently',
  description: 'A name is spelled differently from how the other sources on the story spell it ("TicToc" / "TikTok"); the rarer spelling is flagged.',
  defaultSeverity: 'information',
  checkStory(ctx: RuleContext) {
    const out: Conflict[] = [];
    for (const m of ctx.story.misspellings) {
      const entity = ctx.story.byId.get(m.id);
      if (!entity) continue;
      for (const [path, mentions] of entity.mentions) {
        const variants = mentions.filter((x) => x.text === m.variant);
        if (variants.length === 0) continue;
        // The correct spelling in another source on the same event: the first one there.
        for (const [otherPath, others] of entity.mentions) {
          if (otherPath === path || !ctx.related(path, otherPath)) continue;
          const correct = others.find((x) => x.via !== 'misspelling' && x.text.toLowerCase() === m.canonical.toLowerCase()) ?? others.find((x) => x.via !== 'misspelling');
          if (!correct) continue;
          for (const v of variants) {
            out.push({
              code: 'name-variant',
              a: { path, start: v.start, end: v.end },
              b: { path: otherPath, start: correct.start, end: correct.end },
              message: (here, other) => (here === 'a' ? `“${v.text}” is spelled “${correct.text}” in ${other}.` : `${other} spells this “${v.text}”.`),
              data: { replacement: correct.text },
            });
          }
          break;
        }
      }
    }
    return out;
  },
};
