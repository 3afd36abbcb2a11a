import { isPoolWorker } from '../host/parallel';
import { serveCheckWorker } from './checkJob';

/** Entry of a check worker when the CLI runs from source (the bundle re-spawns itself instead). */
if (isPoolWorker()) serveCheckWorker();
