// Plain-JS entry of a CLI pool worker: tsx hooks are not inherited by worker_threads on Node 20,
// so the worker registers them itself, then loads the TypeScript entry. A bundled build replaces both.
import { register } from 'tsx/esm/api';

register();
await import('./nodeWorker.ts');
