import type { Connection, InitializeParams } from 'vscode-languageserver';
import { FolderSessions } from '../session/folder';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../session/settings';
import { toPath, toUri } from './positions';

/**
 * The server's settings and workspace folders. The languages and size limit of the workspace scan
 * are workspace-wide; the severities and the decisions file are `resource` settings, pulled with
 * each folder's scope, so that a folder may set its own (FolderSessions holds them per folder).
 */
export class ServerConfiguration {
  /** Workspace-wide settings: the languages and the size limit of the scan. */
  settings: Settings = DEFAULT_SETTINGS;
  folders: string[] = [];
  supportsPull = false;
  /** The client runs `command:` links in hovers (VS Code's, which says so in its initialization options); other editors get plain links. */
  commandLinks = false;
  readonly sessions = new FolderSessions([], () => DEFAULT_SETTINGS);
  private folderSettings = new Map<string, Settings>();

  constructor(private readonly connection: Connection) {}

  /** The folders and first settings the editor gives at start-up. */
  initialize(params: InitializeParams): void {
    this.supportsPull = !!params.capabilities.workspace?.configuration;
    this.folders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri));
    if (!this.folders.length && params.rootUri) this.folders = [toPath(params.rootUri)];
    const options = params.initializationOptions as { settings?: unknown; commandLinks?: unknown } | undefined;
    this.settings = readSettings(options?.settings);
    this.commandLinks = options?.commandLinks === true;
  }

  /** Pulls the settings, unscoped and per folder. A failed pull keeps the settings in force, and says so in the log. */
  async pull(): Promise<void> {
    try {
      const scoped = this.folders.map((f) => ({ scopeUri: toUri(f), section: 'secondSource' }));
      const [global, ...perFolder] = (await this.connection.workspace.getConfiguration([{ section: 'secondSource' }, ...scoped])) as unknown[];
      this.settings = readSettings(global);
      this.folderSettings = new Map(this.folders.map((f, i) => [f, readSettings(perFolder[i])]));
    } catch (err) {
      this.connection.console.error(`second-source: could not read the settings, the previous ones stay in force: ${(err as Error).message ?? err}`);
    }
  }

  /** Settings pushed by an editor that cannot be asked (didChangeConfiguration's `secondSource` section), for every folder. */
  pushed(section: unknown): void {
    this.settings = readSettings(section);
    this.folderSettings = new Map();
  }

  /**
   * Each folder's settings and decisions file, read afresh. A file that cannot be read is logged;
   * one that does not parse (a merge conflict) is also said to the user, whose marks it holds.
   */
  loadSessions(): void {
    this.sessions.reset(this.folders, (folder) => (folder && this.folderSettings.get(folder)) || this.settings);
    for (const s of this.sessions.all()) {
      if (!s.decisions.problem) continue;
      this.connection.console.warn(`second-source: reviewed marks not read: ${s.decisions.problem}`);
      if (s.decisions.doesNotParse) void this.connection.window.showWarningMessage(`Second Source: reviewed marks not read: ${s.decisions.problem}`);
    }
  }

  /** True for a decisions file of any folder (the file watcher reports its changes). */
  isDecisionsFile(path: string): boolean {
    return [this.settings, ...this.folderSettings.values()].some((s) => path.endsWith(s.reviewedFile.replace(/^.*[\\/]/, '')));
  }
}
