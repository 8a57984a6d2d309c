// Starts the TypeScript import worker where the services run from source (lobby serve, tests):
// worker threads do not inherit the main thread's tsx hooks, so the worker registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
