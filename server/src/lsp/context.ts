import type { Connection } from 'vscode-languageserver';
import type { ArticleWorkspace } from '../session/workspace';
import type { ServerConfiguration } from './configuration';
import type { Positions } from './positions';
import type { DiagnosticsPublisher } from './publisher';
import type { StoryScheduler } from './scheduler';
import type { StoryChecker } from './storyChecker';

/** The parts of a running server that its handlers share (built once by `startServer`). */
export interface ServerContext {
  connection: Connection;
  workspace: ArticleWorkspace;
  configuration: ServerConfiguration;
  positions: Positions;
  publisher: DiagnosticsPublisher;
  scheduler: StoryScheduler;
  checker: StoryChecker;
}
