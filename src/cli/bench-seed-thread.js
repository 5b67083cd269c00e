// The entry of a bench:seed worker thread: tsx's loader does not reach worker threads on Node 20,
// so the thread registers it, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./bench-seed-worker.ts', import.meta.url).href);
