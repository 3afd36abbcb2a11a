/** Which way a date expression points, judged from the verbs and cues of its sentence. */
export type Tense = 'past' | 'future' | 'neutral';

const FUTURE_WORDS = new Set([
  'will', "won't", 'wont', "'ll", 'shall', 'would', 'plan', 'plans', 'planned', 'planning', 'scheduled', 'schedule',
  'expect', 'expects', 'expected', 'due', 'deadline', 'payable', 'effective', 'expire', 'expires', 'expiring',
  'upcoming', 'next', 'coming', 'intend', 'intends', 'intended', 'hope', 'hopes', 'aim', 'aims', 'promised', 'promise',
  'promises', 'going', 'set', 'until', 'till', 'resume', 'resumes', 'begin', 'begins', 'start', 'starts', 'await',
  'awaits', 'awaiting', 'looming', 'slated', 'targeted', 'proposed', 'must', 'should', 'could', 'may', 'might',
  'extended', 'postponed', 'delayed', 'redeem', 'redemption', 'tomorrow', 'later', 'soon', 'can', 'ahead',
]);

const PAST_WORDS = new Set([
  'said', 'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'told', 'took', 'made', 'came', 'went', 'got', 'gave',
  'left', 'met', 'won', 'lost', 'began', 'rose', 'fell', 'sold', 'bought', 'paid', 'held', 'saw', 'led', 'hit', 'put',
  'cut', 'set', 'quit', 'ran', 'wrote', 'spoke', 'found', 'thought', 'brought', 'sent', 'built', 'spent', 'kept',
  'became', 'grew', 'knew', 'shot', 'struck', 'fought', 'stood', 'yesterday', 'since', 'previously', 'already',
  'former', 'formerly', 'once', 'then',
]);

/** Words ending in -ed that are not past-tense verbs, or point forward. */
const ED_NOT_PAST = /^(?:need|united|limited|indeed|bed|red|feed|seed|speed|hundred|proceed|succeed|exceed|scheduled|expected|planned|proposed|intended|slated|targeted|extended|postponed|delayed|based|related|listed|traded|used)$/;

/** The sentence around [start, end) in `text`. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0) {
    const ch = text[s - 1];
    if ((ch === ' ' || ch === '\n') && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, s - 3), s - 1)) && !/\b(?:[A-Z][a-z]{0,3}|[A-Z])\.$/.test(text.slice(Math.max(0, s - 8), s - 1))) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const ch = text[e];
    if (/[.!?]/.test(ch) && (e + 1 >= text.length || /\s/.test(text[e + 1]) || /["”’)]/.test(text[e + 1])) && !/\b(?:[A-Z][a-z]{0,3}|[A-Z])$/.test(text.slice(Math.max(0, e - 6), e))) break;
    e++;
  }
  return [s, e];
}

/** Past, future or neutral, from the nearest tense cue in the sentence (a preposition like "by" right before wins). */
export function tenseAt(text: string, start: number, end: number): Tense {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:by|until|till|through|effective|payable|expires?|expiring|record|starting|beginning|before)\s+(?:(?:on|at|the)\s+)?$/i.test(before)) return 'future';
  if (/\b(?:since|ago)\s+(?:(?:on|at|the)\s+)?$/i.test(before)) return 'past';
  const [s, e] = sentenceBounds(text, start, end);
  let best: Tense = 'neutral';
  let bestDist = Infinity;
  const re = /[A-Za-z][A-Za-z']*/g;
  re.lastIndex = s;
  for (let m = re.exec(text); m && m.index < e; m = re.exec(text)) {
    if (m.index >= start && m.index < end) continue;
    const w = m[0].toLowerCase();
    let t: Tense | null = null;
    if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) t = 'future';
    else if (PAST_WORDS.has(w) || (w.length > 4 && w.endsWith('ed') && !ED_NOT_PAST.test(w))) t = 'past';
    if (!t) continue;
    const dist = m.index < start ? start - (m.index + m[0].length) : m.index - end;
    // Cues before the expression govern it a little more than cues after it.
    const weighted = m.index < start ? dist : dist * 1.5;
    if (weighted < bestDist) {
      bestDist = weighted;
      best = t;
    }
  }
  return best;
}
