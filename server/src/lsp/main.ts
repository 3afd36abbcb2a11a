// Entry of dist/server.js, the module the VS Code client starts (transport chosen by its argv).
import { startServer } from './server';

startServer();
