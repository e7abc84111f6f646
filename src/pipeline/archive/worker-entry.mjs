// A worker thread's entry when esbuild cannot bundle the worker (pool.ts): Node 20 does not pass `--import tsx` on
// to worker threads, so the thread registers tsx's loader itself before loading the TypeScript worker (worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
