// Entry of dist/server.js: the module the VS Code client starts (transport chosen by its argv), and
// the analysis worker the server starts from the same bundle. The server's modules are required
// only in the main thread, after its worker is on its way.
import { prestartAnalysisWorker, runAsWorkerIfRequested } from './storyChecker';

if (!runAsWorkerIfRequested()) {
  prestartAnalysisWorker();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./server') as typeof import('./server')).startServer();
}
