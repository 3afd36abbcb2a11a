// Entry of dist/server.js: the module the VS Code client starts (transport chosen by its argv), and
// the analysis worker the server starts from the same bundle.
import { runAsWorkerIfRequested } from './analysisWorker';
import { startServer } from './server';

if (!runAsWorkerIfRequested()) startServer();
