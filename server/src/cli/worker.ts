import { isAnalyzeWorker, serveAnalyzeWorker } from '../engine/parallel';

/** Entry of an analysis worker when the CLI runs from source (the bundle re-spawns itself instead). */
if (isAnalyzeWorker()) serveAnalyzeWorker();
