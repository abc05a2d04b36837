// Entry of a sealing thread. Node 20 does not pass tsx's loader hooks on to worker threads, so
// the thread registers them itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./seal-worker.ts');
