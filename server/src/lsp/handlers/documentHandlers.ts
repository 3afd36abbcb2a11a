import { FileChangeType, type TextDocuments, type DidChangeWatchedFilesParams, type TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';
import { toPath } from '../positions';

/** Open, edited and closed documents, and files changed on disk: what each changes in the workspace and which stories it re-checks. */
export class DocumentHandlers {
  constructor(private readonly ctx: ServerContext) {}

  register(documents: TextDocuments<TextDocument>): void {
    documents.onDidOpen((e) => this.openHandler(e));
    documents.onDidChangeContent((e) => this.changeHandler(e));
    documents.onDidClose((e) => this.closeHandler(e));
    this.ctx.connection.onDidChangeWatchedFiles((params) => this.watchedFilesHandler(params));
  }

  openHandler(e: TextDocumentChangeEvent<TextDocument>): void {
    const path = toPath(e.document.uri);
    const problem = this.ctx.workspace.setOpen(path, e.document.getText());
    if (problem) {
      this.ctx.publisher.notChecked(e.document.uri, problem);
      return;
    }
    void this.ctx.scheduler.checkOf(path);
  }

  changeHandler(e: TextDocumentChangeEvent<TextDocument>): void {
    const { workspace, scheduler, publisher } = this.ctx;
    const path = toPath(e.document.uri);
    const before = workspace.storyOf(path);
    const problem = workspace.setOpen(path, e.document.getText());
    if (problem) {
      publisher.notChecked(e.document.uri, problem);
      return;
    }
    // A changed `story:` moves the document: its old story is re-checked without it.
    if (before && before !== workspace.storyOf(path)) scheduler.schedule(before);
    scheduler.scheduleOf(path);
  }

  closeHandler(e: TextDocumentChangeEvent<TextDocument>): void {
    const { workspace, scheduler, publisher } = this.ctx;
    const path = toPath(e.document.uri);
    const key = workspace.storyOf(path);
    workspace.close(path);
    if (!workspace.textOf(path)) publisher.clear(e.document.uri, path);
    if (key) scheduler.schedule(key);
  }

  watchedFilesHandler(params: DidChangeWatchedFilesParams): void {
    const { workspace, scheduler, publisher, configuration } = this.ctx;
    for (const change of params.changes) {
      const path = toPath(change.uri);
      if (configuration.isDecisionsFile(path)) {
        configuration.loadSessions();
        for (const key of publisher.stories()) scheduler.schedule(key);
        continue;
      }
      if (!workspace.isArticlePath(path)) continue;
      const key = workspace.storyOf(path);
      if (change.type === FileChangeType.Deleted) {
        workspace.forgetDisk(path);
        if (!workspace.isOpen(path)) publisher.clear(change.uri, path);
      } else workspace.readFromDisk(path);
      if (key) scheduler.schedule(key);
      if (workspace.storyOf(path) && workspace.storyOf(path) !== key) scheduler.scheduleOf(path);
    }
  }
}
