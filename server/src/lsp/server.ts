import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../host/lines';
import { type Finding, Lru, type Severity, type Span } from '../engine';
import { StoryChecker } from './storyChecker';
import { diagnosedDocuments, WARM_UP_TEXT_CHARS, type DiagnosedDocument, type ServedFacts, type ServedResult } from './workerProtocol';
import { hoverAt } from './hover';
import { STORY_OVERVIEW, storyOverview } from './overview';
import { encodeTokens, LEGEND } from './semanticTokens';
import { articleProblems, FolderSessions, type FolderSession } from '../session/folder';
import { DEFAULT_SETTINGS, readSettings, settingsExtensions, type Settings } from '../session/settings';
import { ArticleWorkspace } from '../session/workspace';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

function toUri(path: string): string {
  return path.includes('://') || path.startsWith('untitled:') ? path : pathToFileURL(path).toString();
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  // One bad document must not take the editor's annotations down with it: log and keep serving.
  process.on('uncaughtException', (err) => connection.console.error(`second-source: ${err.stack ?? err}`));
  const documents = new TextDocuments(TextDocument);
  /** Workspace-wide settings (the languages and size limit of the scan); per-folder ones live in `sessions`. */
  let settings: Settings = DEFAULT_SETTINGS;
  /** Settings pulled per workspace folder (`resource` scope): severities and the decisions file. */
  let folderSettings = new Map<string | null, Settings>();
  let folders: string[] = [];
  let supportsConfiguration = false;
  const workspace = new ArticleWorkspace(
    () => settingsExtensions(settings),
    () => settings.maxFileSize,
  );
  const sessions = new FolderSessions([], () => DEFAULT_SETTINGS);
  /** The findings last published per file, for the commands that name one by its fingerprint. */
  const shownFindings = new Map<string, Finding[]>();
  const results = new Map<string, ServedResult>();
  /** A document's own facts, sent ahead of its story's result; replaced when the result arrives. */
  const early = new Map<string, ServedFacts>();
  const earlyWaiters: Array<() => void> = [];
  const checker = new StoryChecker((message) => connection.console.error(message));
  const published = new Map<string, Set<string>>();
  /** Stories with a check queued for the next turn of the event loop, and stories edited during a check. */
  const queued = new Map<string, NodeJS.Immediate>();
  const dirty = new Set<string>();

  /**
   * Each folder's settings and decisions file, read afresh. A file that cannot be read is logged;
   * one that does not parse (a merge conflict) is also said to the user, whose marks it holds.
   */
  const loadSessions = () => {
    sessions.reset(folders, (folder) => folderSettings.get(folder) ?? settings);
    for (const s of sessions.all()) {
      if (!s.decisions.problem) continue;
      connection.console.warn(`second-source: reviewed marks not read: ${s.decisions.problem}`);
      if (s.decisions.doesNotParse) void connection.window.showWarningMessage(`Second Source: reviewed marks not read: ${s.decisions.problem}`);
    }
  };
  /** Keeps a reviewed mark or a disabled rule; tells the user when the file cannot be written. */
  const saveDecision = (change: () => void) => {
    try {
      change();
    } catch (err) {
      void connection.window.showErrorMessage(`Second Source: could not save to the reviewed file: ${(err as Error).message ?? err}`);
    }
  };

  /** Line indexes of closed articles, kept while their text is unchanged (every related span needs one). */
  const closedLines = new Lru<string, { text: string; index: LineIndex }>(200);
  const lineIndex = (path: string): { positionAt(o: number): { line: number; character: number } } | null => {
    const open = documents.get(toUri(path));
    if (open) return open;
    const text = workspace.textOf(path);
    if (text === undefined) return null;
    let hit = closedLines.get(path);
    if (hit?.text !== text) {
      hit = { text, index: new LineIndex(text) };
      closedLines.set(path, hit);
    }
    return hit.index;
  };
  const range = (path: string, span: Span) => {
    const idx = lineIndex(path);
    if (!idx) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: idx.positionAt(span.start), end: idx.positionAt(span.end) };
  };

  const toDiagnostic = (path: string, f: Finding): Diagnostic => ({
    range: range(path, f),
    severity: SEVERITY[f.severity],
    source: 'second-source',
    code: f.code,
    message: f.message,
    relatedInformation: f.related.map((r) => ({ location: { uri: toUri(r.path), range: range(r.path, r) }, message: r.message ?? '' })),
    data: { ...f.data, related: f.related[0] },
  });

  /** The document as its story's last result has it, when that matches its current text. */
  const checkedDoc = (path: string) => {
    const doc = results.get(workspace.storyOf(path) ?? '')?.documents.find((d) => d.path === path);
    return doc && doc.facts.article.text === workspace.textOf(path) ? doc : undefined;
  };
  /** The article's own facts sent ahead of its story, when they match its current text. */
  const earlyFacts = (path: string) => {
    const facts = early.get(path);
    return facts && facts.article.text === workspace.textOf(path) ? facts : undefined;
  };

  /** Checks in flight per story; requests that need a fresh result wait for them. */
  const inFlight = new Map<string, Promise<void>>();
  /** Stories whose last check failed (the worker threw or ran out of memory), with why. */
  const failed = new Map<string, string>();

  /** A document the server will not analyse says so, once, at its start (the client shows it in the status bar). */
  const notChecked = (uri: string, problem: string) =>
    void connection.sendDiagnostics({ uri, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'second-source', code: 'not-checked', message: `Not checked: ${problem}.` }] });

  /**
   * Re-check one story (in the analysis worker) and publish diagnostics for its documents. A result
   * overtaken by an edit is dropped: the edit has scheduled the check that replaces it.
   */
  const checkStory = (key: string, whole = false): Promise<void> => {
    const scope = () => (whole ? workspace.members(key) : workspace.checkScope(key));
    const docs = scope().map((m) => ({ path: m.path, text: m.text }));
    const session = docs.length ? sessions.of(docs[0].path) : undefined;
    const options = session?.checkOptions(docs.map((d) => d.path)) ?? {};
    // Own facts ahead of the story only for open articles whose tokens would otherwise wait.
    const open = docs.filter((d) => workspace.isOpen(d.path) && !earlyFacts(d.path) && !checkedDoc(d.path)).map((d) => d.path);
    const editing = docs.some((d) => workspace.isOpen(d.path));
    const run = checker.check(
      key,
      docs,
      options,
      open,
      (facts) => {
        // Tokens of a newly opened article need only its own facts: answer before the story is checked.
        if (workspace.textOf(facts.path) !== facts.article.text) return;
        early.set(facts.path, facts);
        for (const waiter of earlyWaiters.splice(0)) waiter();
      },
      editing,
    ).then(
      (result) => {
        failed.delete(key);
        const current = scope().length === docs.length && docs.every((d) => workspace.textOf(d.path) === d.text);
        if (!current) return;
        // Hovers and tokens need the full result only while one of the story's articles is open;
        // of a story no one is editing (a workspace check), the worker sends only its diagnostics.
        if ('documents' in result && docs.some((d) => workspace.isOpen(d.path))) results.set(key, result);
        else results.delete(key);
        for (const d of docs) early.delete(d.path);
        publish(key, diagnosedDocuments(result), session!);
        for (const waiter of earlyWaiters.splice(0)) waiter();
      },
      (err: Error) => {
        connection.console.error(`second-source: could not check story ${workspace.storyLabel(key)}: ${err.stack ?? err}`);
        // Said on each of its files: the log alone left them silently without diagnostics.
        const reason = String(err.message ?? err).split('\n')[0];
        failed.set(key, reason);
        for (const d of docs) notChecked(toUri(d.path), `the analysis failed (${reason}); see the Second Source output`);
        for (const p of published.get(key) ?? []) if (!docs.some((d) => d.path === p)) void connection.sendDiagnostics({ uri: toUri(p), diagnostics: [] });
        published.set(key, new Set(docs.map((d) => d.path)));
      },
    );
    inFlight.set(key, run);
    void run.finally(() => {
      if (inFlight.get(key) === run) inFlight.delete(key);
      // Edits made while the worker was busy: one more check, on the latest text.
      if (dirty.delete(key)) scheduleStory(key);
    });
    return run;
  };
  const checkStoryOf = (path: string) => {
    const key = workspace.storyOf(path);
    return key ? checkStory(key) : Promise.resolve(undefined);
  };

  /** Publishes a story's diagnostics: its articles' own problems, and the findings no one has marked as reviewed. */
  const publish = (key: string, documents: DiagnosedDocument[], session: FolderSession) => {
    const now = new Set<string>();
    const textOf = (path: string) => workspace.textOf(path);
    for (const d of documents) {
      now.add(d.path);
      const problems = articleProblems(d.problems).map((p): Diagnostic => ({ range: range(d.path, p), severity: SEVERITY[p.severity], source: 'second-source', code: p.code, message: p.message }));
      const findings = session.unreviewed(d.path, d.findings, textOf);
      shownFindings.set(d.path, findings);
      void connection.sendDiagnostics({ uri: toUri(d.path), diagnostics: [...problems, ...findings.map((f) => toDiagnostic(d.path, f))] });
    }
    // Documents that left the story lose its diagnostics.
    for (const p of published.get(key) ?? []) if (!now.has(p)) void connection.sendDiagnostics({ uri: toUri(p), diagnostics: [] });
    published.set(key, now);
    void connection.languages.semanticTokens.refresh().catch(() => undefined);
  };

  /**
   * No debounce: an edit is checked at once, unless a check of its story is running; then it is
   * checked right after, once, however many edits came in between.
   */
  const scheduleStory = (key: string) => {
    if (inFlight.has(key)) return void dirty.add(key);
    if (queued.has(key)) return;
    queued.set(
      key,
      setImmediate(() => {
        queued.delete(key);
        void checkStory(key);
      }),
    );
  };
  const schedule = (path: string) => {
    const key = workspace.storyOf(path);
    if (key) scheduleStory(key);
  };

  /**
   * Check every story of the workspace, with work-done progress in the editor. Files left unchecked
   * (skipped, or in a story whose check failed) are marked and counted in a message to the user.
   */
  const checkAll = async (): Promise<number> => {
    const keys = workspace.allStories();
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('Second Source', 0, `Checking ${keys.length} ${keys.length === 1 ? 'story' : 'stories'}`, false);
    let done = 0;
    let unanalysed = 0;
    for (const key of keys) {
      await checkStory(key, true);
      if (failed.has(key)) unanalysed += workspace.members(key).length;
      done++;
      progress.report(Math.round((done * 100) / keys.length), `${done} of ${keys.length} stories (${workspace.storyLabel(key)})`);
    }
    progress.done();
    for (const [path, reason] of workspace.skipped) notChecked(toUri(path), reason);
    const skipped = workspace.skipped.size;
    if (unanalysed || skipped) {
      const parts = [unanalysed ? `${unanalysed} could not be analysed (see the Second Source output)` : '', skipped ? `${skipped} skipped (too large, binary, links or not regular files)` : ''].filter(Boolean);
      void connection.window.showWarningMessage(`Second Source: ${unanalysed + skipped} ${unanalysed + skipped === 1 ? 'file was' : 'files were'} not checked: ${parts.join('; ')}. Each is marked in the Problems panel.`);
    }
    return keys.length;
  };

  /** The story result that matches the document's current text, waiting for a check if needed. */
  const resultFor = async (path: string): Promise<ServedResult | undefined> => {
    const key = workspace.storyOf(path);
    if (!key) return undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (checkedDoc(path)) return results.get(key);
      await (inFlight.get(key) ?? checkStory(key));
    }
    return undefined;
  };

  connection.onInitialize((params: InitializeParams) => {
    supportsConfiguration = !!params.capabilities.workspace?.configuration;
    folders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri));
    if (!folders.length && params.rootUri) folders = [toPath(params.rootUri)];
    settings = readSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    if (process.env.SECOND_SOURCE_PARENT_PID === undefined && params.processId) watchParent(params.processId);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true, range: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: ['secondSource.markReviewed', 'secondSource.disableRuleForFile', 'secondSource.checkWorkspace'] },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'second-source' },
    };
  });

  connection.onInitialized(async () => {
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'secondSource' }).catch(() => undefined);
      await refreshSettings();
    }
    loadSessions();
    workspace.scan(folders);
    // Real prose of the user's own for the analysis worker to warm up on while the editor is idle.
    const longest = workspace.longestArticle(WARM_UP_TEXT_CHARS);
    if (longest) checker.warmUpOn(longest);
    for (const key of workspace.allStories()) {
      const first = workspace.members(key).find((m) => m.open) ?? workspace.members(key)[0];
      if (first && workspace.members(key).some((m) => m.open)) void checkStoryOf(first.path);
    }
  });

  /**
   * Pulls the settings: the workspace-wide ones unscoped, and each folder's with its scope (the
   * severities and the decisions file are `resource` settings: a folder may set its own). A failed
   * pull keeps the settings in force, and says so in the log.
   */
  const refreshSettings = async () => {
    try {
      const scoped = folders.map((f) => ({ scopeUri: toUri(f), section: 'secondSource' }));
      const [global, ...perFolder] = (await connection.workspace.getConfiguration([{ section: 'secondSource' }, ...scoped])) as unknown[];
      settings = readSettings(global);
      folderSettings = new Map(folders.map((f, i) => [f, readSettings(perFolder[i])]));
    } catch (err) {
      connection.console.error(`second-source: could not read the settings, the previous ones stay in force: ${(err as Error).message ?? err}`);
    }
  };

  connection.onDidChangeConfiguration(async (change) => {
    if (supportsConfiguration) await refreshSettings();
    else {
      settings = readSettings((change.settings as { secondSource?: unknown } | undefined)?.secondSource);
      folderSettings = new Map();
    }
    loadSessions();
    for (const key of published.keys()) {
      const first = workspace.members(key)[0];
      if (first) void checkStoryOf(first.path);
    }
  });

  documents.onDidOpen((e) => {
    const path = toPath(e.document.uri);
    const problem = workspace.setOpen(path, e.document.getText());
    if (problem) return notChecked(e.document.uri, problem);
    void checkStoryOf(path);
  });
  documents.onDidChangeContent((e) => {
    const path = toPath(e.document.uri);
    const before = workspace.storyOf(path);
    const problem = workspace.setOpen(path, e.document.getText());
    if (problem) return notChecked(e.document.uri, problem);
    // A changed `story:` moves the document: its old story is re-checked without it.
    if (before && before !== workspace.storyOf(path)) scheduleStory(before);
    schedule(path);
  });
  documents.onDidClose((e) => {
    const path = toPath(e.document.uri);
    const key = workspace.storyOf(path);
    workspace.close(path);
    if (!workspace.textOf(path)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    if (key) scheduleStory(key);
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const path = toPath(change.uri);
      if (path.endsWith(settings.reviewedFile.replace(/^.*[\\/]/, ''))) {
        loadSessions();
        for (const key of published.keys()) scheduleStory(key);
        continue;
      }
      if (!workspace.isArticlePath(path)) continue;
      const key = workspace.storyOf(path);
      if (change.type === FileChangeType.Deleted) {
        workspace.forgetDisk(path);
        if (!workspace.isOpen(path)) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      } else workspace.readFromDisk(path);
      if (key) scheduleStory(key);
      if (workspace.storyOf(path) && workspace.storyOf(path) !== key) schedule(path);
    }
  });

  connection.languages.semanticTokens.on(async (params) => {
    const path = toPath(params.textDocument.uri);
    const text = () => workspace.textOf(path);
    if (text() === undefined) return { data: [] };
    // The story's result when it is ready, else the article's own facts as soon as they are.
    if (!checkedDoc(path) && !earlyFacts(path)) {
      const checked = resultFor(path);
      await Promise.race([checked, new Promise<void>((resolve) => earlyWaiters.push(resolve)).then(() => (earlyFacts(path) ? undefined : checked))]);
    }
    const doc = checkedDoc(path);
    if (doc) return { data: encodeTokens(text()!, doc.entities, doc.facts.dates, doc.quotes, doc.findings) };
    const facts = earlyFacts(path);
    return { data: facts ? encodeTokens(text()!, facts.entities, facts.dates, facts.quotes, []) : [] };
  });

  connection.onHover(async (params) => {
    const path = toPath(params.textDocument.uri);
    const open = documents.get(params.textDocument.uri);
    const result = open ? await resultFor(path) : undefined;
    if (!open || !result) return null;
    const offset = open.offsetAt(params.position);
    const card = hoverAt(result, path, offset, {
      open: (p, span) => {
        const r = range(p, span);
        return `command:secondSource.openOtherSource?${encodeURIComponent(JSON.stringify([toUri(p), r.start.line, r.start.character, r.end.line, r.end.character]))}`;
      },
      sourceOf: (p) => result.documents.find((d) => d.path === p)?.facts.article.source ?? p,
    });
    if (!card) return null;
    return { contents: { kind: 'markdown', value: card.markdown }, range: { start: open.positionAt(card.span.start), end: open.positionAt(card.span.end) } };
  });

  connection.onCodeAction((params) => {
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'second-source' || typeof d.code !== 'string' || d.code === 'front-matter') continue;
      const data = (d.data ?? {}) as { fingerprint?: string; replacement?: string; related?: { path: string; start: number; end: number } };
      const rel = d.relatedInformation?.[0];
      if (rel) {
        const source = rel.message.split(':')[0] || 'the other source';
        actions.push({
          title: `Open ${source} at the conflicting passage`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: 'Open other source', command: 'secondSource.openOtherSource', arguments: [rel.location.uri, rel.location.range.start.line, rel.location.range.start.character, rel.location.range.end.line, rel.location.range.end.character] },
        });
      }
      if (d.code === 'name-variant' && data.replacement) {
        actions.push({
          title: `Change to “${data.replacement}”`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [params.textDocument.uri]: [{ range: d.range, newText: data.replacement }] } },
        });
      }
      if (data.fingerprint) {
        actions.push({ title: 'Mark as reviewed', kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Mark as reviewed', command: 'secondSource.markReviewed', arguments: [params.textDocument.uri, data.fingerprint] } });
      }
      actions.push({ title: `Disable ${d.code} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: 'Disable rule for file', command: 'secondSource.disableRuleForFile', arguments: [params.textDocument.uri, d.code] } });
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    if (params.command === 'secondSource.markReviewed' && typeof args[1] === 'string') {
      const path = toPath(String(args[0]));
      const session = sessions.of(path);
      const finding = shownFindings.get(path)?.find((f) => f.data?.fingerprint === args[1]);
      const identity = finding && session.identity(path, finding, (p) => workspace.textOf(p));
      if (identity) saveDecision(() => session.decisions.markReviewed(identity));
      await checkStoryOf(path);
    } else if (params.command === 'secondSource.disableRuleForFile' && typeof args[1] === 'string') {
      const path = toPath(String(args[0]));
      const session = sessions.of(path);
      saveDecision(() => session.decisions.turnOff(session.fileKey(path), args[1] as string));
      await checkStoryOf(path);
    } else if (params.command === 'secondSource.checkWorkspace') {
      workspace.scan(folders);
      return { stories: await checkAll() };
    }
    return null;
  });

  connection.onRequest('secondSource/storyInfo', async (params: { uri: string }) => {
    const path = toPath(params.uri);
    const key = workspace.storyOf(path);
    if (!key) return null;
    const result = await resultFor(path);
    return {
      story: workspace.storyLabel(key),
      sources: (result?.documents ?? []).map((d) => ({ uri: toUri(d.path), source: d.facts.article.source, published: d.facts.article.published, conflicts: d.findings.filter((f) => f.severity === 'warning' || f.severity === 'error').length })),
    };
  });

  connection.onRequest(STORY_OVERVIEW, async (params: { uri: string }) => {
    const path = toPath(params.uri);
    const key = workspace.storyOf(path);
    const result = key ? await resultFor(path) : undefined;
    return key && result ? storyOverview(result, { storyLabel: workspace.storyLabel(key), toUri, range }) : null;
  });

  documents.listen(connection);
  connection.listen();
  return connection;

  /** Exit when the editor that started us is gone, instead of lingering as an orphan. */
  function watchParent(pid: number): void {
    const timer = setInterval(() => {
      try {
        process.kill(pid, 0);
      } catch {
        process.exit(0);
      }
    }, 3000);
    timer.unref();
  }
}
