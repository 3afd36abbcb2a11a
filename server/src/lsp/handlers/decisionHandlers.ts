import { type Decision, decisionsIn, type TextKind } from '../../session/decisions';
import type { FolderSession } from '../../session/folder';
import { DECIDE, type DecideRequest, type ListedDecision, STORY_DECISIONS, type StoryDecisions, UNDO_DECISION } from '../clientProtocol';
import type { ServerContext } from '../context';
import { labelOf } from '../labels';
import { toPath } from '../positions';

export const DECISION_COMMANDS = [DECIDE, UNDO_DECISION] as const;

const KIND_NAMES: Record<Decision['kind'], string> = {
  reviewed: 'Reviewed',
  'rule-off': 'Rule off',
  spelling: 'Spelling',
  'not-entity': 'Not an entity',
  'not-date': 'Not a date',
  speaker: 'Speaker',
};

/** A decision as the list shows it: what it decides, and where it holds. */
export function listed(d: Decision): ListedDecision {
  const base = { kind: KIND_NAMES[d.kind], decision: d };
  switch (d.kind) {
    case 'reviewed': {
      const [a, b] = d.mark.sides;
      return {
        ...base,
        label: `“${labelOf(a.text)}” / “${labelOf(b.text)}” (${d.mark.code})`,
        where: [a.file ?? 'any file', b.file ?? 'any file'].join(' · '),
      };
    }
    case 'rule-off':
      return { ...base, label: `${d.code} turned off`, where: d.file, code: d.code, file: d.file };
    case 'speaker':
      return { ...base, label: `“${labelOf(d.mark.quote)}” is ${d.mark.speaker}’s`, where: d.mark.file };
    default: {
      const what = { spelling: 'is a spelling this story accepts', 'not-entity': 'is not an entity', 'not-date': 'is not a date' }[d.kind];
      return { ...base, label: `“${labelOf(d.mark.text)}” ${what}`, where: d.mark.file ?? d.mark.story ?? '' };
    }
  }
}

/**
 * The story decisions made from the editor: the quick fixes for misreads and spellings keep one
 * (`secondSource.decide`), Show Story Decisions lists them (`secondSource/decisions`) and undoes the
 * one chosen (`secondSource.undoDecision`). Each change re-checks what it touches.
 */
export class DecisionHandlers {
  constructor(private readonly ctx: ServerContext) {}

  register(): void {
    this.ctx.connection.onRequest(STORY_DECISIONS, (params: { uri: string }) => this.listHandler(params));
  }

  /** Runs one of DECISION_COMMANDS (CommandHandlers routes them here). */
  async execute(command: string, args: unknown[]): Promise<void> {
    const [uri, detail] = args;
    if (typeof uri !== 'string' || !detail || typeof detail !== 'object') return;
    if (command === DECIDE) await this.decide(toPath(uri), detail as DecideRequest);
    else if (command === UNDO_DECISION) await this.undo(toPath(uri), detail as Decision);
  }

  listHandler(params: { uri: string }): StoryDecisions {
    const session = this.ctx.configuration.sessions.of(toPath(params.uri));
    session.decisions.load();
    return { decisions: decisionsIn(session.decisions.decisions.data).map(listed), problem: session.decisions.problem };
  }

  /** Keeps a decision about the document at `path`, then re-checks its story. */
  async decide(path: string, request: DecideRequest): Promise<void> {
    const session = this.ctx.configuration.sessions.of(path);
    const decision = this.decisionOf(session, path, request);
    if (decision) this.save(() => session.decisions.decide(decision));
    await this.ctx.scheduler.checkOf(path);
  }

  /** Takes a decision back; every story shown may hold what it covered (a mark on another file). */
  async undo(path: string, decision: Decision): Promise<void> {
    const session = this.ctx.configuration.sessions.of(path);
    this.save(() => session.decisions.undo(decision));
    for (const key of this.ctx.publisher.stories()) this.ctx.scheduler.schedule(key);
    await this.ctx.scheduler.checkOf(path);
  }

  private decisionOf(session: FolderSession, path: string, r: DecideRequest): Extract<Decision, { kind: TextKind | 'speaker' }> | null {
    const file = session.fileKey(path);
    if (typeof r.text !== 'string' || !r.text.trim()) return null;
    if (r.kind === 'speaker')
      return typeof r.speaker === 'string' && r.speaker.trim() ? { kind: 'speaker', mark: { file, quote: r.text, speaker: r.speaker } } : null;
    if (!(r.kind in KIND_NAMES)) return null;
    const story = this.ctx.workspace.storyOf(path);
    // A spelling is the story's: the other sources write the name too.
    const perFile = r.scope === 'file' && r.kind !== 'spelling';
    if (!perFile && !story) return null;
    return { kind: r.kind, mark: perFile ? { file, text: r.text } : { story: session.storyScope(story!), text: r.text } };
  }

  private save(change: () => void): void {
    try {
      change();
    } catch (err) {
      void this.ctx.connection.window.showErrorMessage(`Second Source: could not save to the story decisions file: ${(err as Error).message ?? err}`);
    }
  }
}
