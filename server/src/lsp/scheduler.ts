import type { CancellationToken } from 'vscode-languageserver';
import type { FolderSession, FolderSessions } from '../session/folder';
import type { ArticleWorkspace } from '../session/workspace';
import type { DiagnosticsPublisher } from './publisher';
import type { StoryChecker } from './storyChecker';
import { diagnosedDocuments, type CheckResult, type ServedFacts, type ServedResult } from './workerProtocol';

/**
 * What to analyse next and what to keep of it. No debounce: an edit is checked at once, unless a
 * check of its story is running; then it is checked right after, once, however many edits came in
 * between. A result overtaken by an edit is dropped (the edit has scheduled the check that
 * replaces it), and stories with an open document go to the worker first (StoryChecker).
 */
export class StoryScheduler {
  /** Each story's last result that hovers and tokens read, while one of its articles is open. */
  private readonly results = new Map<string, ServedResult>();
  /** A document's own facts, sent ahead of its story's result; replaced when the result arrives. */
  private readonly early = new Map<string, ServedFacts>();
  private readonly earlyWaiters: Array<() => void> = [];
  /** Stories with a check queued for the next turn of the event loop, and stories edited during a check. */
  private readonly queued = new Map<string, NodeJS.Immediate>();
  private readonly dirty = new Set<string>();
  /** Checks in flight per story; requests that need a fresh result wait for them. */
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Stories whose last check failed (the worker threw or ran out of memory), with why. */
  readonly failed = new Map<string, string>();

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly checker: StoryChecker,
    private readonly sessions: FolderSessions,
    private readonly publisher: DiagnosticsPublisher,
    private readonly log: (message: string) => void,
    /** Each check's timing, for the output channel (a debug line: one per keystroke). */
    private readonly trace: (message: string) => void = () => undefined,
  ) {}

  /**
   * Re-checks one story (in the analysis worker) and publishes its diagnostics; `whole` covers all
   * of a large story's articles, not only those near the open ones.
   */
  check(key: string, whole = false): Promise<void> {
    const scope = () => (whole ? this.workspace.members(key) : this.workspace.checkScope(key));
    const docs = scope().map((m) => ({ path: m.path, text: m.text }));
    const session = docs.length ? this.sessions.of(docs[0].path) : undefined;
    const options =
      session?.checkOptions(
        docs.map((d) => d.path),
        key,
      ) ?? {};
    // Own facts ahead of the story only for open articles whose tokens would otherwise wait.
    const open = docs.filter((d) => this.workspace.isOpen(d.path) && !this.earlyFacts(d.path) && !this.checkedDoc(d.path)).map((d) => d.path);
    const editing = docs.some((d) => this.workspace.isOpen(d.path));
    const onEarly = (facts: ServedFacts) => {
      // Tokens of a newly opened article need only its own facts: answer before the story is checked.
      if (this.workspace.textOf(facts.path) !== facts.article.text) return;
      this.early.set(facts.path, facts);
      this.wakeWaiters();
    };
    const texts = new Map(docs.map((d) => [d.path, d.text]));
    const started = Date.now();
    const run = this.checker.check(key, docs, options, open, onEarly, editing).then(
      (checked) => {
        this.trace(`second-source: checked ${this.workspace.storyLabel(key)} (${docs.length} articles) in ${Date.now() - started} ms`);
        this.failed.delete(key);
        const current = scope().length === docs.length && docs.every((d) => this.workspace.textOf(d.path) === d.text);
        if (!current) return;
        const result = session ? withoutReviewed(checked, session, (p) => texts.get(p)) : checked;
        // Hovers and tokens need the full result only while one of the story's articles is open;
        // of a story no one is editing (a workspace check), the worker sends only its diagnostics.
        if ('documents' in result && docs.some((d) => this.workspace.isOpen(d.path))) this.results.set(key, result);
        else this.results.delete(key);
        for (const d of docs) this.early.delete(d.path);
        this.publisher.publish(key, diagnosedDocuments(result));
        this.wakeWaiters();
      },
      (err: Error) => {
        this.log(`second-source: could not check story ${this.workspace.storyLabel(key)}: ${err.stack ?? err}`);
        // Said on each of its files: the log alone left them silently without diagnostics.
        const reason = String(err.message ?? err).split('\n')[0];
        this.failed.set(key, reason);
        this.publisher.failed(
          key,
          docs.map((d) => d.path),
          reason,
        );
      },
    );
    this.inFlight.set(key, run);
    void run.finally(() => {
      if (this.inFlight.get(key) === run) this.inFlight.delete(key);
      // Edits made while the worker was busy: one more check, on the latest text.
      if (this.dirty.delete(key)) this.schedule(key);
    });
    return run;
  }

  /** Checks the story of `path` now. */
  checkOf(path: string): Promise<void> {
    const key = this.workspace.storyOf(path);
    return key ? this.check(key) : Promise.resolve();
  }

  /** Checks a story on the next turn of the event loop, or after the check under way. */
  schedule(key: string): void {
    if (this.inFlight.has(key)) return void this.dirty.add(key);
    if (this.queued.has(key)) return;
    this.queued.set(
      key,
      setImmediate(() => {
        this.queued.delete(key);
        void this.check(key);
      }),
    );
  }

  scheduleOf(path: string): void {
    const key = this.workspace.storyOf(path);
    if (key) this.schedule(key);
  }

  /** The document as its story's last result has it, when that matches its current text. */
  checkedDoc(path: string) {
    const doc = this.results.get(this.workspace.storyOf(path) ?? '')?.documents.find((d) => d.path === path);
    return doc && doc.facts.article.text === this.workspace.textOf(path) ? doc : undefined;
  }

  /** The article's own facts sent ahead of its story, when they match its current text. */
  earlyFacts(path: string): ServedFacts | undefined {
    const facts = this.early.get(path);
    return facts && facts.article.text === this.workspace.textOf(path) ? facts : undefined;
  }

  /** The story result that matches the document's current text, waiting for a check if needed (not once the request is cancelled). */
  async resultFor(path: string, token?: CancellationToken): Promise<ServedResult | undefined> {
    const key = this.workspace.storyOf(path);
    if (!key) return undefined;
    for (let attempt = 0; attempt < 3 && !token?.isCancellationRequested; attempt++) {
      if (this.checkedDoc(path)) return this.results.get(key);
      await (this.inFlight.get(key) ?? this.check(key));
    }
    return undefined;
  }

  /** Waits until the story's result or the article's own facts match its text, whichever comes first. */
  async factsReady(path: string, token?: CancellationToken): Promise<void> {
    if (this.checkedDoc(path) || this.earlyFacts(path)) return;
    const checked = this.resultFor(path, token);
    const early = new Promise<void>((resolve) => this.earlyWaiters.push(resolve)).then(() => (this.earlyFacts(path) ? undefined : checked));
    await Promise.race([checked, early]);
  }

  private wakeWaiters(): void {
    for (const waiter of this.earlyWaiters.splice(0)) waiter();
  }
}

/** The result without the findings the folder's decisions mark as reviewed: what diagnostics, tokens, the status bar and the overview show. */
function withoutReviewed(result: CheckResult, session: FolderSession, textOf: (path: string) => string | undefined): CheckResult {
  if ('diagnosed' in result) return { diagnosed: result.diagnosed.map((d) => ({ ...d, findings: session.unreviewed(d.path, d.findings, textOf) })) };
  return { ...result, documents: result.documents.map((d) => ({ ...d, findings: session.unreviewed(d.path, d.findings, textOf) })) };
}
